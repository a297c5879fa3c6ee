use crate::db::Tx;

/// One event to append to the activity log.
#[derive(Debug, Clone, Default)]
pub struct Entry<'a> {
    pub workspace_id: Option<i64>,
    pub actor_user_id: Option<i64>,
    /// A stable verb such as `workspace_created` or `member_removed`.
    pub action: &'a str,
    pub subject_user_id: Option<i64>,
    pub invitation_id: Option<i64>,
    pub detail: &'a str,
    pub ip: &'a str,
}

/// Appends `entry` inside `tx`, so the history records exactly the changes that commit.
pub async fn record(tx: &mut Tx, now: i64, entry: &Entry<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO activity_log (workspace_id, actor_user_id, action, subject_user_id, \
         invitation_id, detail, ip, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(entry.workspace_id)
    .bind(entry.actor_user_id)
    .bind(entry.action)
    .bind(entry.subject_user_id)
    .bind(entry.invitation_id)
    .bind(entry.detail)
    .bind(entry.ip)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
