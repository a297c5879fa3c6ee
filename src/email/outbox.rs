//! The outbox: a message is a row written in the same transaction as the change that causes
//! it, so a committed change never loses its email and a rolled-back one never sends one.

use crate::db::{Db, Tx};
use sqlx::AnyPool;
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

/// A message a worker claimed, with what it takes to send it.
#[derive(sqlx::FromRow, Debug)]
pub struct ClaimedMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body_text: Option<String>,
    pub body_html: Option<String>,
    pub message_id: String,
    pub invitation_id: Option<i64>,
    pub attempts: i64,
}

/// Claims up to `batch` messages that are due, or whose worker's lease ran out, until
/// `lease_until`, counting the attempt. Instances claim different rows
/// ([`crate::db::Backend::skip_locked`]).
pub async fn claim_due(
    db: &Db,
    now: i64,
    lease_until: i64,
    batch: i64,
) -> Result<Vec<ClaimedMail>, sqlx::Error> {
    let sql = format!(
        "UPDATE outbox SET status = 'sending', locked_until = $1, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM outbox \
            WHERE (status = 'pending' AND next_attempt_at <= $2) \
               OR (status = 'sending' AND locked_until <= $2) \
            ORDER BY id LIMIT $3{}) \
         RETURNING id, recipient, subject, body_text, body_html, message_id, \
            invitation_id, attempts",
        db.backend().skip_locked()
    );
    sqlx::query_as(&sql)
        .bind(lease_until)
        .bind(now)
        .bind(batch)
        .fetch_all(db.pool())
        .await
}

/// Gives a claimed message back, to be tried again at `at`.
pub async fn retry_at(pool: &AnyPool, id: i64, at: i64, error: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET status = 'pending', locked_until = NULL, \
         next_attempt_at = $1, last_error = $2 WHERE id = $3",
    )
    .bind(at)
    .bind(error)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Ends a message's life. Bodies are wiped: they may carry a one-time link, and only its
/// hash is meant to outlive the delivery.
pub async fn finish(
    pool: &AnyPool,
    id: i64,
    status: OutboxStatus,
    error: Option<&str>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET status = $1, locked_until = NULL, last_error = $2, \
         sent_at = CASE WHEN $1 = 'sent' THEN $3 ELSE sent_at END, \
         body_text = NULL, body_html = NULL, action_url = NULL WHERE id = $4",
    )
    .bind(status)
    .bind(error)
    .bind(now)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}
