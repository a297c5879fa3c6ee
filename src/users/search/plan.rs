//! How a page of the Users tab is read: which of three plans answers a search, and the
//! statements each runs. Every statement is built with its values ([`Statement`]), so the
//! SQL and what it binds cannot drift apart.

use super::words;
use crate::db::statement::{Placeholder, Statement, Values};
use crate::db::{Backend, Db};
use crate::policy::Role;
use sqlx::any::AnyRow;

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
    /// Confirmed second factors: 0 or 1.
    pub second_factors: i64,
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

/// How a page of search results is found; all give the same rows.
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
const MERGE_TERMS_UP_TO: usize = 16;

/// Up to this many matches, [`MatchPlan::SortMatches`]; past it, [`MatchPlan::WalkNameOrder`].
/// Where the two meet was measured on 100,000 members (scripts/bench-notes.md).
const SORT_MATCHES_UP_TO: i64 = 5_000;

impl MatchPlan {
    fn for_matches(total: i64) -> Self {
        if total <= SORT_MATCHES_UP_TO {
            Self::SortMatches
        } else {
            Self::WalkNameOrder
        }
    }
}

/// Which part of a search a statement was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The distinct terms the first word covers, which decide whether terms are merged.
    DistinctTerms,
    /// On PostgreSQL, a one-word search's distinct terms and their merged page in one
    /// statement, which answers nothing when the word covers too many terms to merge.
    TermsAndPage,
    /// How many members match, which picks the plan.
    Count,
    /// The page itself.
    Page,
}

/// A statement a search ran; see [`super::inspect::statements_run`].
#[derive(Debug, Clone)]
pub struct Traced {
    pub step: Step,
    pub statement: Statement,
}

/// One page of the workspace's active members in name order, `limit` at most, and how many
/// match in all. Each typed word must start one of the member's search terms.
///
/// A single word covering few distinct terms is merged term by term; otherwise the count
/// picks the [`MatchPlan`]. A cursor is a member's id: their sort key is looked up (removed
/// members keep theirs), so links stay short and never carry names.
pub async fn list_members(
    db: &Db,
    workspace_id: i64,
    words: &[String],
    start: PageStart,
    limit: i64,
) -> Result<(Vec<MemberRow>, i64), sqlx::Error> {
    let search = Search::new(db, workspace_id, words, start, limit);
    search.run(None, &mut None).await
}

/// [`list_members`] of the members with `role` only. The search index knows no roles, so the
/// count and the page filter on the membership, and the per-term plans are not used.
pub async fn list_members_in_role(
    db: &Db,
    workspace_id: i64,
    words: &[String],
    role: Role,
    start: PageStart,
    limit: i64,
) -> Result<(Vec<MemberRow>, i64), sqlx::Error> {
    let search = Search {
        role: Some(role),
        ..Search::new(db, workspace_id, words, start, limit)
    };
    search.run(None, &mut None).await
}

/// One search being answered.
pub(super) struct Search<'a> {
    db: &'a Db,
    workspace_id: i64,
    words: &'a [String],
    start: PageStart,
    limit: i64,
    /// Only members with this role, when set.
    role: Option<Role>,
}

impl<'a> Search<'a> {
    pub fn new(
        db: &'a Db,
        workspace_id: i64,
        words: &'a [String],
        start: PageStart,
        limit: i64,
    ) -> Self {
        Self {
            db,
            workspace_id,
            words,
            start,
            limit,
            role: None,
        }
    }

