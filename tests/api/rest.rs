//! The REST API under /api/v1, called as a script calls it: a bearer token and JSON.

use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, signed_in_admin, spawn_app_with,
};
use crate::on_both_databases;
use reqwest::Method;
use roster::auth::api_tokens::model::Access;
use roster::db::Backend;
use roster::policy::Role;
use roster::rest::schema::MemberList;
use roster::workspace::service::create_workspace;
use serde_json::json;

async fn member(app: &TestApp, email: &str, role: Role) -> (i64, Device) {
    let id = app.add_member("Acme Support", email, "Member", role).await;
    let device = app.device();
    assert_eq!(device.login(email, ADMIN_PASSWORD).await.status(), 200);
    (id, device)
}

async fn an_admin_token_does_what_the_admin_tabs_do(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let (bea, _) = member(&app, "bea.smith@example.test", Role::Agent).await;
    let script = app.script(&ada.api_token("Provisioning").await);

    let raw = script
        .send(Method::GET, "/me", None)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        raw.contains(r#""role":"admin""#),
        "roles as the document names them: {raw}"
    );
    let me = script.me().await;
    assert_eq!((me.email.as_str(), me.role), (ADMIN_EMAIL, Role::Admin));
    assert_eq!(me.workspace.name, "Acme Support");
    assert_eq!(me.token.access, Access::SameAsRole);

    let workspace = script.workspace().await;
    assert_eq!(workspace.name, "Acme Support");
    let changed: roster::rest::schema::Workspace = script
        .answer(
            Method::PATCH,
            "/workspace",
            Some(json!({ "timezone": "Europe/Paris" })),
        )
        .await;
    assert_eq!(changed.timezone, "Europe/Paris");
    assert_eq!(changed.name, "Acme Support", "what was left out is kept");
    assert_eq!(ada.workspace_settings().await.timezone, "Europe/Paris");

    let found = script.members("smith").await;
    assert_eq!(found.total, 1);
    assert_eq!(found.members[0].id, bea);
    assert_eq!(found.members[0].role, Role::Agent);
    assert_eq!(script.member(bea).await.email, "bea.smith@example.test");
    assert_eq!(
        script.change_role(bea, Role::Editor).await.role,
        Role::Editor
    );
    assert_eq!(ada.member(bea).await.role, Role::Editor);

    let invited = script
        .invite(
            &[
                "new@example.test",
                "not an address",
                "bea.smith@example.test",
            ],
            Role::Agent,
        )
        .await;
    let outcome: Vec<(&str, bool)> = invited
        .results
        .iter()
        .map(|result| (result.email.as_str(), result.invited))
        .collect();
    assert_eq!(
        outcome,
        [
            ("new@example.test", true),
            ("not an address", false),
            ("bea.smith@example.test", false)
        ]
    );
    let invitations = script.invitations().await;
    assert_eq!(invitations.len(), 1);
    assert_eq!(invitations[0].status, "pending");
    assert!(
        invitations[0].expires_at.ends_with('Z'),
        "{}",
        invitations[0].expires_at
    );
    let id = invitations[0].id;
    script
        .done(Method::POST, &format!("/invitations/{id}/resend"))
        .await;
    let resent = script.invitations().await;
    assert_ne!(resent[0].id, 0);
    let id = resent[0].id;
    script
        .done(Method::DELETE, &format!("/invitations/{id}"))
        .await;
    assert!(ada.invitations().await.is_empty());

    script
        .done(Method::DELETE, &format!("/members/{bea}"))
        .await;
    assert_eq!(script.members("smith").await.total, 0);

    // Each change is in the history, as the token's work.
    let history = script.activity().await;
    let via_token = history
        .entries
        .iter()
        .filter(|entry| entry.description.contains("via API token “Provisioning”"))
        .count();
    assert!(via_token >= 5, "{:#?}", history.entries);
    assert!(
        ada.activity(None)
            .await
            .entries
            .iter()
            .any(|entry| entry.what.starts_with("removed Member (via API token"))
    );
}

