//! Recovery codes: ten one-time codes shown once when two-factor sign-in is turned on, for
//! the day the phone is lost. Only their hashes are kept; each is 80 random bits, so a plain
//! SHA-256 (as for session tokens) makes a leaked table useless.

use crate::auth::token::hash_token;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use data_encoding::BASE32_NOPAD;

/// How many codes a person gets at a time.
pub const RECOVERY_CODES: usize = 10;

const CODE_BYTES: usize = 10;

/// A new set of codes as the person reads them: 16 characters of lowercase base32 in groups
/// of four, e.g. `k7qd-2mxa-p4rt-ve3n`.
pub fn generate() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; CODE_BYTES];
            OsRng.fill_bytes(&mut bytes);
            super::in_groups_of_four(&BASE32_NOPAD.encode(&bytes).to_ascii_lowercase(), "-")
        })
        .collect()
}

/// The stored form of a code as typed, whatever its case, dashes or spaces; `None` for
/// something that cannot be a code, which then costs no database read.
pub fn stored_form(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let valid = code.len() == 16
        && BASE32_NOPAD
            .decode(code.to_ascii_uppercase().as_bytes())
            .is_ok();
    valid.then(|| hash_token(&code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ten_different_codes_in_groups_of_four() {
        let codes = generate();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert_eq!(codes.iter().collect::<HashSet<_>>().len(), RECOVERY_CODES);
        for code in &codes {
            let groups: Vec<&str> = code.split('-').collect();
            assert_eq!(groups.len(), 4, "{code}");
            assert!(groups.iter().all(|group| group.len() == 4), "{code}");
            assert!(stored_form(code).is_some(), "{code}");
        }
    }

    #[test]
    fn a_code_is_recognised_however_it_is_typed() {
        let code = &generate()[0];
        let stored = stored_form(code).unwrap();
        assert_eq!(stored.len(), 64, "a SHA-256 in hex, not the code");
        for typed in [
            code.to_ascii_uppercase(),
            code.replace('-', ""),
            format!("  {} ", code.replace('-', " ")),
        ] {
            assert_eq!(
                stored_form(&typed).as_deref(),
                Some(stored.as_str()),
                "{typed}"
            );
        }
        for typed in [
            "",
            "k7qd-2mxa-p4rt",
            "k7qd-2mxa-p4rt-ve3n-aaaa",
            "0000-1111-8888-9999",
        ] {
            assert_eq!(stored_form(typed), None, "{typed:?}");
        }
    }
}
