//! The Users tab's search and pages, and the evidence that search reads an index, not the
//! whole table, in a large workspace.

use crate::endpoints::Page;
use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, signed_in_admin};
use crate::on_both_databases;
use roster::db::Backend;
use roster::db::statement::Statement;
use roster::policy::Role;
use roster::users::model::MemberPage;
use roster::users::repo::{insert_membership, remove_membership};
use roster::users::search::index::{Completed, complete};
use roster::users::search::inspect::{MatchPlan, Step, list_members_with_plan, statements_run};
use roster::users::search::words::{prefix_range, query_words};
use roster::users::search::{PageStart, list_members};
use roster::workspace::demo::seed_demo;

/// A page of the Users tab, through the server function the page calls.
async fn search(admin: &Device, query: &str, page: Page) -> MemberPage {
    admin.members(query, page).await
}

fn names(page: &MemberPage) -> Vec<&str> {
    page.members.iter().map(|m| m.name.as_str()).collect()
}

async fn search_matches_the_start_of_name_or_email_words_in_any_case(app: TestApp) {
    let app = app.with_admin().await;
    for (email, name) in [
        ("alice.smith@example.test", "Alice Smith"),
        ("bob@smithson.test", "Bob Jones"),
        ("zoe@example.test", "Zoë Ångström"),
        ("carol@example.test", "Carol Blacksmith"),
    ] {
        app.add_member("Acme Support", email, name, Role::Agent)
            .await;
    }
    let admin = signed_in_admin(&app).await;

    let found = search(&admin, "SMI", Page::First).await;
    assert_eq!(
        names(&found),
        ["Alice Smith", "Bob Jones"],
        "name or email domain, any case"
    );
    assert_eq!(found.total, 2);

    assert_eq!(
        names(&search(&admin, "ali smi", Page::First).await),
        ["Alice Smith"]
    );
    assert_eq!(
        names(&search(&admin, "alice.smith@", Page::First).await),
        ["Alice Smith"]
    );
    assert_eq!(
        names(&search(&admin, "åNGS", Page::First).await),
        ["Zoë Ångström"]
    );
    let none = search(&admin, "nobody", Page::First).await;
    assert_eq!((none.total, none.members.len()), (0, 0));

    let everyone = search(&admin, "  ", Page::First).await;
    assert_eq!(everyone.total, 5, "a blank search lists everyone");
    assert_eq!(
        names(&everyone),
        [
            "Ada Admin",
            "Alice Smith",
            "Bob Jones",
            "Carol Blacksmith",
            "Zoë Ångström"
        ],
        "in name order, ignoring case"
    );
}

async fn pages_walk_forward_and_back_without_gaps_or_repeats(app: TestApp) {
    let app = app.with_admin().await;
    seed_demo(
        &app.db,
        &app.clock,
        "Acme Support",
        119,
        ADMIN_PASSWORD.into(),
    )
    .await
    .unwrap();
    let admin = signed_in_admin(&app).await;

    let first = search(&admin, "", Page::First).await;
    assert_eq!(first.total, 121, "the admin, the demo admin and 119 people");
    assert!(first.before.is_none());
    let second = search(&admin, "", Page::After(first.after.unwrap())).await;
    let third = search(&admin, "", Page::After(second.after.unwrap())).await;
    assert!(third.after.is_none(), "the last page has no next page");
    let sizes: Vec<usize> = [&first, &second, &third]
        .iter()
        .map(|p| names(p).len())
        .collect();
    assert_eq!(sizes, [50, 50, 21]);

    let all: Vec<&str> = [&first, &second, &third]
        .iter()
        .flat_map(|p| names(p))
        .collect();
    let mut sorted = all.clone();
    sorted.sort_by_key(|name| name.to_lowercase());
    assert_eq!(all, sorted, "pages follow name order");
    let ids: std::collections::BTreeSet<i64> = [&first, &second, &third]
        .iter()
        .flat_map(|p| p.members.iter().map(|m| m.user_id))
        .collect();
    assert_eq!(ids.len(), 121, "nobody twice, nobody missing");

    let back = search(&admin, "", Page::Before(third.before.unwrap())).await;
    assert_eq!(back.members, second.members);
    assert_eq!(back.after, second.after);
    let start = search(&admin, "", Page::Before(second.before.unwrap())).await;
    assert_eq!(start.members, first.members);
    assert!(start.before.is_none(), "back at the first page");

    let searched = search(&admin, "berg", Page::First).await;
    let total = searched.total;
    assert!(total > 0 && names(&searched).iter().all(|n| n.contains("Berg")));
}

