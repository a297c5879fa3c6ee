//! SQL for the rate limit counters (`rate_limits`).

use super::Limit;
use crate::db::Db;

/// Adds `count` hits to `bucket`, starting its window afresh when the last one has passed,
/// and returns when the window started and its hits so far. One statement, so concurrent
/// requests cannot all slip through under the limit.
pub async fn count_hits(
    db: &Db,
    bucket: &str,
    limit: Limit,
    now: i64,
    count: i64,
) -> Result<(i64, i64), sqlx::Error> {
    let expired_before = now - limit.window_secs;
    sqlx::query_as(
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
    .await
}

pub async fn take_back_hit(db: &Db, bucket: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND hits > 0")
        .bind(bucket)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn delete_bucket(db: &Db, bucket: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM rate_limits WHERE bucket = $1")
        .bind(bucket)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn delete_windows_before(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM rate_limits WHERE window_started_at < $1")
        .bind(before)
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}
