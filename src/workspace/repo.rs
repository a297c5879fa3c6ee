//! SQL for workspaces and the one-time setup marker.

use crate::db::Tx;
use crate::policy::Role;
use crate::workspace::model::TwoFactorRule;
use sqlx::AnyPool;

/// Creates a workspace. Fails with a unique violation on `workspaces.name` when taken.
pub async fn insert_workspace(tx: &mut Tx, now: i64, name: &str) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) =
        sqlx::query_as("INSERT INTO workspaces (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(now)
            .fetch_one(&mut **tx)
            .await?;
    Ok(id)
}

pub async fn find_workspace_id_by_name(
    tx: &mut Tx,
    name: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM workspaces WHERE name = $1")
        .bind(name)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|(id,)| id))
}

/// Marks the first-run setup as done. Returns false when it already was: the single-row
/// table's primary key makes two racing setups end with exactly one winner.
pub async fn claim_first_run(tx: &mut Tx, now: i64) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "INSERT INTO instance_setup (id, completed_at) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
    )
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(result.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
pub struct SettingsRow {
    pub name: String,
    pub language: String,
    pub timezone: String,
    #[sqlx(rename = "two_factor_required")]
    pub two_factor_rule: TwoFactorRule,
}

pub async fn settings(
    pool: &AnyPool,
    workspace_id: i64,
) -> Result<Option<SettingsRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT name, language, timezone, two_factor_required FROM workspaces WHERE id = $1",
    )
    .bind(workspace_id)
    .fetch_optional(pool)
    .await
}

/// What saving the settings writes; a `None` rule keeps the stored one.
pub struct SettingsChange {
    pub name: String,
    pub language: String,
    pub timezone: String,
    pub two_factor_rule: Option<TwoFactorRule>,
}

/// Fails with a unique violation on `workspaces.name` when another workspace has the name.
pub async fn update_settings(
    tx: &mut Tx,
    workspace_id: i64,
    settings: &SettingsChange,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE workspaces SET name = $1, language = $2, timezone = $3, \
             two_factor_required = COALESCE($4, two_factor_required) \
         WHERE id = $5",
    )
    .bind(&settings.name)
    .bind(&settings.language)
    .bind(&settings.timezone)
    .bind(settings.two_factor_rule)
    .bind(workspace_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The workspaces `user_id` is an active member of, by name.
/// Whether a session of `user_id` that started at `session_started_at` may work in the
/// workspace: they are an active member, and no admin signed them out of it since (in the
/// same second counts as since: a second is the clock's grain).
pub async fn session_may_enter(
    pool: &AnyPool,
    workspace_id: i64,
    user_id: i64,
    session_started_at: i64,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT workspace_id FROM memberships \
         WHERE workspace_id = $1 AND user_id = $2 AND removed_at IS NULL \
           AND (sessions_ended_at IS NULL OR sessions_ended_at < $3)",
    )
    .bind(workspace_id)
    .bind(user_id)
    .bind(session_started_at)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// The workspaces `user_id` belongs to, with their role in each, by name.
pub async fn workspaces_of(
    pool: &AnyPool,
    user_id: i64,
) -> Result<Vec<(i64, String, Role)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT w.id, w.name, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id \
         WHERE m.user_id = $1 AND m.removed_at IS NULL ORDER BY w.name",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// How many active members the workspace has in each role (roles without any are left out).
pub async fn role_counts(
    pool: &AnyPool,
    workspace_id: i64,
) -> Result<Vec<(Role, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT role, COUNT(*) FROM memberships WHERE workspace_id = $1 AND removed_at IS NULL \
         GROUP BY role",
    )
    .bind(workspace_id)
    .fetch_all(pool)
    .await
}

/// The names of up to `limit` of the workspace's admins, by name.
pub async fn admin_names(
    pool: &AnyPool,
    workspace_id: i64,
    limit: i64,
) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT u.name FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 AND m.role = 'admin' AND m.removed_at IS NULL \
         ORDER BY LOWER(u.name), u.id LIMIT $2",
    )
    .bind(workspace_id)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(name,)| name).collect())
}
