//! The second factor of a sign-in: codes from an authenticator app ([`authenticator`]), the
//! one-time recovery codes that stand in for a lost phone ([`recovery`]), and the half-done
//! sign-in between the password and the code ([`service`]).

pub mod api;
#[cfg(feature = "ssr")]
pub mod authenticator;
#[cfg(feature = "ssr")]
mod mail;
pub mod model;
#[cfg(feature = "ssr")]
pub mod recovery;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;

/// `text` in groups of four characters joined by `separator`, as people read and type codes.
#[cfg(feature = "ssr")]
fn in_groups_of_four(text: &str, separator: &str) -> String {
    let groups: Vec<&str> = text
        .as_bytes()
        .chunks(4)
        .filter_map(|group| std::str::from_utf8(group).ok())
        .collect();
    groups.join(separator)
}
