//! Who someone is: credentials, tokens and (later) sessions.

pub mod rules;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod token;
pub mod ui;