async fn members_page_by_cursor_in_name_order(app: TestApp) {
    let app = app.with_admin().await;
    roster::workspace::demo::seed_demo(
        &app.db,
        &app.clock,
        "Acme Support",
        120,
        "a long enough passphrase".into(),
    )
    .await
    .unwrap();
    let ada = signed_in_admin(&app).await;
    let script = app.script(&ada.api_token("Export").await);
    let first = script.members("").await;
    assert_eq!(first.members.len(), 50);
    let total = first.total;
    let mut seen: Vec<i64> = first.members.iter().map(|m| m.id).collect();
    let mut cursor = first.next_cursor;
    while let Some(next) = cursor {
        let page = script.members_after(&next).await;
        seen.extend(page.members.iter().map(|m| m.id));
        cursor = page.next_cursor;
    }
    assert_eq!(seen.len() as i64, total);
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len() as i64, total, "no member twice");
    let bad = script
        .refused(Method::GET, "/members?cursor=abc", None)
        .await;
    assert_eq!(bad.status, 400);
    let unknown = script.refused(Method::GET, "/members?page=2", None).await;
    assert_eq!(unknown.status, 400, "unknown parameters are refused");
}

async fn members_filter_by_role_with_or_without_a_search(app: TestApp) {
    let app = app.with_admin().await;
    roster::workspace::demo::seed_demo(
        &app.db,
        &app.clock,
        "Acme Support",
        300,
        "a long enough passphrase".into(),
    )
    .await
    .unwrap();
    let ada = signed_in_admin(&app).await;
    let script = app.script(&ada.api_token("Roles").await);
    // Every page of a listing, in order.
    let all_pages = |path: String| {
        let script = &script;
        async move {
            let separator = if path.contains('?') { '&' } else { '?' };
            let first: MemberList = script.answer(Method::GET, &path, None).await;
            let total = first.total;
            let mut ids: Vec<(i64, Role)> = first.members.iter().map(|m| (m.id, m.role)).collect();
            let mut cursor = first.next_cursor;
            while let Some(next) = cursor {
                let page: MemberList = script
                    .answer(
                        Method::GET,
                        &format!("{path}{separator}cursor={next}"),
                        None,
                    )
                    .await;
                assert_eq!(page.total, total, "{path}: the count holds on every page");
                ids.extend(page.members.iter().map(|m| (m.id, m.role)));
                cursor = page.next_cursor;
            }
            (ids, total)
        }
    };
    for query in ["", "a", "tanaka"] {
        let (everyone, _) = all_pages(format!("/members?q={query}")).await;
        for role in [Role::Admin, Role::Editor, Role::Agent] {
            let expected: Vec<(i64, Role)> = everyone
                .iter()
                .copied()
                .filter(|(_, r)| *r == role)
                .collect();
            let (found, total) =
                all_pages(format!("/members?q={query}&role={}", role.as_str())).await;
            assert_eq!(
                found, expected,
                "{query:?} {role}: the same members in the same order"
            );
            assert_eq!(total, expected.len() as i64, "{query:?} {role}");
            if query != "tanaka" {
                assert!(expected.len() > 1, "{query:?} {role}: the seed has several");
            }
        }
    }
    let unknown = script
        .refused(Method::GET, "/members?role=owner", None)
        .await;
    assert_eq!(unknown.status, 400);
}

async fn each_role_is_capped_by_its_permissions(app: TestApp) {
    let app = app.with_admin().await;
    let (_, editor) = member(&app, "edith@example.test", Role::Editor).await;
    let (_, agent) = member(&app, "agnes@example.test", Role::Agent).await;
    let editors = app.script(&editor.api_token("Flows").await);
    let agents = app.script(&agent.api_token("Tickets").await);

    assert_eq!(editors.me().await.role, Role::Editor);
    editors.workspace().await;
    for (method, path) in [
        (Method::GET, "/members"),
        (Method::GET, "/invitations"),
        (Method::GET, "/activity"),
        (Method::PATCH, "/workspace"),
    ] {
        let refusal = editors.refused(method.clone(), path, Some(json!({}))).await;
        assert_eq!(refusal.status, 403, "{method} {path}");
    }
    assert_eq!(agents.me().await.role, Role::Agent);
    for (method, path) in [(Method::GET, "/workspace"), (Method::GET, "/members")] {
        let refusal = agents.refused(method.clone(), path, None).await;
        assert_eq!(refusal.status, 403, "{method} {path}");
        assert_eq!(refusal.problem.kind, "/api/docs#problem-forbidden");
    }
}

