use crate::endpoints::Page;
use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, error_body};
use crate::on_both_databases;
use roster::policy::Role;
use roster::users::model::MemberPage;
use roster::workspace::service::create_workspace;

async fn member(app: &TestApp, email: &str, role: Role) -> (i64, Device) {
    let id = app.add_member("Acme Support", email, "Member", role).await;
    let device = app.device();
    assert_eq!(device.login(email, ADMIN_PASSWORD).await.status(), 200);
    (id, device)
}

async fn admin(app: &TestApp) -> (i64, Device) {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = $1")
        .bind(ADMIN_EMAIL)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let device = app.device();
    device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    (id, device)
}

async fn a_new_role_applies_on_the_persons_next_request(app: TestApp) {
    let app = app.with_admin().await;
    let (_, ada) = admin(&app).await;
    let (agnes, agent_device) = member(&app, "agnes@example.test", Role::Agent).await;
    let second_device = app.device();
    second_device
        .login("agnes@example.test", ADMIN_PASSWORD)
        .await;
    assert_eq!(
        agent_device.call("workspace_settings", &[]).await.status(),
        403
    );

    ada.change_role(agnes, Role::Editor).await;

    for device in [&agent_device, &second_device] {
        assert_eq!(device.signed_in().await.role, Some(Role::Editor));
        // An Editor may read the workspace settings.
        device.workspace_settings().await;
    }
    assert_eq!(ada.member(agnes).await.role, Role::Editor);
    let (logged,): (String,) =
        sqlx::query_as("SELECT detail FROM activity_log WHERE action = 'role_changed'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(logged, "agent → editor");
}

async fn role_changes_are_checked(app: TestApp) {
    let app = app.with_admin().await;
    let (_, ada) = admin(&app).await;
    let (agnes, _) = member(&app, "agnes@example.test", Role::Agent).await;
    create_workspace(&app.db, &app.clock, "Other Co")
        .await
        .unwrap();
    let olga = app
        .add_member("Other Co", "olga@example.test", "Olga", Role::Admin)
        .await;

    let bad_role = ada
        .call(
            "change_role",
            &[("user_id", &agnes.to_string()), ("role", "superadmin")],
        )
        .await;
    assert_eq!(bad_role.status(), 400);
    for stranger in [olga, 999_999] {
        let response = ada
            .call(
                "change_role",
                &[("user_id", &stranger.to_string()), ("role", "agent")],
            )
            .await;
        assert_eq!(response.status(), 404, "user {stranger}");
        assert_eq!(
            ada.call("member", &[("user_id", &stranger.to_string())])
                .await
                .status(),
            404
        );
    }
    let not_a_number = ada
        .call("change_role", &[("user_id", "x"), ("role", "agent")])
        .await;
    assert_eq!(not_a_number.status(), 400);
    let (role,): (String,) = sqlx::query_as("SELECT role FROM memberships WHERE user_id = $1")
        .bind(olga)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(role, "admin");
}

async fn a_removed_member_loses_access_at_once_but_keeps_account_and_history(app: TestApp) {
    let app = app.with_admin().await;
    let (_, ada) = admin(&app).await;
    let (eddie, laptop) = member(&app, "eddie@example.test", Role::Editor).await;
    let phone = app.device();
    phone.login("eddie@example.test", ADMIN_PASSWORD).await;

    ada.remove_member(eddie).await;

    for device in [&laptop, &phone] {
        assert!(
            device.viewer().await.is_none(),
            "signed out of the workspace"
        );
        assert_eq!(device.call("workspace_settings", &[]).await.status(), 401);
    }
    let members = ada.members("", Page::First).await;
    assert!(
        !members
            .members
            .iter()
            .any(|m| m.email == "eddie@example.test")
    );
    assert_eq!(app.count("users").await, 2, "the account stays");
    let (history,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM activity_log WHERE actor_user_id = $1 OR subject_user_id = $1",
    )
    .bind(eddie)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert!(
        history >= 2,
        "their sign-ins and the removal stay in the history"
    );
    let again = app
        .device()
        .login("eddie@example.test", ADMIN_PASSWORD)
        .await;
    assert_eq!(again.status(), 401, "no workspace left to sign in to");
    assert_eq!(
        ada.call("remove_member", &[("user_id", &eddie.to_string())])
            .await
            .status(),
        404
    );
}

async fn the_last_admin_can_be_neither_demoted_nor_removed(app: TestApp) {
    let app = app.with_admin().await;
    let (ada_id, ada) = admin(&app).await;

    let demote = ada
        .call(
            "change_role",
            &[("user_id", &ada_id.to_string()), ("role", "editor")],
        )
        .await;
    assert_eq!(demote.status(), 409);
    assert_eq!(
        error_body(demote).await["Conflict"]["message"],
        "A workspace must have at least one admin"
    );
    let remove = ada
        .call("remove_member", &[("user_id", &ada_id.to_string())])
        .await;
    assert_eq!(remove.status(), 409);
    assert_eq!(ada.signed_in().await.role, Some(Role::Admin));
    // The list and the details page offer no removal the server would refuse.
    let own_row = |page: &MemberPage| {
        page.members
            .iter()
            .find(|m| m.user_id == ada_id)
            .cloned()
            .unwrap()
    };
    let row = own_row(&ada.members("", Page::First).await);
    assert!(row.is_you && !row.removable);
    assert!(!ada.member(ada_id).await.removable);

    let (bea, _) = member(&app, "bea@example.test", Role::Admin).await;
    let row = own_row(&ada.members("", Page::First).await);
    assert!(row.is_you && row.removable);
    assert!(ada.member(ada_id).await.removable);
    assert!(!ada.member(bea).await.is_you);
    // With another admin, demoting oneself is fine.
    ada.change_role(ada_id, Role::Editor).await;
    assert_eq!(ada.call("members", &[]).await.status(), 403);
    let _ = bea;
}

async fn two_admins_demoting_each_other_at_once_leave_one_admin(app: TestApp) {
    let app = app.with_admin().await;
    let (ada_id, ada) = admin(&app).await;
    let (bea_id, bea) = member(&app, "bea@example.test", Role::Admin).await;
    let (bea_target, ada_target) = (bea_id.to_string(), ada_id.to_string());
    let by_ada = [("user_id", bea_target.as_str()), ("role", "agent")];
    let by_bea = [("user_id", ada_target.as_str()), ("role", "agent")];

    let (a, b) = tokio::join!(
        ada.call("change_role", &by_ada),
        bea.call("change_role", &by_bea)
    );

    // The loser is refused either as no longer an admin (403) or as the last admin (409).
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert!(
        statuses == [200, 403] || statuses == [200, 409],
        "{statuses:?}"
    );
    let (admins,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships WHERE role = 'admin' AND removed_at IS NULL",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(admins, 1);
}

async fn two_admins_removing_each_other_at_once_leave_one_admin(app: TestApp) {
    let app = app.with_admin().await;
    let (ada_id, ada) = admin(&app).await;
    let (bea_id, bea) = member(&app, "bea@example.test", Role::Admin).await;
    let (bea_target, ada_target) = (bea_id.to_string(), ada_id.to_string());
    let by_ada = [("user_id", bea_target.as_str())];
    let by_bea = [("user_id", ada_target.as_str())];

    let (a, b) = tokio::join!(
        ada.call("remove_member", &by_ada),
        bea.call("remove_member", &by_bea),
    );

    let statuses = [a.status().as_u16(), b.status().as_u16()];
    assert!(statuses.contains(&200), "{statuses:?}");
    let (admins,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships WHERE role = 'admin' AND removed_at IS NULL",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(admins, 1, "{statuses:?}");
}

async fn an_admin_can_end_all_sessions_of_a_member(app: TestApp) {
    let app = app.with_admin().await;
    let (_, ada) = admin(&app).await;
    let (agnes, laptop) = member(&app, "agnes@example.test", Role::Agent).await;
    let phone = app.device();
    phone.login("agnes@example.test", ADMIN_PASSWORD).await;

    let ended = ada.end_member_sessions(agnes).await;

    assert_eq!(ended, 2);
    assert!(laptop.viewer().await.is_none());
    assert!(phone.viewer().await.is_none());
    assert_eq!(ada.signed_in().await.email, ADMIN_EMAIL);
    assert_eq!(
        app.device()
            .login("agnes@example.test", ADMIN_PASSWORD)
            .await
            .status(),
        200,
        "they can sign in again"
    );
}

/// A name is the person's own text: it reaches the page as text and, for the islands that
/// need it, inside a JSON attribute, escaped in both.
async fn names_reach_pages_escaped(app: TestApp) {
    let app = app.with_admin().await;
    let name = r#"Eve "><script>alert(1)</script>"#;
    app.add_member("Acme Support", "eve@example.test", name, Role::Admin)
        .await;
    let eve = app.device();
    assert_eq!(
        eve.login("eve@example.test", ADMIN_PASSWORD).await.status(),
        200
    );

    let page = eve.get("/settings/users").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(!html.contains("<script>alert(1)"), "{html}");
    assert!(
        html.contains("Eve &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
            || html.contains("Eve \"&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the name shows as text: {html}"
    );
    assert!(
        html.contains("<leptos-island") && html.contains("data-props="),
        "the menu's island carries the person in its props: {html}"
    );
}

on_both_databases!(
    names_reach_pages_escaped,
    a_new_role_applies_on_the_persons_next_request,
    role_changes_are_checked,
    a_removed_member_loses_access_at_once_but_keeps_account_and_history,
    the_last_admin_can_be_neither_demoted_nor_removed,
    two_admins_demoting_each_other_at_once_leave_one_admin,
    two_admins_removing_each_other_at_once_leave_one_admin,
    an_admin_can_end_all_sessions_of_a_member,
);
