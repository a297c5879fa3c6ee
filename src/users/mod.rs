//! People: accounts and their membership of workspaces.

#[cfg(feature = "ssr")]
pub mod email;
#[cfg(feature = "ssr")]
pub mod repo;
