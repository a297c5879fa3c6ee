//! Server functions for the reader's language.

use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::auth::guard::authorize,
    crate::auth::{repo, session},
    crate::i18n::{LANGUAGE_COOKIE, Locale, use_locale},
    crate::policy::Permission,
    crate::server::AppState,
    crate::t,
};

/// Saves the language the caller reads Roster and its email in; `language` is a tag such
/// as `pt-BR`, or empty to let their browser and then the workspace decide again.
#[server(endpoint = "save_language")]
pub async fn save_language(language: String) -> Result<(), AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let language = language.trim();
    let chosen = match language {
        "" => None,
        tag => Some(Locale::from_tag(tag).ok_or_else(|| {
            AppError::field("language", t!(member.session.locale(), "language-unknown"))
        })?),
    };
    repo::set_language(
        state.db.pool(),
        member.session.user_id,
        chosen.map(Locale::tag),
    )
    .await?;
    session::forget_current();
    // A full page load, so that every part of the page comes in the new language.
    leptos_axum::redirect("/account/language?saved=1");
    Ok(())
}

/// Remembers the language a signed-out visitor picked, in this browser, and goes back to
/// `back` (a page of Roster's own); without script the picker's form lands here.
#[server(endpoint = "choose_language")]
pub async fn choose_language(language: String, back: String) -> Result<(), AppError> {
    let state = AppState::current()?;
    let Some(locale) = Locale::from_tag(language.trim()) else {
        return Err(AppError::field(
            "language",
            t!(use_locale(), "language-unknown"),
        ));
    };
    const A_YEAR: i64 = 365 * 24 * 60 * 60;
    session::send_cookie(&state, LANGUAGE_COOKIE, locale.tag(), A_YEAR);
    leptos_axum::redirect(own_page(&back));
    Ok(())
}

/// `back` when it is a path on this site, else the start page: the picker must not become a
/// way to send people elsewhere.
#[cfg(feature = "ssr")]
fn own_page(back: &str) -> &str {
    // Browsers drop tabs and newlines from addresses ("/\t/evil" becomes "//evil"), and a
    // control character could not be sent in a header at all.
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.contains('\\')
        && !back.chars().any(|c| c.is_control() || c.is_whitespace());
    if local { back } else { "/" }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::own_page;

    #[test]
    fn only_own_pages_are_gone_back_to() {
        assert_eq!(own_page("/login?reset=1"), "/login?reset=1");
        assert_eq!(own_page("/invite/abc"), "/invite/abc");
        for elsewhere in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
            "",
            "login",
        ] {
            assert_eq!(own_page(elsewhere), "/", "{elsewhere}");
        }
    }
}
