//! Who someone is: credentials, tokens and (later) sessions.

#[cfg(feature = "ssr")]
pub mod password;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod token;
pub mod ui;
