//! Delivers queued mail with retries.
//!
//! Rows are claimed with a lease (`status = 'sending'`, `locked_until`), so a worker that dies
//! mid-send leaves the row to be claimed again once the lease runs out: delivery is
//! at-least-once, and a duplicate can only follow a crash between the SMTP server's "250 OK"
//! and marking the row sent. On PostgreSQL several instances share the queue through
//! `FOR UPDATE SKIP LOCKED`; SQLite runs one process, where one `UPDATE … RETURNING` is atomic.

use super::outbox::{self, ClaimedMail, OutboxStatus};
use super::{Mailer, SendError};
use crate::db::{Clock, Db};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use lettre::Message;
use lettre::message::{Mailbox, MultiPart};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Notify, Semaphore, watch};
use tokio::task::JoinSet;

/// After this many failed attempts a message is marked failed and shown as such.
pub const MAX_ATTEMPTS: i64 = 8;
/// How long a claimed row stays reserved for the worker that claimed it, unless set.
const DEFAULT_LEASE: Duration = Duration::from_secs(300);
/// Messages claimed at once. A claim's lease must outlast sending a whole batch.
const BATCH: i64 = 50;
/// Messages of one batch in flight together. Sending one at a time left the worker waiting
/// on each SMTP round trip in turn; the SMTP transport keeps as many connections open.
pub const CONCURRENT_SENDS: usize = 8;

/// What happened to one claimed message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    Retrying,
    Failed,
    Skipped,
}

#[derive(Clone)]
pub struct OutboxWorker {
    db: Db,
    mailer: Mailer,
    clock: Clock,
    from: Mailbox,
    wake: Arc<Notify>,
    lease_secs: i64,
}

impl OutboxWorker {
    pub fn new(db: Db, mailer: Mailer, clock: Clock, from: Mailbox) -> Self {
        Self {
            db,
            mailer,
            clock,
            from,
            wake: Arc::new(Notify::new()),
            lease_secs: DEFAULT_LEASE.as_secs() as i64,
        }
    }

