//! SQL for accounts and memberships.

use crate::db::Tx;
use crate::policy::Role;
use crate::users::email::Email;
use sqlx::AnyPool;

/// Creates an account. Fails with a unique violation on `users.email` when the address is
/// taken.
pub async fn insert_user(
    tx: &mut Tx,
    now: i64,
    email: &Email,
    name: &str,
    password_hash: &str,
) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO users (email, name, password_hash, created_at, password_changed_at) \
         VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(email.as_str())
    .bind(name)
    .bind(password_hash)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn find_user_id_by_email(tx: &mut Tx, email: &Email) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|(id,)| id))
}

/// Adds an active membership. Fails with a unique violation when the person is already an
/// active member of the workspace.
pub async fn insert_membership(
    tx: &mut Tx,
    now: i64,
    workspace_id: i64,
    user_id: i64,
    role: Role,
    invited_by: Option<i64>,
) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO memberships (workspace_id, user_id, role, joined_at, invited_by) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(workspace_id)
    .bind(user_id)
    .bind(role.as_str())
    .bind(now)
    .bind(invited_by)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Whether any account exists; while none does, the first-run setup is open.
pub async fn any_user_exists(pool: &AnyPool) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users LIMIT 1")
        .fetch_optional(pool)
        .await?;
    Ok(row.is_some())
}

/// The same check inside a transaction, where it sees the transaction's own writes.
pub async fn any_user_exists_in(tx: &mut Tx) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users LIMIT 1")
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.is_some())
}

/// The person's role in the workspace, or `None` when they are not an active member.
pub async fn active_role(
    tx: &mut Tx,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<Role>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2 AND removed_at IS NULL",
    )
    .bind(workspace_id)
    .bind(user_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.and_then(|(role,)| role.parse().ok()))
}

pub async fn set_role(
    tx: &mut Tx,
    workspace_id: i64,
    user_id: i64,
    role: Role,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE memberships SET role = $1 WHERE workspace_id = $2 AND user_id = $3 AND removed_at IS NULL",
    )
    .bind(role.as_str())
    .bind(workspace_id)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Whether an account uses `email`, outside any transaction.
pub async fn email_has_account(pool: &AnyPool, email: &Email) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(pool)
        .await?;
    Ok(row.is_some())
}

#[derive(sqlx::FromRow)]
pub struct MemberRow {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: String,
    pub joined_at: i64,
}

/// The active members of a workspace, by name.
pub async fn list_members(
    pool: &AnyPool,
    workspace_id: i64,
) -> Result<Vec<MemberRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, u.email, m.role, m.joined_at \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 AND m.removed_at IS NULL ORDER BY u.name, u.id",
    )
    .bind(workspace_id)
    .fetch_all(pool)
    .await
}

pub async fn name_of(tx: &mut Tx, user_id: i64) -> Result<String, sqlx::Error> {
    let (name,): (String,) = sqlx::query_as("SELECT name FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(name)
}

#[derive(sqlx::FromRow)]
pub struct MemberDetailRow {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: String,
    pub joined_at: i64,
    pub last_active: Option<i64>,
}

/// One active member of the workspace, with when any of their devices was last active.
pub async fn member_detail(
    pool: &AnyPool,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<MemberDetailRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, u.email, m.role, m.joined_at, \
                (SELECT MAX(s.last_seen_at) FROM sessions s WHERE s.user_id = u.id) AS last_active \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 AND m.user_id = $2 AND m.removed_at IS NULL",
    )
    .bind(workspace_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await
}

/// How many active admins the workspace has.
pub async fn admin_count(tx: &mut Tx, workspace_id: i64) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships WHERE workspace_id = $1 AND role = 'admin' AND removed_at IS NULL",
    )
    .bind(workspace_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(count)
}

/// Ends a membership; the account and its history stay.
pub async fn remove_membership(
    tx: &mut Tx,
    now: i64,
    workspace_id: i64,
    user_id: i64,
    removed_by: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE memberships SET removed_at = $1, removed_by = $2 \
         WHERE workspace_id = $3 AND user_id = $4 AND removed_at IS NULL",
    )
    .bind(now)
    .bind(removed_by)
    .bind(workspace_id)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