/// Every endpoint × every role, with the permission each endpoint needs: a role that has it
/// gets through (whatever the answer then is), one that lacks it gets 403, and nothing
/// changes on a refusal.
async fn every_endpoint_answers_each_role_by_the_policy(app: TestApp) {
    use roster::policy::{Permission, can};
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let (_, editor) = member(&app, "edith@example.test", Role::Editor).await;
    let (_, agent) = member(&app, "agnes@example.test", Role::Agent).await;
    let endpoints: [(Method, &str, Permission); 12] = [
        (Method::GET, "/me", Permission::ManageOwnAccount),
        (Method::GET, "/workspace", Permission::ViewWorkspaceSettings),
        (
            Method::PATCH,
            "/workspace",
            Permission::ChangeWorkspaceSettings,
        ),
        (Method::GET, "/members", Permission::ManageUsers),
        (Method::GET, "/members/999999", Permission::ManageUsers),
        (Method::PATCH, "/members/999999", Permission::ManageUsers),
        (Method::DELETE, "/members/999999", Permission::ManageUsers),
        (Method::GET, "/invitations", Permission::ManageInvitations),
        (Method::POST, "/invitations", Permission::ManageInvitations),
        (
            Method::POST,
            "/invitations/999999/resend",
            Permission::ManageInvitations,
        ),
        (
            Method::DELETE,
            "/invitations/999999",
            Permission::ManageInvitations,
        ),
        (Method::GET, "/activity", Permission::ViewActivity),
    ];
    for (role, device) in [
        (Role::Admin, &ada),
        (Role::Editor, &editor),
        (Role::Agent, &agent),
    ] {
        let script = app.script(&device.api_token(&format!("{role} script")).await);
        for (method, path, permission) in &endpoints {
            // Bodies that are valid but change nothing: an unchanged name, an empty list.
            let body = match (method.as_str(), *path) {
                ("PATCH", "/workspace") => Some(json!({ "name": "Acme Support" })),
                ("PATCH", _) => Some(json!({ "role": "agent" })),
                ("POST", "/invitations") => Some(json!({ "emails": [], "role": "agent" })),
                _ => None,
            };
            let before = app.count("activity_log").await;
            let status = script
                .send(method.clone(), path, body)
                .await
                .status()
                .as_u16();
            if can(role, *permission) {
                assert!(
                    ![401, 403].contains(&status),
                    "{role} {method} {path}: {status}"
                );
            } else {
                assert_eq!(status, 403, "{role} {method} {path}");
                assert_eq!(
                    app.count("activity_log").await,
                    before,
                    "{role} {method} {path}"
                );
            }
        }
    }
}

async fn a_read_only_token_changes_nothing(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let (bea, _) = member(&app, "bea@example.test", Role::Agent).await;
    let secret = ada
        .create_api_token("Audit", 30, Access::ReadOnly)
        .await
        .secret;
    let script = app.script(&secret);
    script.members("").await;
    script.member(bea).await;
    script.invitations().await;
    script.activity().await;
    for (method, path, body) in [
        (
            Method::PATCH,
            format!("/members/{bea}"),
            Some(json!({ "role": "admin" })),
        ),
        (Method::DELETE, format!("/members/{bea}"), None),
        (
            Method::POST,
            "/invitations".to_owned(),
            Some(json!({ "emails": ["x@example.test"], "role": "agent" })),
        ),
        (
            Method::PATCH,
            "/workspace".to_owned(),
            Some(json!({ "name": "Taken over" })),
        ),
    ] {
        let refusal = script.refused(method.clone(), &path, body).await;
        assert_eq!(refusal.status, 403, "{method} {path}");
    }
    assert_eq!(ada.member(bea).await.role, Role::Agent);
    assert_eq!(app.count("invitations").await, 0);
}

