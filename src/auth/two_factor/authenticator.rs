//! Authenticator app codes (RFC 6238): HMAC-SHA1, six digits, 30-second steps, the settings
//! every authenticator app reads from a QR code without asking.
//!
//! A code is good for the step it was made in and one step either side (a phone's clock
//! drifts, and typing takes time), and only once: the step of the last accepted code is kept,
//! and a code from that step or an earlier one is refused (RFC 6238 §5.2).

use argon2::password_hash::rand_core::{OsRng, RngCore};
use qrcode::QrCode;
use qrcode::render::svg;
use totp_rs::{Builder, Secret, Totp};

/// The name an authenticator app shows above the code.
const ISSUER: &str = "Roster";

/// Seconds per step.
const STEP_SECS: u64 = 30;

/// 160 bits, the length RFC 4226 recommends for HMAC-SHA1.
const SECRET_BYTES: usize = 20;

/// A person's authenticator secret. The app must make the same codes, so the server keeps the
/// secret itself (base32, as the app is given it), not a hash.
#[derive(Clone)]
pub struct AuthenticatorSecret(Secret);

impl std::fmt::Debug for AuthenticatorSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuthenticatorSecret(..)")
    }
}

impl AuthenticatorSecret {
    /// A new secret from the operating system's CSPRNG.
    pub fn generate() -> Self {
        let mut bytes = vec![0u8; SECRET_BYTES];
        OsRng.fill_bytes(&mut bytes);
        Self(Secret::from(bytes))
    }

    /// The stored form read back; `None` for anything that is not a secret of the right size.
    pub fn from_stored(base32: &str) -> Option<Self> {
        let secret = Secret::try_from_base32(base32).ok()?;
        (secret.as_bytes().len() == SECRET_BYTES).then_some(Self(secret))
    }

    /// The stored form: base32 without padding.
    pub fn to_stored(&self) -> String {
        self.0.to_base32()
    }

    /// The "Setup key" a person types into an app that cannot scan: the base32 secret in
    /// groups of four, which apps accept with or without the spaces.
    pub fn setup_key(&self) -> String {
        super::in_groups_of_four(&self.to_stored(), " ")
    }

    fn totp(&self, account: &str) -> Totp {
        // An account name may not hold the label's separator; emails in Roster never do, and
        // a stand-in keeps the code working if one ever did.
        let account = if account.contains(':') {
            account.replace(':', " ")
        } else {
            account.to_owned()
        };
        Builder::new()
            .with_secret(self.0.clone())
            .with_step_duration(STEP_SECS)
            .with_account_name(account)
            .with_issuer(Some(ISSUER))
            // The settings are the RFC's own and the secret is 160 bits, so the checks
            // `build` makes cannot fail.
            .build_noncompliant()
    }

    /// The `otpauth://` link the QR code carries, naming the person's account.
    pub fn otpauth_url(&self, account: &str) -> String {
        self.totp(account).to_url().unwrap_or_default()
    }

    /// The QR code of [`Self::otpauth_url`] as an SVG element, made on the server so the
    /// secret never passes through a third party.
    pub fn qr_svg(&self, account: &str) -> String {
        let Ok(code) = QrCode::new(self.otpauth_url(account)) else {
            return String::new();
        };
        let image = code
            .render::<svg::Color<'_>>()
            .min_dimensions(200, 200)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build();
        // The XML prolog is for a file; inside HTML the element starts at `<svg`.
        match image.find("<svg") {
            Some(start) => image[start..].to_owned(),
            None => image,
        }
    }

    /// The step of `typed` if it is the code of a step within one of `now`'s and later than
    /// `last_used_step`; `None` for a wrong, stale or replayed code. Spaces are ignored.
    pub fn accept(&self, typed: &str, now_unix: i64, last_used_step: i64) -> Option<i64> {
        let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let now = u64::try_from(now_unix).ok()?;
        let step = self.totp("").check(&digits, now)?;
        let step = i64::try_from(step).ok()?;
        (step > last_used_step).then_some(step)
    }

