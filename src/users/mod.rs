//! People: accounts and their membership of workspaces.

pub mod api;
#[cfg(feature = "ssr")]
pub mod email;
pub mod model;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
