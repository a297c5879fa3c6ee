//! The second factor of a sign-in: codes from an authenticator app ([`authenticator`]) and
//! the one-time recovery codes that stand in for a lost phone ([`recovery`]).

pub mod authenticator;
pub mod recovery;

/// `text` in groups of four characters joined by `separator`, as people read and type codes.
fn in_groups_of_four(text: &str, separator: &str) -> String {
    let groups: Vec<&str> = text
        .as_bytes()
        .chunks(4)
        .filter_map(|group| std::str::from_utf8(group).ok())
        .collect();
    groups.join(separator)
}