async fn the_role_cap_follows_a_demotion_at_once(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let (otto, other_admin) = member(&app, "otto@example.test", Role::Admin).await;
    let script = app.script(&other_admin.api_token("Sync").await);
    script.members("").await;

    ada.change_role(otto, Role::Editor).await;
    let refusal = script.refused(Method::GET, "/members", None).await;
    assert_eq!(refusal.status, 403);
    assert_eq!(script.me().await.role, Role::Editor);
}

async fn a_token_never_sees_or_touches_another_workspace(app: TestApp) {
    let app = app.with_admin().await;
    create_workspace(&app.db, &app.clock, "Other Co")
        .await
        .unwrap();
    let olga = app
        .add_member("Other Co", "olga@example.test", "Olga Other", Role::Admin)
        .await;
    let ada = signed_in_admin(&app).await;
    let script = app.script(&ada.api_token("Acme only").await);

    assert!(script.members("olga").await.members.is_empty());
    for (method, path, body) in [
        (Method::GET, format!("/members/{olga}"), None),
        (
            Method::PATCH,
            format!("/members/{olga}"),
            Some(json!({ "role": "agent" })),
        ),
        (Method::DELETE, format!("/members/{olga}"), None),
    ] {
        let refusal = script.refused(method.clone(), &path, body).await;
        assert_eq!(refusal.status, 404, "{method} {path}");
    }
    let (role,): (String,) = sqlx::query_as("SELECT role FROM memberships WHERE user_id = $1")
        .bind(olga)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(role, "admin");
}

async fn the_last_admin_rule_holds_through_the_api(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let me = ada.signed_in().await;
    let script = app.script(&ada.api_token("Self").await);
    let id = script.me().await.user_id;
    let refusal = script
        .refused(
            Method::PATCH,
            &format!("/members/{id}"),
            Some(json!({ "role": "agent" })),
        )
        .await;
    assert_eq!(refusal.status, 409);
    assert_eq!(
        refusal.problem.detail,
        roster::users::service::last_admin_message()
    );
    assert_eq!(
        script
            .refused(Method::DELETE, &format!("/members/{id}"), None)
            .await
            .status,
        409
    );
    assert_eq!(ada.signed_in().await.role, me.role);
}

async fn refusals_are_problem_documents(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let script = app.script(&ada.api_token("Checks").await);

    let signed_out = app
        .script("roster_not-a-token")
        .refused(Method::GET, "/me", None)
        .await;
    assert_eq!(signed_out.status, 401);
    assert_eq!(signed_out.content_type, "application/problem+json");
    assert_eq!(signed_out.problem.kind, "/api/docs#problem-unauthenticated");
    assert_eq!(signed_out.problem.status, 401);

    let unknown_field = script
        .refused(
            Method::PATCH,
            "/workspace",
            Some(json!({ "timezone": "UTC", "owner": "me" })),
        )
        .await;
    assert_eq!(unknown_field.status, 400);
    assert!(
        unknown_field.problem.detail.contains("owner"),
        "{:?}",
        unknown_field.problem
    );

    let invalid = script
        .refused(
            Method::PATCH,
            "/workspace",
            Some(json!({ "timezone": "Mars/Olympus" })),
        )
        .await;
    assert_eq!(invalid.status, 400);
    assert_eq!(invalid.problem.kind, "/api/docs#problem-validation");
    assert_eq!(invalid.problem.errors[0].field, "timezone");
    assert_eq!(script.workspace().await.timezone, "UTC", "nothing changed");

    let huge = "a".repeat(1024 * 1024 + 1);
    let too_large = script
        .refused(Method::PATCH, "/workspace", Some(json!({ "name": huge })))
        .await;
    assert_eq!(too_large.status, 413);
    assert_eq!(too_large.content_type, "application/problem+json");

    let not_json = script
        .client
        .patch(format!("{}/api/v1/workspace", app.address))
        .bearer_auth(&script.token)
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), 400);

    let nowhere = script.refused(Method::GET, "/nowhere", None).await;
    assert_eq!(nowhere.status, 404);
    let wrong_method = script.refused(Method::PUT, "/members", None).await;
    assert_eq!(wrong_method.status, 405);
    assert_eq!(wrong_method.content_type, "application/problem+json");
}

