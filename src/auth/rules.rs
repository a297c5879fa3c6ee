//! Input rules for people's names, emails and passwords. Their messages are in the language
//! of the request being answered.

use crate::i18n::use_locale;
use crate::t;

/// Passwords shorter than this are refused.
pub const PASSWORD_MIN_CHARS: usize = 12;
/// Longer passwords are refused: they add nothing and cap the hashing cost an attacker can
/// impose.
pub const PASSWORD_MAX_CHARS: usize = 128;
pub const NAME_MAX_CHARS: usize = 100;
pub const EMAIL_MAX_CHARS: usize = 254;

/// Checks a new password. Passwords are taken exactly as typed: no trimming, no case change,
/// no composition rules; any Unicode is fine.
pub fn check_password(password: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(t!(
            use_locale(),
            "rules-password-too-short",
            count = PASSWORD_MIN_CHARS
        ));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(t!(
            use_locale(),
            "rules-too-long",
            count = PASSWORD_MAX_CHARS
        ));
    }
    Ok(())
}

/// Whose name a form asks for, which its message for an empty field says.
#[derive(Debug, Clone, Copy)]
pub enum NameOf {
    /// The person filling in the form.
    You,
    /// Someone else, as the command line's `add-member`.
    Someone,
    Workspace,
}

/// Checks and tidies a display name or workspace name: surrounding spaces go, control
/// characters (which could forge email headers) are refused.
pub fn clean_name(raw: &str, name_of: NameOf) -> Result<String, String> {
    let name = raw.trim();
    let locale = use_locale();
    if name.is_empty() {
        return Err(match name_of {
            NameOf::You => t!(locale, "rules-enter-your-name"),
            NameOf::Someone => t!(locale, "rules-enter-a-name"),
            NameOf::Workspace => t!(locale, "rules-enter-a-workspace-name"),
        });
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(t!(locale, "rules-too-long", count = NAME_MAX_CHARS));
    }
    if name.chars().any(char::is_control) {
        return Err(t!(locale, "rules-no-control-characters"));
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_needs_12_to_128_characters_counted_as_unicode() {
        assert!(check_password("elevenchars").is_err());
        assert!(check_password("twelve chars").is_ok());
        assert!(check_password(&"🙂".repeat(64)).is_ok());
        assert!(check_password(&"a".repeat(128)).is_ok());
        assert!(check_password(&"a".repeat(129)).is_err());
    }

    #[test]
    fn a_name_is_trimmed_and_refuses_control_characters() {
        assert_eq!(
            clean_name("  Ada Lovelace ", NameOf::You),
            Ok("Ada Lovelace".into())
        );
        assert_eq!(
            clean_name("   ", NameOf::You),
            Err("Enter your name".into())
        );
        assert!(clean_name("Ada\r\nBcc: x@y.test", NameOf::You).is_err());
        assert!(clean_name(&"x".repeat(101), NameOf::You).is_err());
    }
}
