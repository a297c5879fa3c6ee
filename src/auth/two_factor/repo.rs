//! SQL for second factors and half-done sign-ins. Recovery codes and challenge tokens reach
//! the database only as their SHA-256.

use crate::db::Tx;
use crate::policy::Role;
use crate::workspace::model::TwoFactorRule;
use sqlx::{Any, AnyPool, Executor};

/// A person's authenticator app as stored.
#[derive(sqlx::FromRow)]
pub struct AuthenticatorRow {
    pub secret: String,
    pub confirmed_at: Option<i64>,
    pub last_used_step: i64,
}

pub async fn authenticator<'e>(
    executor: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Option<AuthenticatorRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT secret, confirmed_at, last_used_step FROM authenticator_apps WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(executor)
    .await
}

/// Starts (or starts again) setting up an app: the new secret guards nothing until a code
/// from it confirms it. A confirmed app is never replaced this way.
pub async fn put_unconfirmed_authenticator(
    pool: &AnyPool,
    now: i64,
    user_id: i64,
    secret: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO authenticator_apps (user_id, secret, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, \
             created_at = excluded.created_at, last_used_step = 0 \
         WHERE authenticator_apps.confirmed_at IS NULL",
    )
    .bind(user_id)
    .bind(secret)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Records that the code of `step` of a confirmed app was used. One conditional UPDATE, so
/// of two requests racing with the same code exactly one wins: the replay check and its
/// record cannot be split.
pub async fn use_authenticator_step(
    tx: &mut Tx,
    user_id: i64,
    step: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE authenticator_apps SET last_used_step = $2 \
         WHERE user_id = $1 AND confirmed_at IS NOT NULL AND last_used_step < $2",
    )
    .bind(user_id)
    .bind(step)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Confirms the app being set up with the code of `step`, provided its secret is still the
/// one the code was checked against: a second "Set up" in another tab may have replaced it,
/// and a second confirmation racing this one must not replace the codes this one shows.
pub async fn confirm_authenticator(
    tx: &mut Tx,
    now: i64,
    user_id: i64,
    secret: &str,
    step: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE authenticator_apps SET last_used_step = $2, confirmed_at = $3 \
         WHERE user_id = $1 AND secret = $4 AND confirmed_at IS NULL AND last_used_step < $2",
    )
    .bind(user_id)
    .bind(step)
    .bind(now)
    .bind(secret)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Forgets every second factor of the person (app, passkeys, recovery codes): two-factor is
/// off for them. Whether there was an app or a passkey to forget.
pub async fn delete_second_factors(tx: &mut Tx, user_id: i64) -> Result<bool, sqlx::Error> {
    let mut forgotten = 0;
    for table in ["authenticator_apps", "passkeys", "recovery_codes"] {
        let done = sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
        if table != "recovery_codes" {
            forgotten += done.rows_affected();
        }
    }
    Ok(forgotten > 0)
}

/// Replaces the person's recovery codes with these (hashed) ones.
pub async fn replace_recovery_codes(
    tx: &mut Tx,
    now: i64,
    user_id: i64,
    code_hashes: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    for hash in code_hashes {
        sqlx::query(
            "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)",
        )
        .bind(user_id)
        .bind(hash)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Uses up one recovery code of the person; whether it was theirs and unused. One
/// conditional UPDATE, so a code works once even when two requests race with it.
pub async fn use_recovery_code(
    tx: &mut Tx,
    now: i64,
    user_id: i64,
    code_hash: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE recovery_codes SET used_at = $3 \
         WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
    )
    .bind(user_id)
    .bind(code_hash)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn unused_recovery_codes(pool: &AnyPool, user_id: i64) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(user_id)
    .fetch_one(pool)
    .await?;
    Ok(count)
}

/// How many second factors guard the sign-in of the person in `user_column`, as SQL: a
/// confirmed authenticator app and each passkey. The one definition every query uses.
pub fn second_factors_sql(user_column: &str) -> String {
    format!(
        "((SELECT COUNT(*) FROM authenticator_apps a \
           WHERE a.user_id = {user_column} AND a.confirmed_at IS NOT NULL) \
          + (SELECT COUNT(*) FROM passkeys k WHERE k.user_id = {user_column}))"
    )
}

/// Whether the person has a second factor that guards their sign-in.
pub async fn has_second_factor<'e>(
    executor: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<bool, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(&format!("SELECT {}", second_factors_sql("$1")))
        .bind(user_id)
        .fetch_one(executor)
        .await?;
    Ok(count > 0)
}

/// Whether a confirmed authenticator app guards the person's sign-in.
pub async fn has_authenticator(pool: &AnyPool, user_id: i64) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT user_id FROM authenticator_apps WHERE user_id = $1 AND confirmed_at IS NOT NULL",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// The workspace a sign-in without a password opens in: the oldest active membership of an
/// active account, as with a password.
pub async fn sign_in_workspace(pool: &AnyPool, user_id: i64) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT m.workspace_id FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.user_id = $1 AND m.removed_at IS NULL AND u.deactivated_at IS NULL \
         ORDER BY m.joined_at, m.id LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(id,)| id))
}

