//! The append-only history of who did what in a workspace.

#[cfg(feature = "ssr")]
pub mod repo;