    /// How long a claim lasts: after an instance dies mid-send, its messages wait this long
    /// before another instance sends them. Longer than any one SMTP conversation.
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease_secs = lease.as_secs().max(1) as i64;
        self
    }

    /// Lets a request that just queued mail start delivery without waiting for the next poll.
    pub fn waker(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// Polls until `shutdown` turns true, waking early when mail is queued.
    pub async fn run(self, poll_interval: Duration, mut shutdown: watch::Receiver<bool>) {
        tracing::info!(mailer = %self.mailer.describe(), "outbox worker started");
        loop {
            match self.run_once().await {
                // A full batch suggests more is waiting: go on at once.
                Ok(outcomes) if outcomes.len() as i64 == BATCH => continue,
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "outbox poll failed"),
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(poll_interval) => {}
                _ = shutdown.changed() => {}
            }
            if *shutdown.borrow() {
                tracing::info!("outbox worker stopped");
                return;
            }
        }
    }

    /// Claims what is due and tries to deliver each message once.
    pub async fn run_once(&self) -> Result<Vec<(i64, Delivery)>, sqlx::Error> {
        let now = self.clock.now();
        let claimed = outbox::claim_due(&self.db, now, now + self.lease_secs, BATCH).await?;
        let permits = Arc::new(Semaphore::new(CONCURRENT_SENDS));
        let mut sends = JoinSet::new();
        for mail in claimed {
            let worker = self.clone();
            let permits = permits.clone();
            sends.spawn(async move {
                let _permit = permits.acquire_owned().await;
                let outcome = worker.deliver(&mail).await;
                (mail.id, outcome)
            });
        }
        // Every send runs to its end even when one fails, so no message is left half-handled
        // until its lease runs out.
        let mut outcomes = Vec::new();
        let mut first_error = None;
        while let Some(joined) = sends.join_next().await {
            match joined {
                Ok((id, Ok(delivery))) => outcomes.push((id, delivery)),
                Ok((_, Err(error))) => {
                    first_error.get_or_insert(error);
                }
                // A panicked send keeps its claim; the lease brings the message back.
                Err(error) => tracing::error!(%error, "a mail delivery task failed"),
            }
        }
        if let Some(error) = first_error {
            return Err(error);
        }
        outcomes.sort_unstable_by_key(|(id, _)| *id);
        Ok(outcomes)
    }

    #[tracing::instrument(skip_all, fields(outbox_id = mail.id, attempt = mail.attempts))]
    async fn deliver(&self, mail: &ClaimedMail) -> Result<Delivery, sqlx::Error> {
        if let Some(invitation_id) = mail.invitation_id
            && !crate::invitations::repo::still_links_to(self.db.pool(), invitation_id, mail.id)
                .await?
        {
            self.finish(
                mail.id,
                OutboxStatus::Skipped,
                Some("the invitation is no longer pending, or was sent again with a new link"),
            )
            .await?;
            return Ok(Delivery::Skipped);
        }
        let result = match self.build(mail) {
            Ok(message) => self.mailer.send(message).await,
            Err(error) => Err(error),
        };
        match result {
            Ok(()) => {
                if self.mailer.writes_files() {
                    // Development only: no mail server, so say where the message is. Its link
                    // stays in the file: a token in a log line outlives the token's use.
                    tracing::info!(to = %mail.recipient, subject = %mail.subject, folder = %self.mailer.describe(), "mail written to a file; its link is inside");
                } else {
                    tracing::info!("mail sent");
                }
                self.finish(mail.id, OutboxStatus::Sent, None).await?;
                Ok(Delivery::Sent)
            }
            Err(error) if error.transient && mail.attempts < MAX_ATTEMPTS => {
                let delay = backoff_secs(mail.attempts);
                tracing::warn!(error = %error.message, retry_in_secs = delay, "mail not sent, will retry");
                outbox::retry_at(
                    self.db.pool(),
                    mail.id,
                    self.clock.now() + delay,
                    &error.message,
                )
                .await?;
                Ok(Delivery::Retrying)
            }
            Err(error) => {
                tracing::error!(error = %error.message, "mail failed for good");
                self.finish(mail.id, OutboxStatus::Failed, Some(&error.message))
                    .await?;
                Ok(Delivery::Failed)
            }
        }
    }

    /// Ends a message's life (see [`outbox::finish`]).
    async fn finish(
        &self,
        id: i64,
        status: OutboxStatus,
        error: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        outbox::finish(self.db.pool(), id, status, error, self.clock.now()).await
    }

    fn build(&self, mail: &ClaimedMail) -> Result<Message, SendError> {
        let permanent = |message: String| SendError {
            transient: false,
            message,
        };
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|e| permanent(format!("invalid recipient: {e}")))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .message_id(Some(mail.message_id.clone()))
            .multipart(MultiPart::alternative_plain_html(
                mail.body_text.clone().unwrap_or_default(),
                mail.body_html.clone().unwrap_or_default(),
            ))
            .map_err(|e| permanent(format!("could not build the message: {e}")))
    }
}

/// Seconds to wait before attempt `attempts + 1`: doubling from 30 s up to an hour, with
/// ±20 % jitter so that many failed messages do not retry in lockstep.
pub fn backoff_secs(attempts: i64) -> i64 {
    let base = 30_i64.saturating_mul(1 << attempts.clamp(0, 7)).min(3600);
    let spread = base / 5;
    let jitter = (OsRng.next_u64() % (2 * spread as u64 + 1)) as i64 - spread;
    base + jitter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped_at_an_hour_with_jitter() {
        for _ in 0..100 {
            let first = backoff_secs(1);
            assert!((48..=72).contains(&first), "first retry after {first}s");
            let late = backoff_secs(20);
            assert!((2880..=4320).contains(&late), "late retry after {late}s");
        }
    }
}
