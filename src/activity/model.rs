//! What the Activity page shows.

use crate::moment::Moment;
use serde::{Deserialize, Serialize};

/// Entries per page of the Activity page.
pub const PAGE_SIZE: i64 = 50;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityEntry {
    pub id: i64,
    pub when: Moment,
    pub who: String,
    pub what: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityPage {
    pub entries: Vec<ActivityEntry>,
    /// Where the next, older page starts; `None` on the last page.
    pub older_than: Option<i64>,
    /// The person the page is limited to, by name, when it is.
    pub person: Option<String>,
}
