//! The reader's language. Pages and emails are written on the server from the catalogues
//! in `locales/`; the request's language is chosen once ([`LanguageClues`]) and given to
//! every component below the page through context ([`use_locale`]).

pub mod api;
#[cfg(feature = "ssr")]
mod catalogue;
#[cfg(not(feature = "ssr"))]
mod in_page;
mod locale;
pub mod ui;

#[cfg(feature = "ssr")]
pub use catalogue::{browser_texts_json, text, text_with};
#[cfg(not(feature = "ssr"))]
pub use in_page::{text, text_with};
pub use locale::{LanguageClues, Locale};
pub use ui::LanguagePicker;

#[cfg(feature = "ssr")]
pub use locale::negotiate;

use leptos::prelude::*;
use leptos_meta::Html;

/// The language of the page being rendered or the request being answered: the signed-in
/// person's, as the page frame provides it or as their session says once it was read, or
/// else the visitor's from their browser.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| {
        #[cfg(feature = "ssr")]
        if let Some(locale) = crate::auth::session::remembered_locale() {
            return locale;
        }
        visitor_locale()
    })
}

/// A signed-out visitor's language: the one they picked on the sign-in pages (a cookie),
/// else their browser's.
pub fn visitor_locale() -> Locale {
    #[cfg(feature = "ssr")]
    return decide_for_request(None, None);
    #[cfg(not(feature = "ssr"))]
    Locale::default()
}

/// The request's language from the person's `chosen` one and their `workspace_language`,
/// with what this browser picked (the cookie) and prefers (Accept-Language) between them.
#[cfg(feature = "ssr")]
pub fn decide_for_request(chosen: Option<&str>, workspace_language: Option<&str>) -> Locale {
    let parts = use_context::<axum::http::request::Parts>();
    let accept_language = parts.as_ref().and_then(|parts| {
        parts
            .headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
    });
    let picked = crate::auth::session::request_cookie(LANGUAGE_COOKIE);
    LanguageClues {
        chosen,
        picked_in_browser: picked.as_deref(),
        accept_language,
        workspace_language,
    }
    .decide()
}

/// The texts that islands may show without the server having handed them over: what a page
/// says when an answer fetched in the browser is a refusal. The page carries them in the
/// reader's language (see [`DocumentLanguage`]); nothing else of the catalogues reaches the
/// browser, and `t!` in the browser finds only these.
pub const BROWSER_TEXTS: &[&str] = &[
    "denied-heading-unknown",
    "go-to-start",
    "error-validation",
    "error-unauthenticated",
    "error-invalid-credentials",
    "error-not-found",
    "error-bad-request",
    "error-busy",
    "error-internal",
    "error-network",
    "rules-choose-a-role",
    "two-factor-no-passkey-used",
    "two-factor-passkey-unreadable",
];

/// A value for a placeholder.
#[derive(Debug, Clone)]
pub enum Argument {
    Text(String),
    Number(i64),
}

impl std::fmt::Display for Argument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Argument::Text(text) => f.write_str(text),
            Argument::Number(number) => write!(f, "{number}"),
        }
    }
}

impl From<&str> for Argument {
    fn from(text: &str) -> Self {
        Argument::Text(text.to_owned())
    }
}

impl From<String> for Argument {
    fn from(text: String) -> Self {
        Argument::Text(text)
    }
}

impl From<&String> for Argument {
    fn from(text: &String) -> Self {
        Argument::Text(text.clone())
    }
}

macro_rules! number_argument {
    ($($kind:ty),*) => {$(
        impl From<$kind> for Argument {
            fn from(number: $kind) -> Self {
                Argument::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_argument!(i32, i64, u32, u64, usize);

/// `t!(locale, "id")` or `t!(locale, "id", name = value, count = n)`: a text from the
/// catalogues. Ids are literals so that the tests can find every one the code uses.
#[macro_export]
macro_rules! t {
    ($locale:expr, $id:literal $(,)?) => {
        $crate::i18n::text($locale, $id)
    };
    ($locale:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_with(
            $locale,
            $id,
            &[$((stringify!($name), $crate::i18n::Argument::from($value))),+],
        )
    };
}

/// Fills in a text an island was given with its placeholders left open (`{$email}`, as the
/// catalogue writes a placeholder it was given no value for), for what only the browser
/// knows. Such texts take no plural forms: their wording must not depend on a number.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    // One pass over the template, so that a value (an address typed as `{$problem}`) is never
    // read as a placeholder itself.
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{$") {
        filled.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let value = after.find('}').and_then(|end| {
            let name = &after[..end];
            args.iter()
                .find(|(known, _)| *known == name)
                .map(|(_, value)| (*value, end))
        });
        match value {
            Some((value, end)) => {
                filled.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                filled.push_str("{$");
                rest = after;
            }
        }
    }
    filled.push_str(rest);
    filled
}

/// `n` with its digits grouped in threes by `separator` (the language's
/// `number-group-separator`): 100000 reads "100,000" in English, "100 000" in French.
pub fn group_digits(n: i64, separator: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// `n` as the reader's language writes a count (on the server; an island is handed the
/// separator among its texts).
pub fn format_count(locale: Locale, n: i64) -> String {
    group_digits(n, &text(locale, "number-group-separator"))
}

/// Remembers a language picked on a signed-out page, for this browser.
pub const LANGUAGE_COOKIE: &str = "roster_language";

/// Writes the page below in `locale`: its components read it with [`use_locale`].
#[component]
pub fn InLanguage(locale: Locale, children: Children) -> impl IntoView {
    provide_context(locale);
    children()
}

/// The request's language: the signed-in person's, else the visitor's.
pub async fn request_locale() -> Locale {
    #[cfg(feature = "ssr")]
    if let Ok(state) = crate::server::AppState::current()
        && let Ok(Some(session)) = crate::auth::session::current(&state).await
    {
        return session.locale();
    }
    visitor_locale()
}

/// Says on the document which language every page is in and which way it runs, so that
/// screen readers pronounce it and Arabic mirrors.
#[component]
pub fn DocumentLanguage() -> impl IntoView {
    view! {
        <Suspense>
            {Suspend::new(async {
                let locale = request_locale().await;
                #[cfg(feature = "ssr")]
                let texts = browser_texts_json(locale);
                #[cfg(not(feature = "ssr"))]
                let texts = String::new();
                view! {
                    <Html attr:lang=locale.tag() attr:dir=locale.direction()/>
                    <script type="application/json" id="roster-texts" inner_html=texts></script>
                }
            })}
        </Suspense>
    }
}

/// Declares the texts an island shows: a struct of strings filled in on the server in the
/// reader's language (`Texts::new(locale)`) and handed to the island as a prop, so that the
/// browser receives these texts in one language and no catalogue.
#[macro_export]
macro_rules! island_texts {
    ($(#[$meta:meta])* $vis:vis struct $name:ident { $($field:ident: $id:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        $vis struct $name {
            $(pub $field: String,)*
        }

        impl $name {
            pub fn new(locale: $crate::i18n::Locale) -> Self {
                Self {
                    $($field: $crate::i18n::text(locale, $id),)*
                }
            }
        }
    };
}