async fn removed_members_drop_out_of_search_and_last_active_follows_use(app: TestApp) {
    let app = app.with_admin().await;
    let agnes = app
        .add_member(
            "Acme Support",
            "agnes@example.test",
            "Agnes Agent",
            Role::Agent,
        )
        .await;
    let admin = signed_in_admin(&app).await;

    let before = search(&admin, "agnes", Page::First).await;
    assert_eq!(before.members[0].last_active, None, "never active");
    app.device()
        .login("agnes@example.test", ADMIN_PASSWORD)
        .await;
    let after = search(&admin, "agnes", Page::First).await;
    let last_active = after.members[0].last_active.as_ref().expect("active now");
    assert_eq!(last_active.relative, "just now");
    assert!(last_active.exact.ends_with("UTC"), "{last_active:?}");

    admin.remove_member(agnes).await;
    assert_eq!(search(&admin, "agnes", Page::First).await.total, 0);
    assert_eq!(search(&admin, "", Page::First).await.total, 1);
    assert_counts_follow_terms(&app).await;
}

async fn memberships_from_before_search_are_made_searchable(app: TestApp) {
    let app = app.with_admin().await;
    let agnes = app
        .add_member(
            "Acme Support",
            "agnes@example.test",
            "Agnes Agent",
            Role::Agent,
        )
        .await;
    // As migration 0002 leaves a membership made before search existed.
    sqlx::query("UPDATE memberships SET sort_key = '' WHERE user_id = $1")
        .bind(agnes)
        .execute(app.db.pool())
        .await
        .unwrap();
    sqlx::query("DELETE FROM search_terms WHERE user_id = $1")
        .bind(agnes)
        .execute(app.db.pool())
        .await
        .unwrap();
    let admin = signed_in_admin(&app).await;
    assert_eq!(search(&admin, "agnes", Page::First).await.total, 0);

    let completed = complete(&app.db).await.unwrap();

    assert_eq!(completed.memberships, 1);
    assert_eq!(
        names(&search(&admin, "agnes", Page::First).await),
        ["Agnes Agent"]
    );
    assert_eq!(complete(&app.db).await.unwrap(), Completed::default());
    assert_counts_follow_terms(&app).await;
}

async fn search_terms_from_before_migration_0004_are_completed(app: TestApp) {
    let app = app.with_admin().await;
    for (email, name) in [
        ("maria@example.test", "Maria Marta"),
        ("mark@example.test", "Mark Marsh"),
    ] {
        app.add_member("Acme Support", email, name, Role::Agent)
            .await;
    }
    // As migration 0004 leaves the rows written before it.
    sqlx::query("UPDATE search_terms SET shared_prefix_chars = NULL")
        .execute(app.db.pool())
        .await
        .unwrap();
    let admin = signed_in_admin(&app).await;
    assert_eq!(search(&admin, "mar", Page::First).await.total, 0);

    // Two instances started together after the upgrade: one does the work, neither fails.
    let (first, second) = tokio::join!(complete(&app.db), complete(&app.db));
    let completed = first.unwrap().terms + second.unwrap().terms;

    let (rows,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM search_terms")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(
        completed as i64, rows,
        "every row completed once, none lost"
    );
    // Each is found by "mar" through three or four terms, and counted once.
    let found = search(&admin, "mar", Page::First).await;
    assert_eq!(found.total, 2);
    assert_eq!(names(&found), ["Maria Marta", "Mark Marsh"]);
    assert_eq!(
        names(&search(&admin, "marta", Page::First).await),
        ["Maria Marta"]
    );
    assert_eq!(complete(&app.db).await.unwrap(), Completed::default());
    assert_counts_follow_terms(&app).await;
}

