//! What the browser may know about the members of a workspace.

use crate::policy::Role;
use serde::{Deserialize, Serialize};

/// One row of the Users tab.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberSummary {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// When they joined, in the workspace's timezone.
    pub joined: String,
}

/// The user details page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberDetail {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub joined: String,
    pub last_active: String,
    /// The admin is looking at themself.
    pub is_you: bool,
}
