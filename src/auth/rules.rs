//! Input rules for people's names, emails and passwords. Pure, so the browser can use the same
//! wording as the server.

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
        return Err(format!(
            "Use at least {PASSWORD_MIN_CHARS} characters; a short sentence works well"
        ));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(format!("Use at most {PASSWORD_MAX_CHARS} characters"));
    }
    Ok(())
}

/// Checks and tidies a display name or workspace name: surrounding spaces go, control
/// characters (which could forge email headers) are refused.
pub fn clean_name(raw: &str, what: &str) -> Result<String, String> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(format!("Enter {what}"));
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(format!("Use at most {NAME_MAX_CHARS} characters"));
    }
    if name.chars().any(char::is_control) {
        return Err("Remove line breaks and other control characters".into());
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
            clean_name("  Ada Lovelace ", "your name"),
            Ok("Ada Lovelace".into())
        );
        assert_eq!(
            clean_name("   ", "your name"),
            Err("Enter your name".into())
        );
        assert!(clean_name("Ada\r\nBcc: x@y.test", "your name").is_err());
        assert!(clean_name(&"x".repeat(101), "your name").is_err());
    }
}
