//! The Users tab's search: which words find a member ([`words`]), the index that holds
//! those words ([`index`]), and how a page of matches is read from it (`plan`).
//!
//! The rest of Roster lists members with [`list_members`], keeps the index with
//! [`index::add`] and [`index::remove`] as people join and leave, and calls
//! [`index::complete`] at start-up. Tests that show the databases' plans go through
//! [`inspect`].

pub mod index;
pub mod inspect;
mod plan;
pub mod words;

pub use plan::{MemberRow, PageStart, list_members, list_members_in_role};