    /// Answers the search with `plan` (`None`: the plan it picks itself), recording each
    /// statement in `trace` when given one.
    pub async fn run(
        &self,
        plan: Option<MatchPlan>,
        trace: &mut Option<&mut Vec<Traced>>,
    ) -> Result<(Vec<MemberRow>, i64), sqlx::Error> {
        // The per-term plans read the search index alone, which knows no roles.
        if self.role.is_some() {
            return self.counted_page(plan, trace).await;
        }
        let first_word = self.words.first();
        // PostgreSQL finds the terms and merges their page in one statement: each statement
        // wakes a database process that competes with the server for the same cores. SQLite
        // has no LATERAL join, and its statements cost no such hand-off.
        if let (Some(word), None, Backend::Postgres) = (first_word, plan, self.db.backend())
            && self.words.len() == 1
        {
            let page = self.terms_and_page(word);
            let rows: Vec<MemberRow> = fetch(self.db, Step::TermsAndPage, page, trace).await?;
            if let Some(total) = rows.first().and_then(|row| row.total) {
                return Ok(self.in_reading_order(rows, total));
            }
            // No matches, too many terms to merge, or a page past either end: the count
            // tells which, and picks the plan.
            return self.counted_page(None, trace).await;
        }

        let terms = match (first_word, plan) {
            (Some(word), Some(MatchPlan::MergeTerms)) => {
                Some(self.distinct_terms(word, usize::MAX, trace).await?)
            }
            (Some(word), None) if self.words.len() == 1 => {
                let terms = self
                    .distinct_terms(word, MERGE_TERMS_UP_TO + 1, trace)
                    .await?;
                (terms.len() <= MERGE_TERMS_UP_TO).then_some(terms)
            }
            _ => None,
        };
        match terms {
            Some(terms) if terms.is_empty() => Ok((Vec::new(), 0)),
            // Merged terms do not need the count to choose their plan, so their page's
            // statement counts too.
            Some(terms) => {
                let page = self.page(&PagePlan::Merge(&terms));
                let rows: Vec<MemberRow> = fetch(self.db, Step::Page, page, trace).await?;
                let total = match rows.first().and_then(|row| row.total) {
                    Some(total) => total,
                    // An empty first page means no matches; an empty page past either end
                    // does not.
                    None if self.start == PageStart::First => 0,
                    None => self.count(trace).await?,
                };
                Ok(self.in_reading_order(rows, total))
            }
            None => self.counted_page(plan, trace).await,
        }
    }

    /// A page whose plan the count of matches picks (`plan` overrides it); the unfiltered
    /// list needs no count to choose, so its page's statement counts.
    async fn counted_page(
        &self,
        plan: Option<MatchPlan>,
        trace: &mut Option<&mut Vec<Traced>>,
    ) -> Result<(Vec<MemberRow>, i64), sqlx::Error> {
        let counted = if self.words.is_empty() {
            None
        } else {
            Some(self.count(trace).await?)
        };
        if counted == Some(0) {
            return Ok((Vec::new(), 0));
        }
        let plan = plan
            .filter(|plan| *plan != MatchPlan::MergeTerms)
            .unwrap_or_else(|| MatchPlan::for_matches(counted.unwrap_or_default()));
        let plan = if plan == MatchPlan::SortMatches && !self.words.is_empty() {
            PagePlan::Sort
        } else {
            PagePlan::Walk
        };
        let page = self.page(&plan);
        let rows: Vec<MemberRow> = fetch(self.db, Step::Page, page, trace).await?;
        let total = match (counted, rows.first().and_then(|row| row.total)) {
            (Some(total), _) | (None, Some(total)) => total,
            // Without words an empty page is past either end of the list.
            (None, None) => self.count(trace).await?,
        };
        Ok(self.in_reading_order(rows, total))
    }

    /// A page read backwards comes in reverse; the caller gets it in name order.
    fn in_reading_order(&self, mut rows: Vec<MemberRow>, total: i64) -> (Vec<MemberRow>, i64) {
        if matches!(self.start, PageStart::Before(_)) {
            rows.reverse();
        }
        (rows, total)
    }

    async fn count(&self, trace: &mut Option<&mut Vec<Traced>>) -> Result<i64, sqlx::Error> {
        let mut values = Values::default();
        let bound = Bound::new(&mut values, self.workspace_id, self.words, self.role);
        let count = Statement::new(count_sql(&bound), values);
        let rows: Vec<(i64,)> = fetch(self.db, Step::Count, count, trace).await?;
        Ok(rows.first().map_or(0, |(total,)| *total))
    }