/// A half-done sign-in still inside its time.
#[derive(sqlx::FromRow)]
pub struct ChallengeRow {
    pub id: i64,
    pub user_id: i64,
    pub workspace_id: i64,
    pub email: String,
}

pub async fn insert_challenge(
    pool: &AnyPool,
    now: i64,
    expires_at: i64,
    token_hash: &str,
    user_id: i64,
    workspace_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sign_in_challenges (token_hash, user_id, workspace_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(workspace_id)
    .bind(now)
    .bind(expires_at)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn find_challenge(
    pool: &AnyPool,
    token_hash: &str,
    now: i64,
) -> Result<Option<ChallengeRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.user_id, c.workspace_id, u.email FROM sign_in_challenges c \
         JOIN users u ON u.id = c.user_id \
         WHERE c.token_hash = $1 AND c.expires_at > $2 AND u.deactivated_at IS NULL",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await
}

/// Ends a half-done sign-in, once it passed or failed too often; whether it was still there,
/// so two requests racing to finish one sign-in start one session.
pub async fn delete_challenge<'e>(
    executor: impl Executor<'e, Database = Any>,
    challenge_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sign_in_challenges WHERE id = $1")
        .bind(challenge_id)
        .execute(executor)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Counts a wrong code against a half-done sign-in; returns the failures so far.
pub async fn count_challenge_failure(
    pool: &AnyPool,
    challenge_id: i64,
) -> Result<i64, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "UPDATE sign_in_challenges SET failures = failures + 1 WHERE id = $1 RETURNING failures",
    )
    .bind(challenge_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map_or(i64::MAX, |(failures,)| failures))
}

/// Ends every half-done sign-in of a person: when their second factor changes, and when
/// their password does, since the password that started them may be the stolen one.
pub async fn delete_challenges_of(tx: &mut Tx, user_id: i64) -> Result<(), sqlx::Error> {
    // Their passkey ceremonies too: one started before the change must not finish after it.
    for table in ["sign_in_challenges", "passkey_ceremonies"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The names of the person's workspaces whose rules require a second factor of them. The
/// rule itself is [`TwoFactorRule::covers`], decided in one place.
pub async fn workspaces_requiring_second_factor<'e>(
    executor: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String, Role, TwoFactorRule)> = sqlx::query_as(
        "SELECT w.name, m.role, w.two_factor_required \
         FROM memberships m JOIN workspaces w ON w.id = m.workspace_id \
         WHERE m.user_id = $1 AND m.removed_at IS NULL ORDER BY w.name",
    )
    .bind(user_id)
    .fetch_all(executor)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|(_, role, rule)| rule.covers(*role))
        .map(|(name, ..)| name)
        .collect())
}

/// The workspaces the person is an active member of, for Activity entries about their
/// account that every one of their admins should see.
pub async fn workspaces_of_member(tx: &mut Tx, user_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT workspace_id FROM memberships WHERE user_id = $1 AND removed_at IS NULL \
         ORDER BY workspace_id",
    )
    .bind(user_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// Deletes half-done sign-ins past their time. Returns how many.
pub async fn purge_expired_challenges(pool: &AnyPool, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sign_in_challenges WHERE expires_at < $1")
        .bind(now)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