async fn cookies_never_open_the_api(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let with_cookie = ada
        .client
        .get(format!("{}/api/v1/me", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(with_cookie.status(), 401);
    // A form another site sends in the person's browser carries their cookie, not a token.
    let cross_site = ada
        .client
        .post(format!("{}/api/v1/invitations", app.address))
        .header("Origin", "https://evil.example")
        .json(&json!({ "emails": ["x@example.test"], "role": "admin" }))
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 401);
    assert_eq!(app.count("invitations").await, 0);
}

async fn every_documented_route_answers(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let script = app.script(&ada.api_token("Docs").await);
    let document: serde_json::Value = reqwest::get(format!("{}/api/v1/openapi.json", app.address))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let document: utoipa::openapi::OpenApi = serde_json::from_value(document).unwrap();
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut routes = 0;
    for (path, item) in &document.paths.paths {
        let operations = [
            (Method::GET, &item.get),
            (Method::POST, &item.post),
            (Method::PATCH, &item.patch),
            (Method::DELETE, &item.delete),
            (Method::PUT, &item.put),
        ];
        for (method, operation) in operations {
            let Some(operation) = operation else { continue };
            routes += 1;
            assert!(
                operation
                    .responses
                    .responses
                    .keys()
                    .any(|status| status.starts_with('2')),
                "{method} {path} documents its success"
            );
            assert!(operation.summary.is_some(), "{method} {path} has a summary");
            let concrete = path.replace("{id}", "999999");
            let response = script
                .send(
                    method.clone(),
                    &concrete,
                    Some(json!({ "role": "agent", "emails": [] })),
                )
                .await;
            let status = response.status().as_u16().to_string();
            assert!(
                operation.responses.responses.contains_key(&status),
                "{method} {path} answered {status}, which it does not document"
            );
            let example = format!(
                "curl -X {method} \"$ROSTER_URL/api/v1{}",
                path.replace("{id}", "42")
            );
            assert!(
                readme.match_indices(&example).any(|(at, _)| matches!(
                    readme[at + example.len()..].chars().next(),
                    Some('"' | '?')
                )),
                "the README has a curl example for {method} {path}: {example}"
            );
        }
    }
    assert_eq!(routes, 12, "every endpoint of the issue is documented");
    let reference = app.device().get("/api/docs").await;
    assert_eq!(reference.status(), 200);
    let csp = reference
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(csp.contains("default-src 'self'"), "{csp}");
    let html = reference.text().await.unwrap();
    for heading in [
        "GET /members/{id}",
        "POST /invitations/{id}/resend",
        "problem-too-large",
    ] {
        assert!(html.contains(heading), "the reference shows {heading}");
    }
}

on_both_databases!(
    an_admin_token_does_what_the_admin_tabs_do,
    members_page_by_cursor_in_name_order,
    members_filter_by_role_with_or_without_a_search,
    each_role_is_capped_by_its_permissions,
    every_endpoint_answers_each_role_by_the_policy,
    a_read_only_token_changes_nothing,
    the_role_cap_follows_a_demotion_at_once,
    a_token_never_sees_or_touches_another_workspace,
    the_last_admin_rule_holds_through_the_api,
    refusals_are_problem_documents,
    cookies_never_open_the_api,
    every_documented_route_answers,
);

async fn each_token_has_its_own_rate_limit(backend: Backend) {
    let app = spawn_app_with(backend, &[("ROSTER_API_REQUESTS_PER_MINUTE", "3".into())])
        .await
        .with_admin()
        .await;
    let ada = signed_in_admin(&app).await;
    let first = app.script(&ada.api_token("One").await);
    let second = app.script(&ada.api_token("Two").await);
    for _ in 0..3 {
        first.me().await;
    }
    let refusal = first.refused(Method::GET, "/me", None).await;
    assert_eq!(refusal.status, 429);
    let wait: u64 = refusal.retry_after.unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(refusal.problem.retry_after, Some(wait));
    second.me().await;
}

mod each_token_has_its_own_rate_limit {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::each_token_has_its_own_rate_limit(roster::db::Backend::Sqlite).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        super::each_token_has_its_own_rate_limit(roster::db::Backend::Postgres).await
    }
}
