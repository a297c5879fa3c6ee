//! The invitation email, in the invitation's language, and the "someone joined" email, in
//! each admin's own.

use crate::email::{Letter, NewMail};
use crate::i18n::Locale;
use crate::policy::Role;
use crate::t;

pub struct InvitationMail<'a> {
    pub invitation_id: i64,
    /// Unique per link, so a resend queues its own message.
    pub link_key: &'a str,
    pub locale: Locale,
    pub workspace: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub inviter: &'a str,
    pub link: &'a str,
    pub expires: &'a str,
}

pub fn invitation(mail: &InvitationMail<'_>) -> NewMail {
    let InvitationMail {
        locale,
        workspace,
        role,
        inviter,
        link,
        expires,
        ..
    } = *mail;
    let role = role.name_in(locale);
    let (body_text, body_html) = Letter::new(locale)
        .paragraph(t!(
            locale,
            "email-invitation-intro",
            inviter = inviter,
            workspace = workspace,
            role = role
        ))
        .link(
            t!(locale, "email-invitation-how"),
            t!(locale, "email-invitation-link"),
            link,
        )
        .paragraph(t!(locale, "email-invitation-expiry", expires = expires))
        .bodies();
    NewMail {
        dedupe_key: format!("invitation:{}:{}", mail.invitation_id, mail.link_key),
        kind: "invitation",
        recipient: mail.email.to_owned(),
        subject: t!(locale, "email-invitation-subject", workspace = workspace),
        body_text,
        body_html,
        action_url: Some(link.to_owned()),
        invitation_id: Some(mail.invitation_id),
    }
}

pub struct JoinedMail<'a> {
    pub invitation_id: i64,
    pub admin_id: i64,
    pub admin_email: &'a str,
    /// The admin's language.
    pub locale: Locale,
    pub workspace: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub settings_link: &'a str,
}

pub fn joined(mail: &JoinedMail<'_>) -> NewMail {
    let JoinedMail {
        locale,
        workspace,
        name,
        email,
        role,
        settings_link,
        ..
    } = *mail;
    let role = role.name_in(locale);
    let (body_text, body_html) = Letter::new(locale)
        .paragraph(t!(
            locale,
            "email-joined-intro",
            name = name,
            email = email,
            workspace = workspace,
            role = role
        ))
        .link(
            t!(locale, "email-joined-why", workspace = workspace),
            t!(locale, "email-joined-link"),
            settings_link,
        )
        .bodies();
    NewMail {
        // One per join and admin, however often the transaction around it is retried.
        dedupe_key: format!("joined:{}:{}", mail.invitation_id, mail.admin_id),
        kind: "member_joined",
        recipient: mail.admin_email.to_owned(),
        subject: t!(locale, "email-joined-subject", workspace = workspace),
        body_text,
        body_html,
        action_url: None,
        invitation_id: None,
    }
}
