//! What the browser may know about API tokens.

use crate::moment::Moment;
use serde::{Deserialize, Serialize};

/// How long a new token lasts, in days, as the form offers it.
pub const LIFETIMES_IN_DAYS: [u32; 4] = [7, 30, 90, 365];

/// The lifetime the form picks unless the person picks another.
pub const DEFAULT_LIFETIME_IN_DAYS: u32 = 30;

/// The longest name a token may have, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// What a token may do: read only, or whatever its owner's role allows at the moment of
/// each call. Stored, sent by the form and written in the API by its snake_case name.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Reads what the owner's role may read; changes nothing.
    ReadOnly,
    /// Does what the owner's current role may do.
    SameAsRole,
}

impl Access {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn allows_changes(self) -> bool {
        match self {
            Access::ReadOnly => false,
            Access::SameAsRole => true,
        }
    }
}

/// One token as its list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSummary {
    pub id: i64,
    pub name: String,
    pub access: Access,
    pub created: Moment,
    pub last_used: Option<Moment>,
    pub expires: Moment,
    pub expired: bool,
}

/// A token just made: the secret, shown this once, and its row for the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedToken {
    pub secret: String,
    pub token: TokenSummary,
}
