//! The one-time code that guards the first-run page.
//!
//! Whoever can read the server's start-up log (or set `ROSTER_SETUP_CODE`) owns the
//! installation; a stranger who finds a fresh Roster on the network cannot claim it.

use crate::auth::token::hash_token;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use std::sync::{Arc, Mutex};

/// Unambiguous characters only, so the code survives being read aloud or retyped.
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

#[derive(Clone, Debug, Default)]
pub struct SetupCode {
    hash: Arc<Mutex<Option<String>>>,
}

impl SetupCode {
    /// Opens the setup with `fixed` or a new random code, returning the code to print.
    pub fn open(&self, fixed: Option<&str>) -> String {
        let code = fixed.map(normalise).unwrap_or_else(generate);
        *self.hash.lock().unwrap_or_else(|e| e.into_inner()) = Some(hash_token(&normalise(&code)));
        code
    }

    /// Whether `candidate` is the open code. Spaces, dashes and case are forgiven.
    pub fn matches(&self, candidate: &str) -> bool {
        let expected = self.hash.lock().unwrap_or_else(|e| e.into_inner()).clone();
        // Hashes are compared, so the comparison's timing says nothing about the code.
        expected.is_some_and(|hash| hash == hash_token(&normalise(candidate)))
    }

    /// Closes the setup for good in this process.
    pub fn close(&self) {
        *self.hash.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

fn normalise(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// 20 characters of a 32-letter alphabet: 100 bits, in groups of four.
fn generate() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    let letters: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char)
        .collect();
    letters
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_code_matches_however_it_is_typed() {
        let setup = SetupCode::default();
        let code = setup.open(None);
        assert_eq!(code.len(), 24);
        assert!(setup.matches(&code));
        assert!(setup.matches(&code.to_lowercase().replace('-', " ")));
        assert!(!setup.matches("AAAA-AAAA-AAAA-AAAA-AAAA"));
    }

    #[test]
    fn a_closed_setup_matches_nothing() {
        let setup = SetupCode::default();
        let code = setup.open(Some("fixed-code-1234"));
        setup.close();
        assert!(!setup.matches(&code));
        assert!(!setup.matches(""));
    }
}
