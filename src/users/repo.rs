//! SQL for accounts and memberships.

use crate::db::{Db, LockedTable, Tx};
use crate::policy::Role;
use crate::users::email::Email;
use crate::users::search::{self, Findable};
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
    insert_search_terms(tx, workspace_id, &[(user_id, findable)]).await?;
    Ok(id)
}

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
pub async fn insert_search_terms(
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
    insert_term_rows(tx, &rows).await
}

async fn insert_term_rows(tx: &mut Tx, rows: &[TermRow<'_>]) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(TERMS_PER_INSERT) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                let first = 5 * i + 1;
                format!(
                    "(${first}, ${}, ${}, ${}, ${})",
                    first + 1,
                    first + 2,
                    first + 3,
                    first + 4
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO search_terms (workspace_id, term, user_id, sort_key, shared_prefix_chars) \
             VALUES {}",
            values.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for row in chunk {
            query = query
                .bind(row.workspace_id)
                .bind(row.term)
                .bind(row.user_id)
                .bind(row.sort_key)
                .bind(row.shared_prefix_chars);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Fills in `shared_prefix_chars` for search terms written before migration 0004, in one
/// transaction: the rows are read in index order, so each member's terms come together and
/// in order, then written again complete. Returns how many rows it filled in.
pub async fn backfill_shared_prefixes(db: &Db) -> Result<usize, sqlx::Error> {
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
            shared_prefix_chars: search::shared_prefix_chars(before, term),
        });
        previous = Some(row);
    }
    sqlx::query("DELETE FROM search_terms WHERE shared_prefix_chars IS NULL")
        .execute(&mut *tx)
        .await?;
    insert_term_rows(&mut tx, &rows).await?;
    tx.commit().await?;
    Ok(rows.len())
}

/// Fills in the sort key and search terms of memberships made before search existed
/// (migration 0002 adds the columns; only Rust lower-cases every alphabet alike).
pub async fn backfill_search(db: &Db) -> Result<usize, sqlx::Error> {
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
        sqlx::query("DELETE FROM search_terms WHERE workspace_id = $1 AND user_id = $2")
            .bind(workspace_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        insert_search_terms(&mut tx, *workspace_id, &[(*user_id, findable)]).await?;
    }
    tx.commit().await?;
    Ok(rows.len())
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

#[derive(sqlx::FromRow)]
pub struct MemberRow {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub joined_at: i64,
    pub last_active_at: Option<i64>,
    /// Pending invitations the member sent (only admins can have any).
    pub pending_invitations: i64,
    /// How many members match in all, where the page's statement counts them too.
    #[sqlx(default)]
    pub total: Option<i64>,
}

/// Where a page of members starts: after or before a member, in name order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageStart {
    First,
    After(i64),
    Before(i64),
}

/// How a page of search results is found; both give the same rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchPlan {
    /// Sort the matches by name straight from the search index (which carries each member's
    /// sort key), then read the page's 50 memberships: cheap while matches are few.
    SortMatches,
    /// Walk the members in name order and keep those that match: cheap when matches are
    /// many, as the page fills after a few hundred members, while sorting them all is not.
    WalkNameOrder,
    /// Read each term the first word covers in name order (an index holds every term's
    /// members that way), a page's worth per term, and merge them: cheap while the word
    /// covers few distinct terms, however many members share them.
    MergeTerms,
}

/// A one-word search covering at most this many distinct terms is answered by
/// [`MatchPlan::MergeTerms`], which reads up to a page per term.
pub const MERGE_TERMS_UP_TO: usize = 16;

/// Up to this many matches, [`MatchPlan::SortMatches`]; past it, [`MatchPlan::WalkNameOrder`].
/// At 5,000 of 100,000 members either plan reads about as many index entries.
pub const SORT_MATCHES_UP_TO: i64 = 5_000;

impl MatchPlan {
    pub fn for_matches(total: i64) -> Self {
        if total <= SORT_MATCHES_UP_TO {
            Self::SortMatches
        } else {
            Self::WalkNameOrder
        }
    }
}

/// The number of the parameter holding the first word's length in characters, which picks
/// one term row per member (see [`search::shared_prefix_chars`]); it follows the workspace
/// and the words' ranges.
fn word_chars_param(word_count: usize) -> usize {
    2 + 2 * word_count
}