/// The per-term counts that triggers keep (migration 0006) agree with the search index they
/// count, and the member counts (0009) with the memberships, whichever way rows were written
/// or removed.
async fn assert_counts_follow_terms(app: &TestApp) {
    let kept: Vec<(i64, String, i64, i64)> = sqlx::query_as(
        "SELECT workspace_id, term, CAST(shared_prefix_chars AS BIGINT), CAST(members AS BIGINT) \
         FROM search_term_counts WHERE members <> 0 \
         ORDER BY workspace_id, term, shared_prefix_chars",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    let counted: Vec<(i64, String, i64, i64)> = sqlx::query_as(
        "SELECT workspace_id, term, CAST(shared_prefix_chars AS BIGINT), COUNT(*) \
         FROM search_terms WHERE shared_prefix_chars IS NOT NULL \
         GROUP BY workspace_id, term, shared_prefix_chars \
         ORDER BY workspace_id, term, shared_prefix_chars",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    assert!(!counted.is_empty(), "there are terms to count");
    assert_eq!(kept, counted, "the kept counts follow the search index");

    // The workspaces' member counts (migration 0009) follow their active memberships.
    let kept: Vec<(i64, i64)> =
        sqlx::query_as("SELECT id, CAST(member_count AS BIGINT) FROM workspaces ORDER BY id")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    let counted: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT w.id, (SELECT COUNT(*) FROM memberships m \
                       WHERE m.workspace_id = w.id AND m.removed_at IS NULL) \
         FROM workspaces w ORDER BY w.id",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    assert_eq!(
        kept, counted,
        "the kept member counts follow the memberships"
    );
}

/// People joining and leaving one workspace at the same moment share count rows (the mail
/// domain, a common surname); every change still lands, none deadlocks on PostgreSQL, and the
/// counts stay right.
async fn members_joining_and_leaving_at_once_keep_the_counts(app: TestApp) {
    let app = app.with_admin().await;
    let (workspace_id, admin_id): (i64, i64) = sqlx::query_as(
        "SELECT m.workspace_id, m.user_id FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE u.email = $1",
    )
    .bind(ADMIN_EMAIL)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    let mut people = Vec::new();
    for n in 0..24 {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, name, password_hash, created_at, password_changed_at) \
             VALUES ($1, $2, 'not used', 0, 0) RETURNING id",
        )
        .bind(format!("maria.tanaka.{n}@acme.example"))
        .bind(format!("Maria Tanaka {n}"))
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        people.push(id);
    }
    let (leaving, joining) = people.split_at(8);
    for &user_id in leaving {
        let mut tx = app.db.begin_write().await.unwrap();
        insert_membership(&mut tx, 0, workspace_id, user_id, Role::Agent, None)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }

    let mut changes = Vec::new();
    for (&user_id, joins) in leaving
        .iter()
        .map(|id| (id, false))
        .chain(joining.iter().map(|id| (id, true)))
    {
        let db = app.db.clone();
        changes.push(tokio::spawn(async move {
            let mut tx = db.begin_write().await?;
            if joins {
                insert_membership(&mut tx, 1, workspace_id, user_id, Role::Agent, None).await?;
            } else {
                remove_membership(&mut tx, 1, workspace_id, user_id, admin_id).await?;
            }
            tx.commit().await
        }));
    }
    for change in changes {
        change.await.unwrap().expect("every join and removal lands");
    }

    assert_counts_follow_terms(&app).await;
    for query in ["tanaka", "maria", "acme.example"] {
        let (_, total) = list_members(
            &app.db,
            workspace_id,
            &query_words(query),
            PageStart::First,
            20,
        )
        .await
        .unwrap();
        assert_eq!(
            total, 16,
            "{query:?}: the 16 who joined, not the 8 who left"
        );
    }
}

/// The plan lines the database would follow for `statement`, with its values.
async fn query_plan(app: &TestApp, statement: &Statement) -> Vec<String> {
    let explain = statement.with_sql(|sql| match app.db.backend() {
        Backend::Sqlite => format!("EXPLAIN QUERY PLAN {sql}"),
        Backend::Postgres => format!("EXPLAIN {sql}"),
    });
    let rows = explain.query().fetch_all(app.db.pool()).await.unwrap();
    use sqlx::Row;
    rows.iter()
        .map(|row| match app.db.backend() {
            Backend::Sqlite => row.get::<String, _>("detail"),
            Backend::Postgres => row.get::<String, _>(0),
        })
        .collect()
}

