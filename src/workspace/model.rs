//! What the browser may know about a workspace.

use crate::policy::Role;
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};

/// Who in a workspace must sign in with a second factor, stored by its snake_case name.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    EnumString,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum TwoFactorRule {
    #[default]
    NoOne,
    Admins,
    Everyone,
}

impl TwoFactorRule {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether a member with `role` must have a second factor.
    pub fn covers(self, role: Role) -> bool {
        match (self, role) {
            (TwoFactorRule::NoOne, _) => false,
            (TwoFactorRule::Admins, Role::Admin) => true,
            (TwoFactorRule::Admins, Role::Editor | Role::Agent) => false,
            (TwoFactorRule::Everyone, _) => true,
        }
    }
}

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
    pub two_factor_rule: TwoFactorRule,
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
    /// Their role there, which decides the page a switch lands on.
    pub role: Role,
}

/// What a member's Home page shows beyond who they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeSummary {
    /// The workspace's admins by name (the first few), so anyone knows whom to ask.
    pub admins: Vec<String>,
    /// How many devices the person is signed in on.
    pub sessions: usize,
    /// For those who manage people: the state of the workspace at a glance.
    pub overview: Option<AdminOverview>,
}

/// The Admin's Home: members per role, invitations waiting, and what happened last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminOverview {
    pub admins: i64,
    pub editors: i64,
    pub agents: i64,
    pub pending_invitations: i64,
    /// Of the pending invitations, those whose link dies within a week.
    pub expiring_this_week: i64,
    pub latest_activity: Vec<crate::activity::model::ActivityEntry>,
}

/// Admins named on Home; more are on the Users tab for those who may see it.
pub const HOME_ADMINS_SHOWN: i64 = 5;

/// Activity entries on an Admin's Home.
pub const HOME_ACTIVITY_SHOWN: i64 = 5;
