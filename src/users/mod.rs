//! People: accounts and their membership of workspaces.

pub mod api;
#[cfg(feature = "ssr")]
pub mod email;
pub mod model;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod ui;