/// The plans of the statements a search runs, with the step each belongs to.
async fn search_plans(
    app: &TestApp,
    workspace_id: i64,
    typed: &str,
    start: PageStart,
    plan: Option<MatchPlan>,
) -> Vec<(Step, Vec<String>)> {
    let statements = statements_run(&app.db, workspace_id, &query_words(typed), start, 51, plan)
        .await
        .unwrap();
    let mut plans = Vec::new();
    for ran in statements {
        plans.push((ran.step, query_plan(app, &ran.statement).await));
    }
    plans
}

/// The plan lines of every statement of `step`.
fn plan_of(plans: &[(Step, Vec<String>)], step: Step) -> Vec<String> {
    let lines: Vec<String> = plans
        .iter()
        .filter(|(ran, _)| *ran == step)
        .flat_map(|(_, lines)| lines.clone())
        .collect();
    assert!(!lines.is_empty(), "the search ran a {step:?} statement");
    lines
}

/// Search in a large workspace reads the search index and the members' name-order index; it
/// never reads every membership or every search term. (The benchmark suite times it at
/// 100,000 members; this shows why it stays fast.)
async fn search_in_a_large_workspace_reads_indexes_not_tables(app: TestApp) {
    let app = app.with_admin().await;
    let big = seed_demo(&app.db, &app.clock, "Big Co", 20_000, ADMIN_PASSWORD.into())
        .await
        .unwrap();
    seed_demo(&app.db, &app.clock, "Small Co", 300, ADMIN_PASSWORD.into())
        .await
        .unwrap();
    // As autovacuum leaves a live database: statistics, and PostgreSQL's visibility map (without
    // it, index-only scans look dear and a small test table gets read whole).
    app.db.refresh_statistics().await.unwrap();

    // Part of an address, as an admin looking for one person types it; about 1 in 900 match.
    for match_plan in [MatchPlan::SortMatches, MatchPlan::WalkNameOrder] {
        let plans = search_plans(
            &app,
            big.workspace_id,
            "kwame.tanaka",
            PageStart::After(0),
            Some(match_plan),
        )
        .await;
        let mut plan = plan_of(&plans, Step::Count);
        plan.extend(plan_of(&plans, Step::Page));
        let plan_text = plan.join("\n");
        println!(
            "{match_plan:?} search plan on {:?}:\n{plan_text}",
            app.db.backend()
        );

        match app.db.backend() {
            Backend::Sqlite => {
                // "SCAN p" walks the page (51 rows at most) the statement has just chosen.
                let tables = [
                    "m",
                    "t",
                    "o",
                    "u",
                    "c",
                    "memberships",
                    "users",
                    "search_terms",
                    "tc",
                    "search_term_counts",
                ];
                assert!(
                    !plan.iter().any(|line| tables
                        .iter()
                        .any(|table| line.trim_start() == format!("SCAN {table}")
                            || line.trim_start().starts_with(&format!("SCAN {table} ")))),
                    "no step reads a whole table:\n{plan_text}"
                );
                assert!(
                    plan.iter()
                        .any(|line| line.trim_start().starts_with("SEARCH t USING")
                            && line.contains("(workspace_id=? AND term>? AND term<?)")),
                    "the typed word is a range of the search index:\n{plan_text}"
                );
                assert!(
                    !plan_text.contains("DISTINCT"),
                    "one row per member, so no step removes repeats:\n{plan_text}"
                );
            }
            Backend::Postgres => {
                assert!(
                    !reads_a_whole_table(&plan),
                    "no step reads a whole table:\n{plan_text}"
                );
                assert!(
                    plan.iter()
                        .any(|line| line.contains("Index Cond: ((workspace_id = ")
                            && line.contains("(term >= ")),
                    "the typed word is a range of the search index:\n{plan_text}"
                );
                if match_plan == MatchPlan::SortMatches {
                    assert!(
                        ["Unique", "WindowAgg", "HashAggregate"]
                            .iter()
                            .all(|step| !plan_text.contains(step)),
                        "one row per member, so no step removes repeats:\n{plan_text}"
                    );
                }
            }
        }
    }

    // The distinct terms a word covers are found one index seek at a time, never by reading
    // every entry in the word's range.
    let plans = search_plans(&app, big.workspace_id, "t", PageStart::First, None).await;
    // PostgreSQL finds them in the statement that also merges their page.
    let terms_step = match app.db.backend() {
        Backend::Sqlite => Step::DistinctTerms,
        Backend::Postgres => Step::TermsAndPage,
    };
    let plan = plan_of(&plans, terms_step);
    let plan_text = plan.join("\n");
    println!(
        "distinct terms plan on {:?}:\n{plan_text}",
        app.db.backend()
    );
    match app.db.backend() {
        Backend::Sqlite => assert!(
            plan.iter()
                .all(|line| !line.trim_start().starts_with("SCAN t"))
                && plan_text.contains("SEARCH t USING"),
            "each term is an index seek:\n{plan_text}"
        ),
        Backend::Postgres => assert!(
            !reads_a_whole_table(&plan) && plan_text.contains("Index Only Scan"),
            "each term is an index seek:\n{plan_text}"
        ),
    }

    // A surname thousands share is one term: its members are read in name order from the
    // index, a page's worth, instead of every match being sorted.
    let plans = search_plans(
        &app,
        big.workspace_id,
        "tanaka",
        PageStart::After(0),
        Some(MatchPlan::MergeTerms),
    )
    .await;
    let plan = plan_of(&plans, Step::Page);
    let plan_text = plan.join("\n");
    println!(
        "MergeTerms page plan on {:?}:\n{plan_text}",
        app.db.backend()
    );
    match app.db.backend() {
        Backend::Sqlite => assert!(
            plan_text.contains("SEARCH t USING COVERING INDEX search_terms_in_name_order (workspace_id=? AND term=?"),
            "each term is read from the name-order index:\n{plan_text}"
        ),
        Backend::Postgres => {
            assert!(!reads_a_whole_table(&plan), "no step reads a whole table:\n{plan_text}");
            assert!(
                plan_text.contains("Index Only Scan using search_terms_in_name_order")
                    && plan_text.contains("(term = 'tanaka'::text)")
                    && !plan_text.contains("Sort Key: t.sort_key"),
                "each term is read from the name-order index, not sorted:\n{plan_text}"
            );
        }
    }

    // Left to pick its plan, PostgreSQL finds the terms and merges their page in one
    // statement, reading each term's members from the name-order index as above.
    if app.db.backend() == Backend::Postgres {
        let plans = search_plans(&app, big.workspace_id, "tanaka", PageStart::First, None).await;
        let steps: Vec<Step> = plans.iter().map(|(step, _)| *step).collect();
        assert_eq!(
            steps,
            [Step::TermsAndPage],
            "one statement answers the page"
        );
        let plan = plan_of(&plans, Step::TermsAndPage);
        let plan_text = plan.join("\n");
        println!("TermsAndPage plan on PostgreSQL:\n{plan_text}");
        assert!(
            !reads_a_whole_table(&plan),
            "no step reads a whole table:\n{plan_text}"
        );
        // One sort merges the terms' pages; a term's own read needs none.
        let sorts = plan
            .iter()
            .filter(|line| line.contains("Sort Key:"))
            .count();
        assert!(
            plan_text.contains("Index Only Scan using search_terms_in_name_order") && sorts <= 1,
            "each term is read from the name-order index, not sorted:\n{plan_text}"
        );
    }
}