    /// Up to `limit` distinct terms that `word` starts, in term order ([`found_terms_cte`]).
    async fn distinct_terms(
        &self,
        word: &str,
        limit: usize,
        trace: &mut Option<&mut Vec<Traced>>,
    ) -> Result<Vec<String>, sqlx::Error> {
        let mut values = Values::default();
        let workspace = values.add(self.workspace_id);
        let found = found_terms_cte(&mut values, workspace, word, limit);
        let sql = format!("WITH RECURSIVE {found} SELECT term FROM found WHERE term IS NOT NULL");
        let distinct = Statement::new(sql, values);
        let rows: Vec<(String,)> = fetch(self.db, Step::DistinctTerms, distinct, trace).await?;
        Ok(rows.into_iter().map(|(term,)| term).collect())
    }

    /// PostgreSQL's one statement for a one-word search: the word's distinct terms (up to one
    /// more than are merged), and, when they are few enough, their merged page with the count.
    fn terms_and_page(&self, word: &str) -> Statement {
        let mut values = Values::default();
        let bound = Bound::new(&mut values, self.workspace_id, self.words, self.role);
        let page = self.order(&mut values, bound.workspace);
        let found = found_terms_cte(&mut values, bound.workspace, word, MERGE_TERMS_UP_TO + 1);
        let sql = format!(
            "WITH RECURSIVE {found}, covered (term) AS \
               (SELECT term FROM found WHERE term IS NOT NULL) {}",
            lateral_merge_page_sql(&bound, &page, "covered")
        );
        Statement::new(sql, values)
    }

    /// The page's direction and cursor, whose value is added to `values`.
    fn order(&self, values: &mut Values, workspace: Placeholder) -> PageOrder {
        let cursor = match self.start {
            PageStart::First => None,
            PageStart::After(user_id) => Some((">", values.add(user_id))),
            PageStart::Before(user_id) => Some(("<", values.add(user_id))),
        };
        PageOrder {
            order: if matches!(self.start, PageStart::Before(_)) {
                "DESC"
            } else {
                "ASC"
            },
            cursor,
            workspace,
            limit: self.limit,
        }
    }

    fn page(&self, plan: &PagePlan) -> Statement {
        let mut values = Values::default();
        let bound = Bound::new(&mut values, self.workspace_id, self.words, self.role);
        let page = self.order(&mut values, bound.workspace);
        let sql = match plan {
            PagePlan::Sort => sort_page_sql(&bound, &page),
            PagePlan::Walk => walk_page_sql(&bound, &page),
            PagePlan::Merge(terms) => {
                let terms: Vec<Placeholder> =
                    terms.iter().map(|term| values.add(term.as_str())).collect();
                merge_page_sql(&bound, &page, &terms)
            }
        };
        Statement::new(sql, values)
    }
}

/// Runs `statement`, and records it in `trace` when there is one.
async fn fetch<Row>(
    db: &Db,
    step: Step,
    statement: Statement,
    trace: &mut Option<&mut Vec<Traced>>,
) -> Result<Vec<Row>, sqlx::Error>
where
    Row: for<'r> sqlx::FromRow<'r, AnyRow> + Send + Unpin,
{
    let rows = statement.query_as().fetch_all(db.pool()).await?;
    if let Some(trace) = trace {
        trace.push(Traced { step, statement });
    }
    Ok(rows)
}

/// `found (term, n)`: up to `limit` distinct terms that `word` starts, in term order, each
/// found by one index seek past the one before (the last row's term is null when the word
/// covers fewer), so a word covering thousands of terms costs `limit` seeks to recognise.
fn found_terms_cte(
    values: &mut Values,
    workspace: Placeholder,
    word: &str,
    limit: usize,
) -> String {
    let (low, high) = words::prefix_range(word);
    let (low, high) = (values.add(low), values.add(high));
    let limit = values.add(i64::try_from(limit).unwrap_or(i64::MAX));
    format!(
        "found (term, n) AS ( \
           SELECT (SELECT t.term FROM search_terms t \
                   WHERE t.workspace_id = {workspace} AND t.term >= {low} AND t.term < {high} \
                   ORDER BY t.term LIMIT 1), 1 \
           UNION ALL \
           SELECT (SELECT t.term FROM search_terms t \
                   WHERE t.workspace_id = {workspace} AND t.term > f.term AND t.term < {high} \
                   ORDER BY t.term LIMIT 1), \
                  f.n + 1 \
           FROM found f WHERE f.term IS NOT NULL AND f.n < {limit})"
    )
}

