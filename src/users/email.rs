//! Email addresses as Roster stores them.

use crate::auth::rules::EMAIL_MAX_CHARS;
use std::fmt;

/// A syntactically valid address, trimmed and lowercased: addresses are compared
/// case-insensitively everywhere, so they are stored in one case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let candidate = raw.trim().to_lowercase();
        let locale = crate::i18n::use_locale();
        if candidate.is_empty() {
            return Err(crate::t!(locale, "rules-enter-an-email"));
        }
        // Checked before parsing: CR/LF in an address could forge mail headers.
        if candidate.chars().any(char::is_control) || candidate.chars().count() > EMAIL_MAX_CHARS {
            return Err(crate::t!(locale, "rules-enter-a-valid-email"));
        }
        candidate
            .parse::<lettre::Address>()
            .map(|_| Self(candidate))
            .map_err(|_| crate::t!(locale, "rules-enter-a-valid-email"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_trimmed_and_lowercased() {
        assert_eq!(
            Email::parse("  Foo@X.Test ").unwrap().as_str(),
            "foo@x.test"
        );
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for bad in [
            "",
            "foo",
            "foo@",
            "@x.test",
            "a b@x.test",
            "a@x.test\r\nBcc: b@y.test",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