/// Whether a PostgreSQL plan reads some table whole. The page counts each admin's pending
/// invitations; the test workspaces have none, and PostgreSQL rightly reads an empty table
/// whole rather than its index, so that table is left out.
/// Invitations and second factors are read per page row by their indexes; in a test's small
/// tables PostgreSQL may scan them whole instead, which says nothing about the search.
fn reads_a_whole_table(plan: &[String]) -> bool {
    const PER_ROW: [&str; 3] = ["invitations", "authenticator_apps", "passkeys"];
    plan.iter().any(|line| {
        line.contains("Seq Scan")
            && !PER_ROW
                .iter()
                .any(|table| line.contains(&format!("Seq Scan on {table} ")))
    })
}

/// How many people have, for every word, a term it starts: counted the plain way, with
/// repeats removed, to check the search's own count.
async fn people_matching(app: &TestApp, workspace_id: i64, words: &[String]) -> i64 {
    let mut sql = "SELECT COUNT(*) FROM memberships m \
                   WHERE m.workspace_id = $1 AND m.removed_at IS NULL"
        .to_owned();
    for word in 0..words.len() {
        sql.push_str(&format!(
            " AND m.user_id IN (SELECT t.user_id FROM search_terms t \
               WHERE t.workspace_id = $1 AND t.term >= ${} AND t.term < ${})",
            2 + 2 * word,
            3 + 2 * word
        ));
    }
    let mut query = sqlx::query_as::<_, (i64,)>(&sql).bind(workspace_id);
    for word in words {
        let (low, high) = prefix_range(word);
        query = query.bind(low).bind(high);
    }
    query.fetch_one(app.db.pool()).await.unwrap().0
}