/// A page's plan, with the terms to merge.
enum PagePlan<'t> {
    Sort,
    Walk,
    Merge(&'t [String]),
}

/// The placeholders of a search's words, shared by its count and its page.
struct Bound {
    workspace: Placeholder,
    /// Each word's range of terms, low and high.
    ranges: Vec<(Placeholder, Placeholder)>,
    /// The first word's length in characters, which keeps one term row per member (see
    /// [`words::shared_prefix_chars`]).
    first_word_chars: Option<Placeholder>,
    /// The one role to list, when set.
    role: Option<Placeholder>,
}

impl Bound {
    fn new(values: &mut Values, workspace_id: i64, typed: &[String], role: Option<Role>) -> Self {
        let workspace = values.add(workspace_id);
        let ranges = typed
            .iter()
            .map(|word| {
                let (low, high) = words::prefix_range(word);
                (values.add(low), values.add(high))
            })
            .collect();
        let first_word_chars = typed
            .first()
            .map(|word| values.add(words::word_chars(word)));
        let role = role.map(|role| values.add(role.as_str()));
        Self {
            workspace,
            ranges,
            first_word_chars,
            role,
        }
    }

    /// Keeps the memberships `alias` with the role asked for (nothing without one).
    fn role_filter(&self, alias: &str) -> String {
        self.role
            .map(|role| format!(" AND {alias}.role = {role}"))
            .unwrap_or_default()
    }

    /// Keeps the search index rows `t` of members with the role asked for.
    fn term_role_filter(&self) -> String {
        self.role
            .map(|role| {
                format!(
                    " AND EXISTS (SELECT 1 FROM memberships r WHERE r.workspace_id = t.workspace_id \
                     AND r.user_id = t.user_id AND r.removed_at IS NULL AND r.role = {role})"
                )
            })
            .unwrap_or_default()
    }

    /// The condition that the search term row `alias` falls in `range`.
    fn word_range(&self, alias: &str, (low, high): (Placeholder, Placeholder)) -> String {
        let workspace = self.workspace;
        format!(
            "{alias}.workspace_id = {workspace} AND {alias}.term >= {low} AND {alias}.term < {high}"
        )
    }

    /// The search index rows `t` that stand for the members matching every word, one row
    /// per member: the first word's range, keeping one term per member, then the other words
    /// as filters. Empty without words.
    fn matches_where(&self) -> String {
        match (self.ranges.first(), self.first_word_chars) {
            (Some(&first), Some(chars)) => format!(
                "{} AND t.shared_prefix_chars < {chars}{}",
                self.word_range("t", first),
                self.other_words_filter()
            ),
            _ => String::new(),
        }
    }

    /// Keeps the search index rows `t` of members whom every word after the first also finds.
    fn other_words_filter(&self) -> String {
        self.ranges
            .iter()
            .skip(1)
            .map(|&range| {
                format!(
                    " AND t.user_id IN (SELECT o.user_id FROM search_terms o WHERE {})",
                    self.word_range("o", range)
                )
            })
            .collect()
    }
}

/// How many members of the workspace match (all of them without words).
fn count_sql(bound: &Bound) -> String {
    let workspace = bound.workspace;
    if bound.role.is_some() {
        // By the index on each workspace's active roles; with words, per match.
        return match bound.ranges.is_empty() {
            true => format!(
                "SELECT COUNT(*) FROM memberships m \
                 WHERE m.workspace_id = {workspace} AND m.removed_at IS NULL{}",
                bound.role_filter("m")
            ),
            false => format!(
                "SELECT COUNT(*) FROM search_terms t WHERE {}{}",
                bound.matches_where(),
                bound.term_role_filter()
            ),
        };
    }
    match (bound.ranges.as_slice(), bound.first_word_chars) {
        // Kept by triggers on memberships (migration 0009).
        ([], _) | (_, None) => {
            format!("SELECT w.member_count FROM workspaces w WHERE w.id = {workspace}")
        }
        // One row per distinct term and shared-prefix length the word covers, kept by
        // triggers (migration 0006): "tanaka" sums one row where its 3,330 matches are.
        ([(low, high)], Some(chars)) => format!(
            "SELECT CAST(COALESCE(SUM(tc.members), 0) AS BIGINT) FROM search_term_counts tc \
             WHERE tc.workspace_id = {workspace} AND tc.term >= {low} AND tc.term < {high} \
               AND tc.shared_prefix_chars < {chars}"
        ),
        // search_terms holds active members only (removal deletes their terms), so counting
        // matches needs no visit to memberships, and one row per member needs no DISTINCT.
        _ => format!(
            "SELECT COUNT(*) FROM search_terms t WHERE {}",
            bound.matches_where()
        ),
    }
}

