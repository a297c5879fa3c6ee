//! What tests and benchmarks may reach below the Users tab's search: a page read with a
//! plan of their choosing, and the statements a search ran with their values, so the
//! databases' plans can be shown for exactly those statements. The SQL builders stay
//! private to [`super::plan`].

pub use super::plan::{MatchPlan, Step, Traced};
use super::plan::{MemberRow, PageStart, Search};
use crate::db::Db;

/// [`super::list_members`] answered the `plan` way (`None`: the plan it picks itself), to
/// show that every plan gives the same pages.
pub async fn list_members_with_plan(
    db: &Db,
    workspace_id: i64,
    words: &[String],
    start: PageStart,
    limit: i64,
    plan: Option<MatchPlan>,
) -> Result<(Vec<MemberRow>, i64), sqlx::Error> {
    let search = Search::new(db, workspace_id, words, start, limit);
    search.run(plan, &mut None).await
}

/// The statements [`super::list_members`] runs for this search, in order, each with the
/// values it was bound to; with `plan`, the search is answered that way.
pub async fn statements_run(
    db: &Db,
    workspace_id: i64,
    words: &[String],
    start: PageStart,
    limit: i64,
    plan: Option<MatchPlan>,
) -> Result<Vec<Traced>, sqlx::Error> {
    let search = Search::new(db, workspace_id, words, start, limit);
    let mut statements = Vec::new();
    search.run(plan, &mut Some(&mut statements)).await?;
    Ok(statements)
}
