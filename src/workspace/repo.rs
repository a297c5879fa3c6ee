//! SQL for workspaces and the one-time setup marker.

use crate::db::Tx;

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