/// A page's direction, cursor and size.
struct PageOrder {
    order: &'static str,
    /// How rows compare with the cursor member, and the cursor's placeholder.
    cursor: Option<(&'static str, Placeholder)>,
    workspace: Placeholder,
    limit: i64,
}

impl PageOrder {
    /// The keyset condition on the rows of `alias` (empty for a first page): after or before
    /// the cursor member, whose sort key is looked up.
    fn keyset(&self, alias: &str) -> String {
        let workspace = self.workspace;
        self.cursor
            .map(|(compare, cursor)| {
                format!(
                    " AND ({alias}.sort_key, {alias}.user_id) {compare} \
                     ((SELECT c.sort_key FROM memberships c \
                       WHERE c.workspace_id = {workspace} AND c.user_id = {cursor} \
                       ORDER BY c.id DESC LIMIT 1), {cursor})"
                )
            })
            .unwrap_or_default()
    }

    /// The columns every page adds after the member's own: the pending invitations an admin
    /// on the page sent (read only for admins, by an index on the sender), and, with `total`,
    /// the count of all matches, so one statement answers both.
    fn extras(&self, role: &str, member: &str, total: Option<String>) -> String {
        let workspace = self.workspace;
        let total = total
            .map(|count| format!(", ({count}) AS total"))
            .unwrap_or_default();
        format!(
            ", CASE WHEN {role} = 'admin' THEN (SELECT COUNT(*) FROM invitations i \
                 WHERE i.workspace_id = {workspace} AND i.invited_by = {member} \
                   AND i.status = 'pending') \
               ELSE 0 END AS pending_invitations, {second_factors} AS second_factors{total}",
            second_factors = crate::auth::two_factor::repo::second_factors_sql(member),
        )
    }
}

/// The page's members, chosen by `chosen` (a subquery of `user_id` and `sort_key` in page
/// order, `limit` rows at most), with their memberships and names: only the page's rows read
/// those tables.
fn members_of(chosen: &str, bound: &Bound, page: &PageOrder, total: Option<String>) -> String {
    let order = page.order;
    let workspace = bound.workspace;
    format!(
        "SELECT p.user_id, u.name, u.email, m.role, m.joined_at, m.last_active_at{} \
         FROM ({chosen}) p \
         JOIN memberships m ON m.workspace_id = {workspace} AND m.user_id = p.user_id \
            AND m.removed_at IS NULL \
         JOIN users u ON u.id = p.user_id \
         ORDER BY p.sort_key {order}, p.user_id {order}",
        page.extras("m.role", "p.user_id", total),
    )
}

/// What a read of one of the first word's terms keeps besides the term itself: one row per
/// member, the other words, and the cursor.
fn term_read_filters(bound: &Bound, page: &PageOrder) -> String {
    let chars = bound
        .first_word_chars
        .map(|chars| format!(" AND t.shared_prefix_chars < {chars}"))
        .unwrap_or_default();
    format!("{chars}{}{}", bound.other_words_filter(), page.keyset("t"))
}

/// [`MatchPlan::SortMatches`]: the matches, one row each beside its sort key, are sorted
/// straight from the index; only the page's rows then read their memberships.
fn sort_page_sql(bound: &Bound, page: &PageOrder) -> String {
    let PageOrder { order, limit, .. } = page;
    let chosen = format!(
        "SELECT t.user_id, t.sort_key FROM search_terms t WHERE {}{}{} \
         ORDER BY t.sort_key {order}, t.user_id {order} LIMIT {limit}",
        bound.matches_where(),
        bound.term_role_filter(),
        page.keyset("t"),
    );
    members_of(&chosen, bound, page, None)
}

/// [`MatchPlan::WalkNameOrder`], and the list without a search: each member met on the walk
/// looks up their own few terms. (SQLite turns `IN (…)` into a list of every match, built for
/// each page: many times slower for a short word, see BENCHMARKS.md.)
fn walk_page_sql(bound: &Bound, page: &PageOrder) -> String {
    let PageOrder { order, limit, .. } = page;
    let workspace = bound.workspace;
    let searching = !bound.ranges.is_empty();
    let filter = if searching {
        format!(
            " AND EXISTS (SELECT 1 FROM search_terms t WHERE t.user_id = m.user_id AND {})",
            bound.matches_where()
        )
    } else {
        String::new()
    };
    // The page is chosen from memberships alone; only its rows then fetch names and emails.
    // Without words the plan does not depend on the count, which the page reads itself.
    let total = (!searching).then(|| count_sql(bound));
    format!(
        "SELECT p.user_id, u.name, u.email, p.role, p.joined_at, p.last_active_at{} \
         FROM (SELECT m.user_id, m.sort_key, m.role, m.joined_at, m.last_active_at \
               FROM memberships m \
               WHERE m.workspace_id = {workspace} AND m.removed_at IS NULL{}{filter}{} \
               ORDER BY m.sort_key {order}, m.user_id {order} LIMIT {limit}) p \
         JOIN users u ON u.id = p.user_id \
         ORDER BY p.sort_key {order}, p.user_id {order}",
        page.extras("p.role", "p.user_id", total),
        bound.role_filter("m"),
        page.keyset("m"),
    )
}

/// [`MatchPlan::MergeTerms`]: a page's worth of each of the first word's `terms`, read in
/// name order from the index that holds every term's members that way, then merged.
fn merge_page_sql(bound: &Bound, page: &PageOrder, terms: &[Placeholder]) -> String {
    let PageOrder { order, limit, .. } = page;
    let workspace = bound.workspace;
    let filters = term_read_filters(bound, page);
    let branches: Vec<String> = terms
        .iter()
        .enumerate()
        .map(|(branch, term)| {
            format!(
                "SELECT * FROM (SELECT t.user_id, t.sort_key FROM search_terms t \
                  WHERE t.workspace_id = {workspace} AND t.term = {term}{filters} \
                  ORDER BY t.sort_key {order}, t.user_id {order} LIMIT {limit}) b{branch}"
            )
        })
        .collect();
    let chosen = format!(
        "SELECT user_id, sort_key FROM ({}) merged \
         ORDER BY sort_key {order}, user_id {order} LIMIT {limit}",
        branches.join(" UNION ALL ")
    );
    members_of(&chosen, bound, page, Some(count_sql(bound)))
}

/// The merged page of [`Search::terms_and_page`]: each of the terms in `terms (term)` read in
/// name order, a page's worth, through a LATERAL join, merged, with the count; no rows when
/// `terms` holds more than [`MERGE_TERMS_UP_TO`] (PostgreSQL checks that once, before reading).
fn lateral_merge_page_sql(bound: &Bound, page: &PageOrder, terms: &str) -> String {
    let PageOrder { order, limit, .. } = page;
    let workspace = bound.workspace;
    let filters = term_read_filters(bound, page);
    let chosen = format!(
        "SELECT b.user_id, b.sort_key FROM {terms} CROSS JOIN LATERAL \
           (SELECT t.user_id, t.sort_key FROM search_terms t \
            WHERE t.workspace_id = {workspace} AND t.term = {terms}.term{filters} \
            ORDER BY t.sort_key {order}, t.user_id {order} LIMIT {limit}) b \
         WHERE (SELECT COUNT(*) FROM {terms}) <= {MERGE_TERMS_UP_TO} \
         ORDER BY b.sort_key {order}, b.user_id {order} LIMIT {limit}"
    );
    members_of(&chosen, bound, page, Some(count_sql(bound)))
}
