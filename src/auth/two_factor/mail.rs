//! The emails that tell a person their second factor changed (AUTH-11): a change they did not
//! make is how they learn someone else holds their password.

use crate::auth::token::random_id;
use crate::email::{Letter, NewMail};
use crate::i18n::Locale;
use crate::t;

/// What happened to the person's two-factor sign-in.
#[derive(Debug, Clone, Copy)]
pub enum Notice {
    TurnedOn,
    TurnedOff,
    NewRecoveryCodes,
    /// An admin of `workspace` reset it, so the person can sign in again and set it up anew.
    ResetByAdmin,
    /// Someone gave the right password and then too many wrong codes.
    WrongCodesAfterPassword,
    PasskeyAdded,
    PasskeyRemoved,
}

impl Notice {
    fn kind(self) -> &'static str {
        match self {
            Notice::TurnedOn => "two_factor_enabled",
            Notice::TurnedOff => "two_factor_disabled",
            Notice::NewRecoveryCodes => "recovery_codes_replaced",
            Notice::ResetByAdmin => "two_factor_reset",
            Notice::WrongCodesAfterPassword => "two_factor_wrong_codes",
            Notice::PasskeyAdded => "passkey_added",
            Notice::PasskeyRemoved => "passkey_removed",
        }
    }

    fn subject(self, locale: Locale) -> String {
        match self {
            Notice::TurnedOn => t!(locale, "email-two-factor-on-subject"),
            Notice::TurnedOff => t!(locale, "email-two-factor-off-subject"),
            Notice::NewRecoveryCodes => t!(locale, "email-recovery-codes-subject"),
            Notice::ResetByAdmin => t!(locale, "email-two-factor-reset-subject"),
            Notice::WrongCodesAfterPassword => t!(locale, "email-wrong-codes-subject"),
            Notice::PasskeyAdded => t!(locale, "email-passkey-added-subject"),
            Notice::PasskeyRemoved => t!(locale, "email-passkey-removed-subject"),
        }
    }

    fn sentence(self, locale: Locale, email: &str, workspace: &str) -> String {
        match self {
            Notice::TurnedOn => t!(locale, "email-two-factor-on-intro", email = email),
            Notice::TurnedOff => t!(locale, "email-two-factor-off-intro", email = email),
            Notice::NewRecoveryCodes => t!(locale, "email-recovery-codes-intro", email = email),
            Notice::ResetByAdmin => t!(
                locale,
                "email-two-factor-reset-intro",
                email = email,
                workspace = workspace
            ),
            Notice::WrongCodesAfterPassword => {
                t!(locale, "email-wrong-codes-intro", email = email)
            }
            Notice::PasskeyAdded => t!(locale, "email-passkey-added-intro", email = email),
            Notice::PasskeyRemoved => t!(locale, "email-passkey-removed-intro", email = email),
        }
    }
}

/// Who a notice goes to: their address and the language they read.
pub struct Recipient<'a> {
    pub email: &'a str,
    pub locale: Locale,
}

/// The message for `notice`, to `recipient`. `security_link` is where to act if the person
/// did not make the change.
pub fn notice(
    notice: Notice,
    recipient: &Recipient<'_>,
    workspace: &str,
    security_link: &str,
) -> NewMail {
    let locale = recipient.locale;
    let (body_text, body_html) = Letter::new(locale)
        .paragraph(notice.sentence(locale, recipient.email, workspace))
        .link(
            t!(locale, "email-security-how"),
            t!(locale, "email-security-link"),
            security_link,
        )
        .bodies();
    NewMail {
        // Every change is its own event, so each gets its own message.
        dedupe_key: format!("{}:{}", notice.kind(), random_id()),
        kind: notice.kind(),
        recipient: recipient.email.to_owned(),
        subject: notice.subject(locale),
        body_text,
        body_html,
        action_url: None,
        invitation_id: None,
    }
}
