//! What the browser may know about the members of a workspace.

use crate::moment::Moment;
use crate::policy::Role;
use serde::{Deserialize, Serialize};

/// One row of the Users tab.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberSummary {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub joined: Moment,
    /// When they last used this workspace; `None` for never.
    pub last_active: Option<Moment>,
    /// Pending invitations they sent, which die with their admin rights.
    pub pending_invitations: i64,
    /// Whether a second factor guards their sign-in.
    pub two_factor: bool,
    /// The row is the admin looking at the list.
    pub is_you: bool,
    /// Removing them is allowed: not the workspace's last admin.
    pub removable: bool,
}

/// Members shown per page of the Users tab.
pub const MEMBERS_PER_PAGE: usize = 50;

/// One page of the Users tab: the members matching a search, in name order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPage {
    pub members: Vec<MemberSummary>,
    /// How many members match the search in all pages.
    pub total: i64,
    /// The cursor for the page before this one, when there is one.
    pub before: Option<i64>,
    /// The cursor for the page after this one, when there is one.
    pub after: Option<i64>,
}

/// The user details page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberDetail {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub joined: Moment,
    pub last_active: Option<Moment>,
    /// The admin is looking at themself.
    pub is_you: bool,
    /// Removing them is allowed: not the workspace's last admin.
    pub removable: bool,
    /// Pending invitations they sent, which die with their admin rights.
    pub pending_invitations: i64,
    /// Whether a second factor guards their sign-in.
    pub two_factor: bool,
}
