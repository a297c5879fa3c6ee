//! Workspaces: the first-run setup, creating workspaces and their settings.

pub mod api;
#[cfg(feature = "ssr")]
pub mod demo;
pub mod model;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod setup_code;
pub mod ui;
