//! What the browser may know about a workspace.

use serde::{Deserialize, Serialize};

/// The languages a workspace can work in, as (code, name in that language).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("ar", "العربية (Arabic)"),
    ("de", "Deutsch (German)"),
    ("en", "English"),
    ("es", "Español (Spanish)"),
    ("fr", "Français (French)"),
    ("ha", "Hausa"),
    ("hi", "हिन्दी (Hindi)"),
    ("id", "Bahasa Indonesia (Indonesian)"),
    ("it", "Italiano (Italian)"),
    ("ny", "Chichewa"),
    ("pt", "Português (Portuguese)"),
    ("ru", "Русский (Russian)"),
    ("rw", "Kinyarwanda"),
    ("sw", "Kiswahili (Swahili)"),
    ("uk", "Українська (Ukrainian)"),
    ("yo", "Yorùbá (Yoruba)"),
    ("zu", "isiZulu (Zulu)"),
];

pub fn is_language(code: &str) -> bool {
    LANGUAGES.iter().any(|(known, _)| *known == code)
}

/// The workspace settings page's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceSettings {
    pub name: String,
    pub language: String,
    pub timezone: String,
    /// Admins may change the settings; Editors see them read-only.
    pub editable: bool,
    /// Every IANA zone, for the picker; empty when the settings are read-only.
    pub timezones: Vec<String>,
}

/// A workspace the signed-in person belongs to, for the workspace switcher.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceChoice {
    pub id: i64,
    pub name: String,
}
