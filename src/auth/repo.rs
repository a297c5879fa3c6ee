//! SQL for credentials, sessions and password resets. Tokens only ever reach the database
//! as their SHA-256, so a copy of the database opens no session and resets no password.

use crate::db::Tx;
use crate::policy::Role;
use crate::workspace::model::TwoFactorRule;
use sqlx::{Any, AnyPool, Executor};

/// A session row joined with its person and, when still a member, the workspace and role.
#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub id: i64,
    pub user_id: i64,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub workspace_id: Option<i64>,
    pub name: String,
    pub email: String,
    pub role: Option<Role>,
    pub workspace_name: Option<String>,
    pub workspace_timezone: Option<String>,
    pub workspace_count: i64,
    pub two_factor_rule: Option<TwoFactorRule>,
    /// Second factors guarding the person's sign-in (an app, passkeys).
    pub second_factors: i64,
    /// The language the person chose, if they did.
    pub language: Option<String>,
    pub workspace_language: Option<String>,
}

/// One signed-in device as listed on "Your sessions".
#[derive(sqlx::FromRow)]
pub struct DeviceRow {
    pub id: i64,
    pub user_agent: String,
    pub ip: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// The id and password hash of the active account with this (normalised) email.
pub async fn credentials_by_email(
    pool: &AnyPool,
    email: &str,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, password_hash FROM users WHERE email = $1 AND deactivated_at IS NULL",
    )
    .bind(email)
    .fetch_optional(pool)
    .await
}

/// What signing in needs about an email.
#[derive(sqlx::FromRow)]
pub struct SignInCandidate {
    pub id: i64,
    pub password_hash: String,
    /// The workspace a new session opens in: the oldest active membership.
    pub workspace_id: Option<i64>,
    /// Second factors guarding the sign-in; more than 0 asks for one after the password.
    pub second_factors: i64,
}

/// What signing in needs about an email, in one query, so that a known email costs the
/// same database work as an unknown one.
pub async fn sign_in_candidate(
    pool: &AnyPool,
    email: &str,
) -> Result<Option<SignInCandidate>, sqlx::Error> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT u.id, u.password_hash, \
                    (SELECT m.workspace_id FROM memberships m \
                     WHERE m.user_id = u.id AND m.removed_at IS NULL \
                     ORDER BY m.joined_at, m.id LIMIT 1) AS workspace_id, \
                    {} AS second_factors \
             FROM users u WHERE u.email = $1 AND u.deactivated_at IS NULL",
            crate::auth::two_factor::repo::second_factors_sql("u.id")
        )
    });
    sqlx::query_as(SQL.as_str())
        .bind(email)
        .fetch_optional(pool)
        .await
}

/// Where mail about an account goes, and the language the person chose, if they did.
#[derive(sqlx::FromRow)]
pub struct Addressee {
    pub id: i64,
    pub email: String,
    pub language: Option<String>,
}

/// The account's address, for mail about the account itself.
pub async fn addressee<'e>(
    executor: impl Executor<'e, Database = Any>,
    user_id: i64,
) -> Result<Option<Addressee>, sqlx::Error> {
    sqlx::query_as("SELECT id, email, language FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(executor)
        .await
}

/// The active account with this (normalised) email, for mail to it.
pub async fn active_addressee(
    pool: &AnyPool,
    email: &str,
) -> Result<Option<Addressee>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, email, language FROM users WHERE email = $1 AND deactivated_at IS NULL",
    )
    .bind(email)
    .fetch_optional(pool)
    .await
}

pub async fn password_hash(pool: &AnyPool, user_id: i64) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(hash,)| hash))
}

/// The language the person chose for Roster; `None` lets their browser decide again.
pub async fn set_language(
    pool: &AnyPool,
    user_id: i64,
    language: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(language)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn set_password_hash(
    tx: &mut Tx,
    now: i64,
    user_id: i64,
    hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1, password_changed_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn find_session(
    pool: &AnyPool,
    token_hash: &str,
) -> Result<Option<SessionRow>, sqlx::Error> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT s.id, s.user_id, s.created_at, s.last_seen_at, s.workspace_id, u.name, u.email, \
                m.role, w.name AS workspace_name, w.timezone AS workspace_timezone, \
                (SELECT COUNT(*) FROM memberships mine \
                 WHERE mine.user_id = s.user_id AND mine.removed_at IS NULL) AS workspace_count, \
                w.two_factor_required AS two_factor_rule, {} AS second_factors, \
                u.language, w.language AS workspace_language \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         LEFT JOIN memberships m ON m.workspace_id = s.workspace_id AND m.user_id = s.user_id \
              AND m.removed_at IS NULL \
         LEFT JOIN workspaces w ON w.id = m.workspace_id \
         WHERE s.token_hash = $1 AND u.deactivated_at IS NULL",
            crate::auth::two_factor::repo::second_factors_sql("s.user_id")
        )
    });
    sqlx::query_as(SQL.as_str())
        .bind(token_hash)
        .fetch_optional(pool)
        .await
}

