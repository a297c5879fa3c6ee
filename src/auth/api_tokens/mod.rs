//! API tokens: how a script acts in one workspace for the person who made the token, with at
//! most that person's current role. Only the token's SHA-256 is stored; the token is shown
//! once, when it is made.

pub mod api;
pub mod model;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
