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
}

/// What a person needs to add Roster to their authenticator app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthenticatorSetup {
    /// A QR code as an `<svg>` element, made on the server.
    pub qr_svg: String,
    /// The same secret for typing in, in groups of four.
    pub setup_key: String,
}

/// What the second step of a sign-in says about itself.
pub const CHALLENGE_EXPIRED: &str = "Your sign-in has expired. Log in again.";
