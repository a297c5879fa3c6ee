//! What Roster forgets, and when (DATA-06). Once an hour each instance deletes what can never
//! be used again: sessions past their idle or absolute limit, password-reset links used or
//! expired more than a day ago, half-done sign-ins past their five minutes, and rate-limit counters whose window ended more than a day
//! ago. Invitations, memberships and Activity are history and are kept; an invitation's link
//! dies with its status, and outbox bodies (which hold links) are wiped once sent.

use crate::auth::repo as auth;
use crate::auth::two_factor::repo as two_factor;
use crate::db::{Clock, Db};
use crate::server::Config;
use crate::server::rate_limit;
use std::time::Duration;
use tokio::sync::watch;

/// How often the purge runs.
pub const EVERY: Duration = Duration::from_secs(60 * 60);
/// How long dead links and finished counters stay before they go, so a person who opens an
/// old link gets "used or expired" rather than a lookup that never heard of it, and an
/// operator can still see yesterday's throttling.
const GRACE_SECS: i64 = 24 * 60 * 60;

/// What one purge deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub password_resets: u64,
    pub sign_in_challenges: u64,
    pub passkey_ceremonies: u64,
    pub rate_limits: u64,
}

/// Deletes everything that expired by `now`.
pub async fn purge(db: &Db, config: &Config, now: i64) -> Result<Purged, sqlx::Error> {
    let idle = config.session_idle_timeout.as_secs() as i64;
    let max_age = config.session_max_age.as_secs() as i64;
    Ok(Purged {
        sessions: auth::purge_expired_sessions(db.pool(), now - idle, now - max_age).await?,
        password_resets: auth::purge_dead_password_resets(db.pool(), now - GRACE_SECS).await?,
        sign_in_challenges: two_factor::purge_expired_challenges(db.pool(), now).await?,
        passkey_ceremonies: crate::auth::two_factor::passkey::purge(db, now).await?,
        rate_limits: rate_limit::purge(db, now - GRACE_SECS).await?,
    })
}

/// Purges every [`EVERY`] until `stop` says so. A failed purge is logged and tried again at
/// the next turn; nothing depends on it having run.
pub async fn run(
    db: Db,
    config: std::sync::Arc<Config>,
    clock: Clock,
    mut stop: watch::Receiver<bool>,
) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stop.changed() => return,
        }
        match purge(&db, &config, clock.now()).await {
            Ok(purged) if purged != Purged::default() => {
                tracing::info!(?purged, "purged expired data")
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "purging expired data failed; trying again later"),
        }
    }
}
