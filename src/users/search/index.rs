//! The search index (`search_terms`): one row per word a member can be found by, written
//! when they join, taken out when they leave, and completed at start-up for data written by
//! older versions.

use super::words::{self, Findable};
use crate::db::statement::{Statement, Values};
use crate::db::{Db, LockedTable, Tx};

/// Rows per INSERT when writing search terms; well under SQLite's limit of bound values.
const TERMS_PER_INSERT: usize = 300;

/// One row of the search index.
struct TermRow<'a> {
    workspace_id: i64,
    user_id: i64,
    term: &'a str,
    sort_key: &'a str,
    shared_prefix_chars: i64,
}

/// Makes members findable by their words. Used for one person at a time and for bulk loads.
pub async fn add(
    tx: &mut Tx,
    workspace_id: i64,
    members: &[(i64, Findable)],
) -> Result<(), sqlx::Error> {
    let rows: Vec<TermRow> = members
        .iter()
        .flat_map(|(user_id, findable)| {
            findable
                .terms_with_shared_prefix()
                .map(move |(term, shared_prefix_chars)| TermRow {
                    workspace_id,
                    user_id: *user_id,
                    term,
                    sort_key: &findable.sort_key,
                    shared_prefix_chars,
                })
        })
        .collect();
    insert_rows(tx, &rows).await
}

/// Takes a member out of the workspace's search.
pub async fn remove(tx: &mut Tx, workspace_id: i64, user_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM search_terms WHERE workspace_id = $1 AND user_id = $2")
        .bind(workspace_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn insert_rows(tx: &mut Tx, rows: &[TermRow<'_>]) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(TERMS_PER_INSERT) {
        let mut values = Values::default();
        let rows: Vec<String> = chunk
            .iter()
            .map(|row| {
                format!(
                    "({}, {}, {}, {}, {})",
                    values.add(row.workspace_id),
                    values.add(row.term),
                    values.add(row.user_id),
                    values.add(row.sort_key),
                    values.add(row.shared_prefix_chars)
                )
            })
            .collect();
        let insert = Statement::new(
            format!(
                "INSERT INTO search_terms \
                 (workspace_id, term, user_id, sort_key, shared_prefix_chars) VALUES {}",
                rows.join(", ")
            ),
            values,
        );
        insert.query().execute(&mut **tx).await?;
    }
    Ok(())
}

/// What [`complete`] brought up to date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Completed {
    /// Memberships given their sort key and search terms (written before migration 0002).
    pub memberships: usize,
    /// Search terms given their shared prefix (written before migration 0004).
    pub terms: usize,
}

/// Brings search data written by older versions up to date, before anyone is served. Safe
/// to run from several instances started together: one does the work, the others find
/// nothing left.
pub async fn complete(db: &Db) -> Result<Completed, sqlx::Error> {
    let memberships = complete_memberships(db).await?;
    let terms = complete_shared_prefixes(db).await?;
    Ok(Completed { memberships, terms })
}

/// Fills in the sort key and search terms of memberships made before search existed
/// (migration 0002 adds the columns; only Rust lower-cases every alphabet alike).
async fn complete_memberships(db: &Db) -> Result<usize, sqlx::Error> {
    let rows: Vec<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT m.workspace_id, m.user_id, u.name, u.email \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.removed_at IS NULL AND m.sort_key = ''",
    )
    .fetch_all(db.pool())
    .await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    for (workspace_id, user_id, name, email) in &rows {
        let findable = Findable::new(name, email);
        sqlx::query(
            "UPDATE memberships SET sort_key = $1 \
             WHERE workspace_id = $2 AND user_id = $3 AND removed_at IS NULL",
        )
        .bind(&findable.sort_key)
        .bind(workspace_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        remove(&mut tx, *workspace_id, *user_id).await?;
        add(&mut tx, *workspace_id, &[(*user_id, findable)]).await?;
    }
    tx.commit().await?;
    Ok(rows.len())
}

/// Fills in `shared_prefix_chars` for search terms written before migration 0004, in one
/// transaction: the rows are read in index order, so each member's terms come together and
/// in order, then written again complete. Returns how many rows it filled in.
async fn complete_shared_prefixes(db: &Db) -> Result<usize, sqlx::Error> {
    let incomplete: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM search_terms WHERE shared_prefix_chars IS NULL LIMIT 1")
            .fetch_optional(db.pool())
            .await?;
    if incomplete.is_none() {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    // Instances upgraded together must not both rewrite the same rows: the second waits,
    // then finds nothing left to do.
    db.lock_table(&mut tx, LockedTable::SearchTerms).await?;
    let old: Vec<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT workspace_id, user_id, term, sort_key FROM search_terms \
         WHERE shared_prefix_chars IS NULL ORDER BY workspace_id, user_id, term",
    )
    .fetch_all(&mut *tx)
    .await?;
    if old.is_empty() {
        return Ok(0);
    }
    let mut rows = Vec::with_capacity(old.len());
    let mut previous: Option<&(i64, i64, String, String)> = None;
    for row in &old {
        let (workspace_id, user_id, term, sort_key) = row;
        let same_member = previous.is_some_and(|p| (p.0, p.1) == (*workspace_id, *user_id));
        let before = previous
            .filter(|_| same_member)
            .map_or("", |p| p.2.as_str());
        rows.push(TermRow {
            workspace_id: *workspace_id,
            user_id: *user_id,
            term,
            sort_key,
            shared_prefix_chars: words::shared_prefix_chars(before, term),
        });
        previous = Some(row);
    }
    sqlx::query("DELETE FROM search_terms WHERE shared_prefix_chars IS NULL")
        .execute(&mut *tx)
        .await?;
    insert_rows(&mut tx, &rows).await?;
    tx.commit().await?;
    Ok(rows.len())
}
