//! SQL for accounts and memberships.

use crate::db::Tx;
use crate::db::statement::{Statement, Values};
use crate::policy::Role;
use crate::users::email::Email;
use crate::users::search::index;
use crate::users::search::words::Findable;
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

/// The account using `email`, in a transaction (`&mut *tx`) or outside one (a pool).
pub async fn find_user_id_by_email<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    email: &Email,
) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(executor)
        .await?;
    Ok(row.map(|(id,)| id))
}

/// Adds an active membership and makes the person findable in the workspace's search. Fails
/// with a unique violation when the person is already an active member of the workspace.
pub async fn insert_membership(
    tx: &mut Tx,
    now: i64,
    workspace_id: i64,
    user_id: i64,
    role: Role,
    invited_by: Option<i64>,
) -> Result<i64, sqlx::Error> {
    let (name, email): (String, String) =
        sqlx::query_as("SELECT name, email FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?;
    let findable = Findable::new(&name, &email);
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO memberships (workspace_id, user_id, role, joined_at, invited_by, sort_key) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(workspace_id)
    .bind(user_id)
    .bind(role)
    .bind(now)
    .bind(invited_by)
    .bind(&findable.sort_key)
    .fetch_one(&mut **tx)
    .await?;
    index::add(tx, workspace_id, &[(user_id, findable)]).await?;
    Ok(id)
}

/// Whether any account exists; while none does, the first-run setup is open. Given a
/// transaction (`&mut *tx`), it sees that transaction's own writes.
pub async fn any_user_exists<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM users LIMIT 1")
        .fetch_optional(executor)
        .await?;
    Ok(row.is_some())
}

/// The person's role in the workspace, or `None` when they are not an active member.
pub async fn active_role(
    tx: &mut Tx,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<Role>, sqlx::Error> {
    let row: Option<(Role,)> = sqlx::query_as(
        "SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2 AND removed_at IS NULL",
    )
    .bind(workspace_id)
    .bind(user_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(role,)| role))
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
    .bind(role)
    .bind(workspace_id)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
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
    pub role: Role,
    pub joined_at: i64,
    pub last_active: Option<i64>,
    pub second_factors: i64,
}

/// One active member of the workspace, with when any of their devices was last active.
pub async fn member_detail(
    pool: &AnyPool,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<MemberDetailRow>, sqlx::Error> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT u.id AS user_id, u.name, u.email, m.role, m.joined_at, \
                    m.last_active_at AS last_active, {} AS second_factors \
             FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.workspace_id = $1 AND m.user_id = $2 AND m.removed_at IS NULL",
            crate::auth::two_factor::repo::second_factors_sql("u.id")
        )
    });
    sqlx::query_as(SQL.as_str())
        .bind(workspace_id)
        .bind(user_id)
        .fetch_optional(pool)
        .await
}

/// Records that every session of the member that started before `now` is signed out of the
/// workspace.
pub async fn mark_sessions_ended(
    tx: &mut Tx,
    workspace_id: i64,
    user_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE memberships SET sessions_ended_at = $1 \
         WHERE workspace_id = $2 AND user_id = $3 AND removed_at IS NULL",
    )
    .bind(now)
    .bind(workspace_id)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// How many memberships the workspace has had, removed ones included.
pub async fn memberships_ever(pool: &AnyPool, workspace_id: i64) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM memberships WHERE workspace_id = $1")
            .bind(workspace_id)
            .fetch_one(pool)
            .await?;
    Ok(count)
}

/// The name of someone who is or was a member of the workspace; `None` for anyone else, so
/// an admin learns no names from other workspaces.
pub async fn name_of_member_or_former_member(
    pool: &AnyPool,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT u.name FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 AND m.user_id = $2",
    )
    .bind(workspace_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(name,)| name))
}

/// How many active admins the workspace has.
pub async fn admin_count<'c>(
    db: impl sqlx::Executor<'c, Database = sqlx::Any>,
    workspace_id: i64,
) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships WHERE workspace_id = $1 AND role = 'admin' AND removed_at IS NULL",
    )
    .bind(workspace_id)
    .fetch_one(db)
    .await?;
    Ok(count)
}

/// Ends a membership and takes the person out of the workspace's search; the account and
/// its history stay.
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
    index::remove(tx, workspace_id, user_id).await
}

/// A person to add in bulk; see [`insert_members_bulk`].
pub struct NewMember {
    pub email: String,
    pub name: String,
    pub role: Role,
}

/// People per INSERT in bulk loads; well under SQLite's limit of bound values.
const MEMBERS_PER_INSERT: usize = 200;

/// Creates accounts sharing one password hash and makes them members of a workspace, many
/// rows per statement. Addresses that already have an account are skipped. For loading demo
/// and benchmark data; people who join for real go through invitations.
pub async fn insert_members_bulk(
    tx: &mut Tx,
    now: i64,
    workspace_id: i64,
    password_hash: &str,
    members: &[NewMember],
) -> Result<usize, sqlx::Error> {
    let mut added = 0;
    for chunk in members.chunks(MEMBERS_PER_INSERT) {
        let mut values = Values::default();
        let (hash, created_at) = (values.add(password_hash), values.add(now));
        let rows: Vec<String> = chunk
            .iter()
            .map(|member| {
                let email = values.add(member.email.as_str());
                let name = values.add(member.name.as_str());
                format!("({email}, {name}, {hash}, {created_at}, {created_at})")
            })
            .collect();
        let insert_users = Statement::new(
            format!(
                "INSERT INTO users (email, name, password_hash, created_at, password_changed_at) \
                 VALUES {} ON CONFLICT (email) DO NOTHING RETURNING id, email",
                rows.join(", ")
            ),
            values,
        );
        let created: std::collections::HashMap<String, i64> = insert_users
            .query_as::<(i64, String)>()
            .fetch_all(&mut **tx)
            .await?
            .into_iter()
            .map(|(id, email)| (email, id))
            .collect();
        let joining: Vec<(i64, Findable, &NewMember)> = chunk
            .iter()
            .filter_map(|member| {
                let findable = Findable::new(&member.name, &member.email);
                created.get(&member.email).map(|id| (*id, findable, member))
            })
            .collect();
        if joining.is_empty() {
            continue;
        }
        let mut values = Values::default();
        let (workspace, joined_at) = (values.add(workspace_id), values.add(now));
        let rows: Vec<String> = joining
            .iter()
            .map(|(user_id, findable, member)| {
                let user = values.add(*user_id);
                let role = values.add(member.role.as_str());
                let sort_key = values.add(findable.sort_key.as_str());
                format!("({workspace}, {user}, {role}, {joined_at}, {sort_key})")
            })
            .collect();
        let insert_memberships = Statement::new(
            format!(
                "INSERT INTO memberships (workspace_id, user_id, role, joined_at, sort_key) \
                 VALUES {}",
                rows.join(", ")
            ),
            values,
        );
        insert_memberships.query().execute(&mut **tx).await?;
        let findables: Vec<(i64, Findable)> = joining
            .into_iter()
            .map(|(user_id, findable, _)| (user_id, findable))
            .collect();
        index::add(tx, workspace_id, &findables).await?;
        added += findables.len();
    }
    Ok(added)
}
