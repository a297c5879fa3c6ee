use crate::error::AppError;
use crate::i18n::use_locale;
use crate::navigation::Page;
use crate::t;
use leptos::prelude::*;

/// The 403 page: names the page the person tried when it is known, says in words why, and
/// where to go instead.
#[component]
pub fn AccessDenied(
    #[prop(into)] message: String,
    #[prop(optional)] page: Option<Page>,
) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::FORBIDDEN);
    }
    let locale = use_locale();
    let heading = match page {
        Some(page) => t!(locale, "denied-heading", page = page.title(locale)),
        None => t!(locale, "denied-heading-unknown"),
    };
    view! {
        <section class="card" aria-labelledby="denied-heading">
            <h1 id="denied-heading">{heading}</h1>
            <p class="status status-error" role="status">{message}</p>
            <p><a href="/">{t!(locale, "go-to-start")}</a></p>
        </section>
    }
}

/// What a page shows when loading its data failed: the 403 page for a missing permission,
/// otherwise the reason in the status line.
pub fn failure_view(error: AppError) -> AnyView {
    match error {
        AppError::Forbidden(message) => view! { <AccessDenied message/> }.into_any(),
        other => {
            view! { <p class="status status-error" role="status">{other.message()}</p> }.into_any()
        }
    }
}
