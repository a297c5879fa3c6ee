//! The emails that tell a person their second factor changed (AUTH-11): a change they did not
//! make is how they learn someone else holds their password.

use crate::auth::token::random_id;
use crate::email::outbox::NewMail;

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

    fn subject(self) -> &'static str {
        match self {
            Notice::TurnedOn => "Two-factor authentication is on for your Roster account",
            Notice::TurnedOff => "Two-factor authentication is off for your Roster account",
            Notice::NewRecoveryCodes => "New recovery codes for your Roster account",
            Notice::ResetByAdmin => "Your Roster two-factor authentication was reset",
            Notice::WrongCodesAfterPassword => "Someone may know your Roster password",
            Notice::PasskeyAdded => "A passkey was added to your Roster account",
            Notice::PasskeyRemoved => "A passkey was removed from your Roster account",
        }
    }

    fn sentence(self, email: &str, workspace: &str) -> String {
        match self {
            Notice::TurnedOn => format!(
                "Two-factor authentication was just turned on for your Roster account {email}. \
                 Signing in now needs a code from your authenticator app or a recovery code."
            ),
            Notice::TurnedOff => format!(
                "Two-factor authentication was just turned off for your Roster account {email}. \
                 Signing in now needs only your password."
            ),
            Notice::NewRecoveryCodes => format!(
                "New recovery codes were just made for your Roster account {email}; the old ones \
                 no longer work."
            ),
            Notice::ResetByAdmin => format!(
                "An admin of {workspace} reset the two-factor authentication of your Roster \
                 account {email}, and your sessions in {workspace} were logged out. Log in with \
                 your password and set up two-factor authentication again."
            ),
            Notice::WrongCodesAfterPassword => format!(
                "Someone signed in to your Roster account {email} with the right password, then \
                 typed several wrong two-factor codes. Two-factor authentication kept them out, \
                 but they may know your password."
            ),
            Notice::PasskeyAdded => format!(
                "A passkey was just added to your Roster account {email}. It can sign in to \
                 your account without a password."
            ),
            Notice::PasskeyRemoved => {
                format!("A passkey was just removed from your Roster account {email}.")
            }
        }
    }
}

/// The message for `notice`, to `email`. `security_link` is where to act if the person did
/// not make the change.
pub fn notice(notice: Notice, email: &str, workspace: &str, security_link: &str) -> NewMail {
    let sentence = notice.sentence(email, workspace);
    let body_text = format!(
        "{sentence}\n\nIf this was you, there is nothing to do. If it was not, change your \
         password now and check your two-factor settings:\n{security_link}\n"
    );
    let body_html = format!(
        "<p>{sentence}</p><p>If this was you, there is nothing to do. If it was not, \
         <a href=\"{link}\">change your password now and check your two-factor settings</a>.</p>",
        sentence = html_escape::encode_text(&sentence),
        link = html_escape::encode_double_quoted_attribute(security_link),
    );
    NewMail {
        // Every change is its own event, so each gets its own message.
        dedupe_key: format!("{}:{}", notice.kind(), random_id()),
        kind: notice.kind(),
        recipient: email.to_owned(),
        subject: notice.subject().into(),
        body_text,
        body_html,
        action_url: None,
        invitation_id: None,
    }
}
