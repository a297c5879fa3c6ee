//! The second factor of a sign-in: codes from an authenticator app ([`authenticator`]), the
//! one-time recovery codes that stand in for a lost phone ([`recovery`]), and the half-done
//! sign-in between the password and the code ([`service`]).

pub mod api;
#[cfg(feature = "ssr")]
pub mod authenticator;
#[cfg(feature = "hydrate")]
mod browser;
#[cfg(feature = "ssr")]
mod mail;
pub mod model;
#[cfg(feature = "ssr")]
pub mod passkey;
#[cfg(feature = "ssr")]
pub(crate) mod passkey_repo;
#[cfg(feature = "ssr")]
pub mod recovery;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;

/// Whether this installation offers passkeys (its address is a domain name), for pages to
/// show their buttons only where they can work.
pub fn passkeys_offered() -> bool {
    #[cfg(feature = "ssr")]
    {
        crate::server::AppState::current().is_ok_and(|state| passkey::available(&state))
    }
    #[cfg(not(feature = "ssr"))]
    {
        false
    }
}

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
