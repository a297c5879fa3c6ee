//! What the browser may know about a person's second factors.

use serde::{Deserialize, Serialize};

/// The two-factor page's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorStatus {
    /// Whether an authenticator app guards the person's sign-in.
    pub authenticator_on: bool,
    pub recovery_codes_left: i64,
    /// The workspaces of the person whose rules require a second factor of them; while any
    /// does, it cannot be turned off.
    pub required_by: Vec<String>,
    pub passkeys: Vec<PasskeySummary>,
}

impl TwoFactorStatus {
    /// Whether any second factor guards the person's sign-in.
    pub fn is_on(&self) -> bool {
        self.authenticator_on || !self.passkeys.is_empty()
    }
}

/// What a person needs to add Roster to their authenticator app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthenticatorSetup {
    /// A QR code as an `<svg>` element, made on the server.
    pub qr_svg: String,
    /// The same secret for typing in, in groups of four.
    pub setup_key: String,
}

/// What the second step of a sign-in says when it has run out or is gone, in the language
/// of the request being answered.
#[cfg(feature = "ssr")]
pub fn challenge_expired_message() -> String {
    crate::t!(crate::i18n::use_locale(), "two-factor-sign-in-expired")
}

/// One of the person's passkeys on the two-factor page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeySummary {
    pub id: i64,
    pub name: String,
    pub added: String,
    /// When it last signed in, or "Never".
    pub last_used: String,
}

/// A started passkey ceremony: the token that finishes it, and the options for the browser's
/// `navigator.credentials` as WebAuthn's JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyCeremony {
    pub token: String,
    pub options: String,
}
