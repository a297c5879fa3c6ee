//! Rate limits kept in the database, so every instance behind a load balancer counts against
//! the same budget. Fixed windows: a bucket allows `max_hits` per window, and the window
//! starts again once it has passed, so a throttled person is never locked out for good.

use crate::db::Db;
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max_hits: i64,
    pub window_secs: i64,
}

/// Counts one hit against `bucket` and refuses it with [`AppError::RateLimited`] when the
/// window's budget is spent. Count and check are one statement, so concurrent requests
/// cannot all slip through under the limit.
pub async fn hit(db: &Db, bucket: &str, limit: Limit, now: i64) -> Result<(), AppError> {
    hit_by(db, bucket, limit, now, 1).await
}

/// Counts `count` hits at once, e.g. one per address of a bulk invitation.
pub async fn hit_by(
    db: &Db,
    bucket: &str,
    limit: Limit,
    now: i64,
    count: i64,
) -> Result<(), AppError> {
    let expired_before = now - limit.window_secs;
    let (window_started_at, hits): (i64, i64) = sqlx::query_as(
        "INSERT INTO rate_limits (bucket, window_started_at, hits) VALUES ($1, $2, $4) \
         ON CONFLICT (bucket) DO UPDATE SET \
           hits = CASE WHEN rate_limits.window_started_at <= $3 THEN $4 \
                       ELSE rate_limits.hits + $4 END, \
           window_started_at = CASE WHEN rate_limits.window_started_at <= $3 THEN $2 \
                                    ELSE rate_limits.window_started_at END \
         RETURNING window_started_at, hits",
    )
    .bind(bucket)
    .bind(now)
    .bind(expired_before)
    .bind(count)
    .fetch_one(db.pool())
    .await?;
    if hits > limit.max_hits {
        let retry_after_secs = (window_started_at + limit.window_secs - now).max(1);
        return Err(AppError::RateLimited {
            retry_after_secs: retry_after_secs as u64,
        });
    }
    Ok(())
}

/// Takes back one hit, for attempts that turned out to be legitimate.
pub async fn forgive(db: &Db, bucket: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND hits > 0")
        .bind(bucket)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Forgets a bucket, e.g. an account's failed sign-ins once the right password arrived.
pub async fn clear(db: &Db, bucket: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM rate_limits WHERE bucket = $1")
        .bind(bucket)
        .execute(db.pool())
        .await?;
    Ok(())
}