/// The number of the page's cursor parameter, after every parameter of the count.
fn cursor_param(word_count: usize) -> usize {
    if word_count == 0 {
        2
    } else {
        word_chars_param(word_count) + 1
    }
}

/// The search index rows `t` that stand for the members matching every word, one row per
/// member: the first word's range, keeping one term per member, then the other words as
/// filters. Parameters: `$1` the workspace, then a low and high bound per word, then the
/// first word's length.
fn matches_where(word_count: usize) -> String {
    format!(
        "{} AND t.shared_prefix_chars < ${}{}",
        word_range("t", 0),
        word_chars_param(word_count),
        other_words_filter(word_count)
    )
}

/// Keeps the search index rows `t` of members whom every word after the first also finds.
fn other_words_filter(word_count: usize) -> String {
    (1..word_count)
        .map(|word| {
            format!(
                " AND t.user_id IN (SELECT o.user_id FROM search_terms o WHERE {})",
                word_range("o", word)
            )
        })
        .collect()
}

/// The condition that the search term row `alias` falls in word number `word`'s range.
fn word_range(alias: &str, word: usize) -> String {
    let low = 2 + 2 * word;
    format!(
        "{alias}.workspace_id = $1 AND {alias}.term >= ${low} AND {alias}.term < ${}",
        low + 1
    )
}

/// How many members of `$1` match (all of them without words). Public, as is
/// [`member_page_sql`], so the tests can show the databases' plans for exactly these statements.
pub fn member_count_sql(word_count: usize) -> String {
    if word_count == 0 {
        // Kept by triggers on memberships (migration 0009).
        "SELECT w.member_count FROM workspaces w WHERE w.id = $1".to_owned()
    } else if word_count == 1 {
        // One row per distinct term and shared-prefix length the word covers, kept by
        // triggers (migration 0006): "tanaka" sums one row where its 3,330 matches are.
        "SELECT CAST(COALESCE(SUM(tc.members), 0) AS BIGINT) FROM search_term_counts tc \
         WHERE tc.workspace_id = $1 AND tc.term >= $2 AND tc.term < $3 \
           AND tc.shared_prefix_chars < $4"
            .to_owned()
    } else {
        // search_terms holds active members only (removal deletes their terms), so counting
        // matches needs no visit to memberships, and one row per member needs no DISTINCT.
        format!(
            "SELECT COUNT(*) FROM search_terms t WHERE {}",
            matches_where(word_count)
        )
    }
}

/// Up to `limit` distinct search terms that `$2..$3` covers in workspace `$1`, in term order:
/// each found by one index seek past the one before, so a word covering thousands of terms
/// costs `limit` seeks to recognise.
pub const DISTINCT_TERMS_SQL: &str = "WITH RECURSIVE found (term, n) AS ( \
       SELECT (SELECT t.term FROM search_terms t \
               WHERE t.workspace_id = $1 AND t.term >= $2 AND t.term < $3 ORDER BY t.term LIMIT 1), 1 \
       UNION ALL \
       SELECT (SELECT t.term FROM search_terms t \
               WHERE t.workspace_id = $1 AND t.term > f.term AND t.term < $3 ORDER BY t.term LIMIT 1), \
              f.n + 1 \
       FROM found f WHERE f.term IS NOT NULL AND f.n < $4) \
     SELECT term FROM found WHERE term IS NOT NULL";

/// The sort-key order of a page and the keyset condition that starts it after or before the
/// cursor member, whose id is parameter `cursor_param`.
struct PageOrder {
    order: &'static str,
    compare: Option<&'static str>,
    cursor_param: usize,
}

impl PageOrder {
    fn new(start: PageStart, cursor_param: usize) -> Self {
        let (compare, order) = match start {
            PageStart::First => (None, "ASC"),
            PageStart::After(_) => (Some(">"), "ASC"),
            PageStart::Before(_) => (Some("<"), "DESC"),
        };
        Self {
            order,
            compare,
            cursor_param,
        }
    }

    /// The keyset condition on the rows of `alias` (empty for a first page).
    fn keyset(&self, alias: &str) -> String {
        let cursor_param = self.cursor_param;
        self.compare
            .map(|op| {
                format!(
                    " AND ({alias}.sort_key, {alias}.user_id) {op} \
                     ((SELECT c.sort_key FROM memberships c \
                       WHERE c.workspace_id = $1 AND c.user_id = ${cursor_param} \
                       ORDER BY c.id DESC LIMIT 1), ${cursor_param})"
                )
            })
            .unwrap_or_default()
    }
}

