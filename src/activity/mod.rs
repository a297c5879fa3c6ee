//! The append-only history of who did what in a workspace, and the page that shows it.

pub mod action;
pub mod api;
pub mod model;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
