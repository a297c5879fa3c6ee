//! What the browser may know about invitations.

use crate::policy::Role;
use serde::{Deserialize, Serialize};

/// Most addresses one "Send invitation" may carry.
pub const MAX_ADDRESSES: usize = 100;

/// Whether the mail with the link has gone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Delivery {
    Queued,
    Sent,
    Failed,
}

/// One row of the Invitations tab: a pending invitation, or one that expired unanswered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingInvitation {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub expired: bool,
    pub delivery: Delivery,
    /// When the current link was sent, in the workspace's timezone.
    pub sent: String,
    pub expires: String,
    /// The same two moments in unix seconds, for the API.
    pub sent_at: i64,
    pub expires_at: i64,
}

/// The answer for one address of an invite request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteResult {
    pub email: String,
    /// `None` when the invitation went out; otherwise why not.
    pub problem: Option<String>,
}

/// What the accept page shows for a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationLink {
    Valid(InvitationDetails),
    /// Unknown, used, cancelled and expired links all look the same.
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationDetails {
    pub workspace_name: String,
    pub email: String,
    pub role: Role,
    pub invited_by: String,
    pub expires: String,
    /// The invited email already has an account: they join with its password.
    pub has_account: bool,
    /// The email of whoever is signed in on this device, when it is not the invited one.
    pub signed_in_as_other: Option<String>,
    /// This device is already signed in as the invited person.
    pub signed_in_as_invitee: bool,
}