/// The columns every page adds after the member's own: the pending invitations an admin on
/// the page sent (read only for admins, by an index on the sender), and, with `total`, the
/// count of all matches, so one statement answers both.
fn page_extras(role: &str, member: &str, total: Option<&str>) -> String {
    let total = total
        .map(|count| format!(", ({count}) AS total"))
        .unwrap_or_default();
    format!(
        ", CASE WHEN {role} = 'admin' THEN (SELECT COUNT(*) FROM invitations i \
             WHERE i.workspace_id = $1 AND i.invited_by = {member} AND i.status = 'pending') \
           ELSE 0 END AS pending_invitations{total}"
    )
}

/// One page of members found the [`MatchPlan::MergeTerms`] way, for `term_count` terms of the
/// first word. Parameters: as [`member_count_sql`], then the cursor's member id (bound even
/// for a first page, where nothing reads it), then the terms.
pub fn member_merge_page_sql(
    word_count: usize,
    term_count: usize,
    start: PageStart,
    limit: i64,
) -> String {
    let cursor_param = cursor_param(word_count);
    let page = PageOrder::new(start, cursor_param);
    let order = page.order;
    let others = other_words_filter(word_count);
    let branches: Vec<String> = (0..term_count)
        .map(|term| {
            format!(
                "SELECT * FROM (SELECT t.user_id, t.sort_key FROM search_terms t \
                  WHERE t.workspace_id = $1 AND t.term = ${} AND t.shared_prefix_chars < ${}{others}{} \
                  ORDER BY t.sort_key {order}, t.user_id {order} LIMIT {limit}) b{term}",
                cursor_param + 1 + term,
                word_chars_param(word_count),
                page.keyset("t"),
            )
        })
        .collect();
    format!(
        "SELECT p.user_id, u.name, u.email, m.role, m.joined_at, m.last_active_at{} \
         FROM (SELECT user_id, sort_key FROM ({}) merged \
               ORDER BY sort_key {order}, user_id {order} LIMIT {limit}) p \
         JOIN memberships m ON m.workspace_id = $1 AND m.user_id = p.user_id \
            AND m.removed_at IS NULL \
         JOIN users u ON u.id = p.user_id \
         ORDER BY p.sort_key {order}, p.user_id {order}",
        page_extras("m.role", "p.user_id", Some(&member_count_sql(word_count))),
        branches.join(" UNION ALL ")
    )
}

/// One page of members found the `plan` way ([`MatchPlan::MergeTerms`] has
/// [`member_merge_page_sql`]). Parameters: as [`member_count_sql`], then the cursor's member
/// id.
pub fn member_page_sql(word_count: usize, start: PageStart, limit: i64, plan: MatchPlan) -> String {
    let page = PageOrder::new(start, cursor_param(word_count));
    let order = page.order;
    let keyset = |alias: &str| page.keyset(alias);
    if word_count > 0 && plan == MatchPlan::SortMatches {
        // The matches, one row each beside its sort key, are sorted straight from the index;
        // only the page's rows then read their memberships.
        format!(
            "SELECT p.user_id, u.name, u.email, m.role, m.joined_at, m.last_active_at{} \
             FROM (SELECT t.user_id, t.sort_key FROM search_terms t WHERE {}{} \
                   ORDER BY t.sort_key {order}, t.user_id {order} LIMIT {limit}) p \
             JOIN memberships m ON m.workspace_id = $1 AND m.user_id = p.user_id \
                AND m.removed_at IS NULL \
             JOIN users u ON u.id = p.user_id \
             ORDER BY p.sort_key {order}, p.user_id {order}",
            page_extras("m.role", "p.user_id", None),
            matches_where(word_count),
            keyset("t"),
        )
    } else {
        // Each member met on the walk looks up their own few terms. (SQLite turns `IN (…)`
        // into a list of every match, built for each page: many times slower for a short
        // word, see BENCHMARKS.md.)
        let filter = if word_count == 0 {
            String::new()
        } else {
            format!(
                " AND EXISTS (SELECT 1 FROM search_terms t WHERE t.user_id = m.user_id AND {})",
                matches_where(word_count)
            )
        };
        // The page is chosen from memberships alone; only its rows then fetch names and emails.
        // Without words the plan does not depend on the count, which the page reads itself.
        let total = (word_count == 0).then(|| member_count_sql(0));
        format!(
            "SELECT p.user_id, u.name, u.email, p.role, p.joined_at, p.last_active_at{} \
             FROM (SELECT m.user_id, m.sort_key, m.role, m.joined_at, m.last_active_at \
                   FROM memberships m \
                   WHERE m.workspace_id = $1 AND m.removed_at IS NULL{filter}{} \
                   ORDER BY m.sort_key {order}, m.user_id {order} LIMIT {limit}) p \
             JOIN users u ON u.id = p.user_id \
             ORDER BY p.sort_key {order}, p.user_id {order}",
            page_extras("p.role", "p.user_id", total.as_deref()),
            keyset("m"),
        )
    }
}

