//! Who someone is: credentials, sessions and signing in and out.

pub mod api;
pub mod api_tokens;
#[cfg(feature = "ssr")]
pub mod guard;
pub mod model;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod return_to;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod token;
pub mod two_factor;
pub mod ui;
