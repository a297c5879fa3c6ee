//! Invitations: an admin invites an email with a role; the person follows the emailed link
//! and joins.

pub mod api;
#[cfg(feature = "ssr")]
pub mod mail;
pub mod model;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