pub async fn touch_session(pool: &AnyPool, session_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
        .bind(now)
        .bind(session_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Records that the person used the workspace now, for the Users tab's "Last active"; kept on
/// the membership because sessions end and are deleted.
pub async fn mark_member_active<'e>(
    executor: impl Executor<'e, Database = Any>,
    now: i64,
    workspace_id: i64,
    user_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE memberships SET last_active_at = $1 \
         WHERE workspace_id = $2 AND user_id = $3 AND removed_at IS NULL",
    )
    .bind(now)
    .bind(workspace_id)
    .bind(user_id)
    .execute(executor)
    .await?;
    Ok(())
}

/// What a new session row records about the device that signed in.
pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub user_id: i64,
    pub workspace_id: Option<i64>,
    pub user_agent: &'a str,
    pub ip: &'a str,
}

pub async fn insert_session(
    tx: &mut Tx,
    now: i64,
    session: &NewSession<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, workspace_id, user_agent, ip, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(session.token_hash)
    .bind(session.user_id)
    .bind(session.workspace_id)
    .bind(session.user_agent)
    .bind(session.ip)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn delete_session<'e>(
    executor: impl Executor<'e, Database = Any>,
    session_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id = $1")
        .bind(session_id)
        .execute(executor)
        .await?;
    Ok(())
}

/// Ends the session with this token; returns whose it was.
pub async fn delete_session_by_token(
    pool: &AnyPool,
    token_hash: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> =
        sqlx::query_as("DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id")
            .bind(token_hash)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(user_id,)| user_id))
}

/// Ends one of `user_id`'s sessions; the owner check is in the statement, so nobody can end
/// someone else's session by guessing its id. Returns whether a session ended.
pub async fn delete_own_session(
    pool: &AnyPool,
    user_id: i64,
    session_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE id = $1 AND user_id = $2")
        .bind(session_id)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Ends every session of `user_id` except `keep_session_id` (all of them when `None`).
/// Returns how many ended.
pub async fn delete_sessions_except<'e>(
    executor: impl Executor<'e, Database = Any>,
    user_id: i64,
    keep_session_id: Option<i64>,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep_session_id.unwrap_or(-1))
        .execute(executor)
        .await?;
    Ok(done.rows_affected())
}

/// Moves a session to another workspace of its person; the caller has checked membership.
pub async fn set_session_workspace(
    pool: &AnyPool,
    session_id: i64,
    workspace_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET workspace_id = $1 WHERE id = $2")
        .bind(workspace_id)
        .bind(session_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Ends the person's sessions that are open in one workspace, e.g. when they are removed
/// from it.
pub async fn delete_sessions_in_workspace(
    tx: &mut Tx,
    user_id: i64,
    workspace_id: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND workspace_id = $2")
        .bind(user_id)
        .bind(workspace_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// The person's sessions, most recently active first.
pub async fn list_sessions(pool: &AnyPool, user_id: i64) -> Result<Vec<DeviceRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, user_agent, ip, created_at, last_seen_at FROM sessions \
         WHERE user_id = $1 ORDER BY last_seen_at DESC, id DESC",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

pub async fn insert_password_reset(
    tx: &mut Tx,
    now: i64,
    expires_at: i64,
    user_id: i64,
    token_hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(user_id)
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Whether a reset link can still be used, without using it.
pub async fn password_reset_usable(
    pool: &AnyPool,
    token_hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT r.id FROM password_resets r JOIN users u ON u.id = r.user_id \
         WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 \
           AND u.deactivated_at IS NULL",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// Marks a reset link used and returns its account. One conditional UPDATE, so of two
/// requests racing with the same link exactly one gets the account.
pub async fn claim_password_reset(
    tx: &mut Tx,
    token_hash: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "UPDATE password_resets SET used_at = $2 \
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
           AND user_id IN (SELECT id FROM users WHERE deactivated_at IS NULL) \
         RETURNING user_id",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(id,)| id))
}

/// Kills the person's unused reset links: once one has been used, and whenever the password
/// changes, since a link asked for earlier would undo the change.
pub async fn retire_password_resets(
    tx: &mut Tx,
    user_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Deletes sessions past their idle or absolute limit: they can never be used again, and
/// their rows only say where someone once signed in. Returns how many.
pub async fn purge_expired_sessions(
    pool: &AnyPool,
    idle_before: i64,
    created_before: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(idle_before)
        .bind(created_before)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// Deletes reset links that were used or expired before `before`. Returns how many.
pub async fn purge_dead_password_resets(pool: &AnyPool, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM password_resets WHERE expires_at < $1 OR (used_at IS NOT NULL AND used_at < $1)",
    )
    .bind(before)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