    /// The code an app shows at `now_unix`; for tests, which play the person's phone.
    pub fn code_at(&self, now_unix: i64) -> String {
        let now = u64::try_from(now_unix).unwrap_or_default();
        self.totp("").generate(now).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    /// RFC 6238 appendix B's SHA-1 secret ("12345678901234567890"), whose 8-digit codes
    /// end in these six at these times.
    #[test]
    fn codes_match_the_rfc_test_vectors() {
        let secret = AuthenticatorSecret(Secret::from(b"12345678901234567890".to_vec()));
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ] {
            assert_eq!(secret.code_at(time), code, "at {time}");
        }
    }

    #[test]
    fn a_code_is_good_one_step_either_side_and_not_beyond() {
        let secret = AuthenticatorSecret::generate();
        let code = secret.code_at(NOW);
        let step = NOW / 30;
        assert_eq!(secret.accept(&code, NOW, 0), Some(step));
        assert_eq!(
            secret.accept(&code, NOW + 30, 0),
            Some(step),
            "a slow typist"
        );
        assert_eq!(
            secret.accept(&code, NOW - 30, 0),
            Some(step),
            "a fast phone"
        );
        assert_eq!(secret.accept(&code, NOW + 90, 0), None, "stale");
        assert_eq!(secret.accept(&code, NOW - 90, 0), None, "from the future");
    }

    #[test]
    fn a_code_is_accepted_once() {
        let secret = AuthenticatorSecret::generate();
        let code = secret.code_at(NOW);
        let step = secret.accept(&code, NOW, 0).expect("the first use");
        assert_eq!(secret.accept(&code, NOW, step), None, "replayed");
        let next = secret.code_at(NOW + 30);
        assert_eq!(secret.accept(&next, NOW + 30, step), Some(step + 1));
        // A code from before the last accepted one is as spent as that one.
        let earlier = secret.code_at(NOW - 30);
        assert_eq!(secret.accept(&earlier, NOW, step), None);
    }

    #[test]
    fn wrong_or_malformed_codes_are_refused() {
        let secret = AuthenticatorSecret::generate();
        let code = secret.code_at(NOW);
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(
            secret.accept(&spaced, NOW, 0),
            Some(NOW / 30),
            "spaces are ignored"
        );
        for typed in [wrong.as_str(), "", "12345", "1234567", "abcdef", "12 34 5x"] {
            assert_eq!(secret.accept(typed, NOW, 0), None, "{typed:?}");
        }
    }

    #[test]
    fn the_stored_form_reads_back_and_nothing_else_does() {
        let secret = AuthenticatorSecret::generate();
        let stored = secret.to_stored();
        assert_eq!(stored.len(), 32, "160 bits in base32");
        let read = AuthenticatorSecret::from_stored(&stored).expect("reads back");
        assert_eq!(read.code_at(NOW), secret.code_at(NOW));
        assert!(AuthenticatorSecret::from_stored("not base32!").is_none());
        assert!(
            AuthenticatorSecret::from_stored("GEZDGNBV").is_none(),
            "too short"
        );
        assert_ne!(
            AuthenticatorSecret::generate().to_stored(),
            stored,
            "each secret is new"
        );
    }

    #[test]
    fn the_setup_key_and_qr_code_carry_the_secret() {
        let secret = AuthenticatorSecret::generate();
        let key = secret.setup_key();
        assert_eq!(key.replace(' ', ""), secret.to_stored());
        assert!(key.split(' ').all(|group| group.len() == 4), "{key}");
        let url = secret.otpauth_url("ana@example.com");
        assert!(
            url.starts_with("otpauth://totp/Roster:ana%40example.com?"),
            "{url}"
        );
        assert!(
            url.contains(&format!("secret={}", secret.to_stored())),
            "{url}"
        );
        let svg = secret.qr_svg("ana@example.com");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"), "{svg}");
    }
}