/// One page of the workspace's active members in name order, `limit` at most, and how many
/// match in all. Each typed word must start one of the member's search terms.
///
/// A single word covering few distinct terms is merged term by term; otherwise the count
/// picks the [`MatchPlan`]. A cursor is a member's id: their sort key is looked up (removed
/// members keep theirs), so links stay short and never carry names.
pub async fn list_members(
    pool: &AnyPool,
    workspace_id: i64,
    words: &[String],
    start: PageStart,
    limit: i64,
) -> Result<(Vec<MemberRow>, i64), sqlx::Error> {
    list_members_planned(pool, workspace_id, words, start, limit, None).await
}

/// [`list_members`] with the plan chosen by the caller (`Some`), so tests can check that every
/// plan gives the same pages.
pub async fn list_members_planned(
    pool: &AnyPool,
    workspace_id: i64,
    words: &[String],
    start: PageStart,
    limit: i64,
    plan: Option<MatchPlan>,
) -> Result<(Vec<MemberRow>, i64), sqlx::Error> {
    let search = SearchWords::new(workspace_id, words);
    let terms = match (search.ranges.first(), plan) {
        (Some(first_word), Some(MatchPlan::MergeTerms)) => {
            Some(distinct_terms(pool, workspace_id, first_word, usize::MAX).await?)
        }
        (Some(first_word), None) if words.len() == 1 => {
            let terms =
                distinct_terms(pool, workspace_id, first_word, MERGE_TERMS_UP_TO + 1).await?;
            (terms.len() <= MERGE_TERMS_UP_TO).then_some(terms)
        }
        _ => None,
    };
    if terms.as_ref().is_some_and(Vec::is_empty) {
        return Ok((Vec::new(), 0));
    }

    let count = || async {
        let count_sql = member_count_sql(words.len());
        let (total,) = search
            .bind(sqlx::query_as::<_, (i64,)>(&count_sql))
            .fetch_one(pool)
            .await?;
        Ok::<_, sqlx::Error>(total)
    };
    // Merged terms and the unfiltered list do not need the count to choose their plan, so
    // their page's statement counts too; the others count first, to choose.
    let (mut rows, counted) = if let Some(terms) = &terms {
        let page_sql = member_merge_page_sql(words.len(), terms.len(), start, limit);
        let mut query = search.bind(sqlx::query_as::<_, MemberRow>(&page_sql));
        query = match start {
            PageStart::After(user_id) | PageStart::Before(user_id) => query.bind(user_id),
            PageStart::First => query.bind(0_i64),
        };
        for term in terms {
            query = query.bind(term.as_str());
        }
        (query.fetch_all(pool).await?, None)
    } else {
        let total = if words.is_empty() {
            None
        } else {
            Some(count().await?)
        };
        let plan = plan
            .filter(|plan| *plan != MatchPlan::MergeTerms)
            .unwrap_or(MatchPlan::for_matches(total.unwrap_or_default()));
        let page_sql = member_page_sql(words.len(), start, limit, plan);
        let rows = search
            .bind_page(sqlx::query_as::<_, MemberRow>(&page_sql), start)
            .fetch_all(pool)
            .await?;
        (rows, total)
    };
    let total = match (counted, rows.first().and_then(|row| row.total)) {
        (Some(total), _) | (None, Some(total)) => total,
        // An empty first page means no matches; an empty page past either end does not.
        (None, None) if start == PageStart::First => 0,
        (None, None) => count().await?,
    };
    if matches!(start, PageStart::Before(_)) {
        rows.reverse();
    }
    Ok((rows, total))
}

