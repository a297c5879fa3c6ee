//! The invitation email and the "someone joined" email. People's names and workspace names
//! are escaped in the HTML parts.

use crate::email::NewMail;
use crate::policy::Role;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

pub struct InvitationMail<'a> {
    pub invitation_id: i64,
    /// Unique per link, so a resend queues its own message.
    pub link_key: &'a str,
    pub workspace: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub inviter: &'a str,
    pub link: &'a str,
    pub expires: &'a str,
}

pub fn invitation(mail: &InvitationMail<'_>) -> NewMail {
    let InvitationMail {
        workspace,
        role,
        inviter,
        link,
        expires,
        ..
    } = *mail;
    let body_text = format!(
        "{inviter} invited you to join the workspace {workspace} on Roster as an {role}.\n\n\
         To accept, open this link and choose a password (or log in, if you already have an \
         account):\n{link}\n\n\
         The link works once and expires on {expires}. If you did not expect this invitation, \
         ignore this message.\n"
    );
    let body_html = format!(
        "<p>{inviter} invited you to join the workspace <strong>{workspace}</strong> on Roster \
         as an <strong>{role}</strong>.</p>\
         <p><a href=\"{href}\">Accept the invitation</a></p>\
         <p>The link works once and expires on {expires}. If you did not expect this invitation, \
         ignore this message.</p>",
        inviter = text(inviter),
        workspace = text(workspace),
        href = attr(link),
        expires = text(expires),
    );
    NewMail {
        dedupe_key: format!("invitation:{}:{}", mail.invitation_id, mail.link_key),
        kind: "invitation",
        recipient: mail.email.to_owned(),
        subject: format!("[{workspace}] Invitation to join workspace"),
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
    pub workspace: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub settings_link: &'a str,
}

pub fn joined(mail: &JoinedMail<'_>) -> NewMail {
    let JoinedMail {
        workspace,
        name,
        email,
        role,
        settings_link,
        ..
    } = *mail;
    let body_text = format!(
        "{name} ({email}) accepted an invitation and joined {workspace} as an {role}.\n\n\
         You receive this because you are an admin of {workspace}. To stop these emails, open \
         {settings_link}\n"
    );
    let body_html = format!(
        "<p>{name} ({email}) accepted an invitation and joined <strong>{workspace}</strong> as an \
         <strong>{role}</strong>.</p>\
         <p>You receive this because you are an admin of {workspace}. \
         <a href=\"{href}\">Stop these emails</a></p>",
        name = text(name),
        email = text(email),
        workspace = text(workspace),
        href = attr(settings_link),
    );
    NewMail {
        // One per join and admin, however often the transaction around it is retried.
        dedupe_key: format!("joined:{}:{}", mail.invitation_id, mail.admin_id),
        kind: "member_joined",
        recipient: mail.admin_email.to_owned(),
        subject: format!("[{workspace}] New user joined your workspace"),
        body_text,
        body_html,
        action_url: None,
        invitation_id: None,
    }
}
