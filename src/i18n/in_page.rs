//! Texts in the browser: only [`super::BROWSER_TEXTS`], read from the page, which the server
//! wrote in the reader's language.

use crate::i18n::{Argument, Locale};
use std::collections::HashMap;

thread_local! {
    static TEXTS: HashMap<String, String> = leptos::prelude::document()
        .get_element_by_id("roster-texts")
        .and_then(|element| element.text_content())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
}

/// The page's text `id`; the page is in one language, so `locale` is the page's already.
pub fn text(_locale: Locale, id: &str) -> String {
    TEXTS.with(|texts| texts.get(id).cloned().unwrap_or_default())
}

pub fn text_with(locale: Locale, id: &str, args: &[(&'static str, Argument)]) -> String {
    args.iter().fold(text(locale, id), |text, (name, value)| {
        text.replace(&format!("{{ ${name} }}"), &value.to_string())
    })
}
