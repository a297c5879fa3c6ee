//! The outbox: a message is a row written in the same transaction as the change that causes
//! it, so a committed change never loses its email and a rolled-back one never sends one.

use crate::db::Tx;
use strum::{EnumString, IntoStaticStr};

/// Where a message is on its way out, stored by its lowercase name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumString, IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub enum OutboxStatus {
    /// Waiting for its first or next attempt.
    Pending,
    /// Claimed by a worker until its lease runs out.
    Sending,
    Sent,
    /// Refused for good, or out of attempts.
    Failed,
    /// Not sent, as its link no longer works.
    Skipped,
}

impl OutboxStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A message to enqueue. `dedupe_key` names the event and recipient: enqueueing the same
/// event twice keeps one row.
#[derive(Debug, Clone)]
pub struct NewMail {
    pub dedupe_key: String,
    pub kind: &'static str,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// The one link the message is about; logged in development when mail goes to files.
    pub action_url: Option<String>,
    pub invitation_id: Option<i64>,
}

/// Adds `mail` to the outbox inside `tx`. Returns the row id, or `None` when the same event
/// was already queued for this recipient.
pub async fn enqueue(
    tx: &mut Tx,
    now: i64,
    message_domain: &str,
    mail: &NewMail,
) -> Result<Option<i64>, sqlx::Error> {
    // A stable Message-ID per row lets receivers drop a duplicate of an at-least-once resend.
    let message_id = format!("<{}@{}>", crate::auth::token::random_id(), message_domain);
    let row: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO outbox (dedupe_key, kind, recipient, subject, body_text, body_html, \
         action_url, message_id, invitation_id, status, attempts, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', 0, $10, $10) \
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
    )
    .bind(&mail.dedupe_key)
    .bind(mail.kind)
    .bind(&mail.recipient)
    .bind(&mail.subject)
    .bind(&mail.body_text)
    .bind(&mail.body_html)
    .bind(&mail.action_url)
    .bind(&message_id)
    .bind(mail.invitation_id)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(id,)| id))
}