/// The plan is picked by how many match and how many terms the word covers; whichever is
/// picked, the pages are the same.
async fn both_plans_give_the_same_pages(app: TestApp) {
    let app = app.with_admin().await;
    let demo = seed_demo(&app.db, &app.clock, "Plans Co", 260, ADMIN_PASSWORD.into())
        .await
        .unwrap();
    let pool = app.db.pool();
    // Each of these is found by "mar" three ways ("maria", "marta", "mar7@…"), and must still
    // be counted and listed once.
    for n in 0..30 {
        app.add_member(
            "Plans Co",
            &format!("mar{n}@plans-co.example"),
            &format!("Maria Marta {n:02}"),
            Role::Agent,
        )
        .await;
    }
    let (low, high) = prefix_range("mar");
    let (entries, people): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(DISTINCT user_id) FROM search_terms \
         WHERE workspace_id = $1 AND term >= $2 AND term < $3",
    )
    .bind(demo.workspace_id)
    .bind(low)
    .bind(high)
    .fetch_one(pool)
    .await
    .unwrap();
    assert!(
        entries >= people + 60,
        "people found several ways: {entries} entries for {people} people"
    );
    // Everyone (the shared domain), a broad letter, a narrow name, two words, the
    // three-way matches above, nobody.
    for query in ["plans-co.example", "a", "tanaka", "a plans", "mar", "zzzz"] {
        let words = query_words(query);
        let mut walks = Vec::new();
        // The last, no plan given, is the one the search picks itself.
        for plan in [
            Some(MatchPlan::SortMatches),
            Some(MatchPlan::WalkNameOrder),
            Some(MatchPlan::MergeTerms),
            None,
        ] {
            let page =
                |start| list_members_with_plan(&app.db, demo.workspace_id, &words, start, 20, plan);
            let (mut rows, total) = page(PageStart::First).await.unwrap();
            let mut forward: Vec<i64> = rows.iter().map(|r| r.user_id).collect();
            while let Some(last) = rows.last().filter(|_| rows.len() == 20) {
                rows = page(PageStart::After(last.user_id)).await.unwrap().0;
                forward.extend(rows.iter().map(|r| r.user_id));
            }
            assert_eq!(
                total,
                people_matching(&app, demo.workspace_id, &words).await,
                "{query:?} {plan:?}: the count"
            );
            assert_eq!(
                forward.len() as i64,
                total,
                "{query:?} {plan:?}: every match once"
            );
            let mut backward = Vec::new();
            if let Some(&end) = forward.last() {
                backward.push(end);
                let mut cursor = end;
                loop {
                    let rows = page(PageStart::Before(cursor)).await.unwrap().0;
                    let Some(first) = rows.first() else { break };
                    cursor = first.user_id;
                    backward.splice(0..0, rows.iter().map(|r| r.user_id));
                }
            }
            assert_eq!(backward, forward, "{query:?} {plan:?}: back the same way");
            walks.push((total, forward));
        }
        assert_eq!(walks[0], walks[1], "{query:?}: sorting and walking agree");
        assert_eq!(walks[0], walks[2], "{query:?}: sorting and merging agree");
        assert_eq!(
            walks[0], walks[3],
            "{query:?}: the plan picked by itself agrees"
        );
    }
    assert_counts_follow_terms(&app).await;
}

on_both_databases!(
    search_matches_the_start_of_name_or_email_words_in_any_case,
    pages_walk_forward_and_back_without_gaps_or_repeats,
    removed_members_drop_out_of_search_and_last_active_follows_use,
    memberships_from_before_search_are_made_searchable,
    search_terms_from_before_migration_0004_are_completed,
    search_in_a_large_workspace_reads_indexes_not_tables,
    both_plans_give_the_same_pages,
    members_joining_and_leaving_at_once_keep_the_counts,
);
