//! SQL for API tokens. A token reaches the database only as its SHA-256.

use crate::auth::api_tokens::model::Access;
use crate::db::Tx;
use crate::policy::Role;
use crate::workspace::model::TwoFactorRule;
use sqlx::AnyPool;

/// A token about to be stored.
pub struct NewToken<'a> {
    pub workspace_id: i64,
    pub user_id: i64,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub access: Access,
    pub expires_at: i64,
}

pub async fn insert(tx: &mut Tx, now: i64, token: &NewToken<'_>) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO api_tokens (workspace_id, user_id, name, token_hash, access, created_at, \
         expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(token.workspace_id)
    .bind(token.user_id)
    .bind(token.name)
    .bind(token.token_hash)
    .bind(token.access)
    .bind(now)
    .bind(token.expires_at)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// How many tokens the person has in the workspace, expired ones included.
pub async fn count_of(tx: &mut Tx, workspace_id: i64, user_id: i64) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM api_tokens WHERE workspace_id = $1 AND user_id = $2")
            .bind(workspace_id)
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?;
    Ok(count)
}

#[derive(sqlx::FromRow)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub access: Access,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub expires_at: i64,
}

/// The person's tokens in the workspace, newest first.
pub async fn list_of(
    pool: &AnyPool,
    workspace_id: i64,
    user_id: i64,
) -> Result<Vec<TokenRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, access, created_at, last_used_at, expires_at FROM api_tokens \
         WHERE workspace_id = $1 AND user_id = $2 ORDER BY created_at DESC, id DESC",
    )
    .bind(workspace_id)
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// Deletes the person's token `id` in the workspace; its name when there was one.
pub async fn delete_of(
    tx: &mut Tx,
    workspace_id: i64,
    user_id: i64,
    id: i64,
) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "DELETE FROM api_tokens WHERE id = $1 AND workspace_id = $2 AND user_id = $3 \
         RETURNING name",
    )
    .bind(id)
    .bind(workspace_id)
    .bind(user_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(name,)| name))
}

/// Revokes every token the person made in the workspace: they left it.
pub async fn delete_in_workspace(
    tx: &mut Tx,
    workspace_id: i64,
    user_id: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM api_tokens WHERE workspace_id = $1 AND user_id = $2")
        .bind(workspace_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// Revokes every token of the account, in every workspace: its password was reset.
pub async fn delete_all_of(tx: &mut Tx, user_id: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// A token's caller: the token, its owner and, while they are still an active member of the
/// token's workspace, their role there, in one indexed lookup.
#[derive(sqlx::FromRow)]
pub struct CallerRow {
    pub id: i64,
    pub token_name: String,
    pub access: Access,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub workspace_id: i64,
    pub role: Option<Role>,
    pub workspace_name: String,
    pub workspace_timezone: String,
    pub two_factor_rule: TwoFactorRule,
    pub second_factors: i64,
    pub language: Option<String>,
    pub workspace_language: Option<String>,
}

pub async fn find_caller(
    pool: &AnyPool,
    token_hash: &str,
) -> Result<Option<CallerRow>, sqlx::Error> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT t.id, t.name AS token_name, t.access, t.expires_at, t.last_used_at, \
                    t.user_id, u.name, u.email, t.workspace_id, m.role, \
                    w.name AS workspace_name, w.timezone AS workspace_timezone, \
                    w.two_factor_required AS two_factor_rule, {} AS second_factors, \
                    u.language, w.language AS workspace_language \
             FROM api_tokens t JOIN users u ON u.id = t.user_id \
             JOIN workspaces w ON w.id = t.workspace_id \
             LEFT JOIN memberships m ON m.workspace_id = t.workspace_id \
                  AND m.user_id = t.user_id AND m.removed_at IS NULL \
             WHERE t.token_hash = $1 AND u.deactivated_at IS NULL",
            crate::auth::two_factor::repo::second_factors_sql("t.user_id")
        )
    });
    sqlx::query_as(SQL.as_str())
        .bind(token_hash)
        .fetch_optional(pool)
        .await
}

pub async fn touch(pool: &AnyPool, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}