/// Up to `limit` distinct terms in `range`, in term order; see [`DISTINCT_TERMS_SQL`].
async fn distinct_terms(
    pool: &AnyPool,
    workspace_id: i64,
    (low, high): &(String, String),
    limit: usize,
) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(DISTINCT_TERMS_SQL)
        .bind(workspace_id)
        .bind(low.as_str())
        .bind(high.as_str())
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(|(term,)| term).collect())
}

type SearchQuery<'q, Row> = sqlx::query::QueryAs<'q, sqlx::Any, Row, sqlx::any::AnyArguments<'q>>;

/// The parameters of a search, as [`member_count_sql`] and [`member_page_sql`] number them.
struct SearchWords {
    workspace_id: i64,
    ranges: Vec<(String, String)>,
    first_word_chars: Option<i64>,
}

impl SearchWords {
    fn new(workspace_id: i64, words: &[String]) -> Self {
        Self {
            workspace_id,
            ranges: words.iter().map(|w| search::prefix_range(w)).collect(),
            first_word_chars: words.first().map(|w| search::word_chars(w)),
        }
    }

    /// Binds the parameters of [`member_count_sql`]: the workspace, each word's range, then
    /// the first word's length.
    fn bind<'q, Row>(&'q self, mut query: SearchQuery<'q, Row>) -> SearchQuery<'q, Row> {
        query = query.bind(self.workspace_id);
        for (low, high) in &self.ranges {
            query = query.bind(low.as_str()).bind(high.as_str());
        }
        if let Some(chars) = self.first_word_chars {
            query = query.bind(chars);
        }
        query
    }

    /// Binds the parameters of [`member_page_sql`]: those of the count, then the cursor.
    fn bind_page<'q, Row>(
        &'q self,
        query: SearchQuery<'q, Row>,
        start: PageStart,
    ) -> SearchQuery<'q, Row> {
        let query = self.bind(query);
        match start {
            PageStart::After(user_id) | PageStart::Before(user_id) => query.bind(user_id),
            PageStart::First => query,
        }
    }
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
}

/// One active member of the workspace, with when any of their devices was last active.
pub async fn member_detail(
    pool: &AnyPool,
    workspace_id: i64,
    user_id: i64,
) -> Result<Option<MemberDetailRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, u.email, m.role, m.joined_at, \
                m.last_active_at AS last_active \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 AND m.user_id = $2 AND m.removed_at IS NULL",
    )
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
    sqlx::query("DELETE FROM search_terms WHERE workspace_id = $1 AND user_id = $2")
        .bind(workspace_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
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
        let values: Vec<String> = (0..chunk.len())
            .map(|i| format!("(${}, ${}, $1, $2, $2)", 2 * i + 3, 2 * i + 4))
            .collect();
        let sql = format!(
            "INSERT INTO users (email, name, password_hash, created_at, password_changed_at) \
             VALUES {} ON CONFLICT (email) DO NOTHING RETURNING id, email",
            values.join(", ")
        );
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql)
            .bind(password_hash)
            .bind(now);
        for member in chunk {
            query = query.bind(member.email.as_str()).bind(member.name.as_str());
        }
        let created: std::collections::HashMap<String, i64> = query
            .fetch_all(&mut **tx)
            .await?
            .into_iter()
            .map(|(id, email)| (email, id))
            .collect();
        let joining: Vec<(i64, &NewMember)> = chunk
            .iter()
            .filter_map(|member| created.get(&member.email).map(|id| (*id, member)))
            .collect();
        if joining.is_empty() {
            continue;
        }
        let values: Vec<String> = (0..joining.len())
            .map(|i| format!("($1, ${}, ${}, $2, ${})", 3 * i + 3, 3 * i + 4, 3 * i + 5))
            .collect();
        let sql = format!(
            "INSERT INTO memberships (workspace_id, user_id, role, joined_at, sort_key) VALUES {}",
            values.join(", ")
        );
        let findables: Vec<(i64, Findable)> = joining
            .iter()
            .map(|(user_id, member)| (*user_id, Findable::new(&member.name, &member.email)))
            .collect();
        let mut query = sqlx::query(&sql).bind(workspace_id).bind(now);
        for ((user_id, member), (_, findable)) in joining.iter().zip(&findables) {
            query = query
                .bind(*user_id)
                .bind(member.role)
                .bind(findable.sort_key.as_str());
        }
        query.execute(&mut **tx).await?;
        insert_search_terms(tx, workspace_id, &findables).await?;
        added += joining.len();
    }
    Ok(added)
}
