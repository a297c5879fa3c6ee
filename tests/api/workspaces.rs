use crate::endpoints::Page;
use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, TestApp, error_body};
use crate::on_both_databases;
use roster::error::AppError;
use roster::policy::Role;
use roster::workspace::service::{add_member, create_workspace};

fn settings<'a>(
    name: &'a str,
    language: &'a str,
    timezone: &'a str,
) -> [(&'static str, &'a str); 3] {
    [
        ("workspace_name", name),
        ("language", language),
        ("timezone", timezone),
    ]
}

async fn an_admin_changes_the_workspace_settings_and_dates_follow_the_timezone(app: TestApp) {
    let app = app.with_admin().await;
    let admin = app.device();
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let before = admin.sessions().await;
    assert!(before[0].signed_in.exact.ends_with("UTC"), "{before:?}");

    admin
        .save_workspace_settings("Acme Help", "fr", "Asia/Tokyo")
        .await;

    let loaded = admin.workspace_settings().await;
    assert_eq!(loaded.name, "Acme Help");
    assert_eq!(loaded.language, "fr");
    assert_eq!(loaded.timezone, "Asia/Tokyo");
    assert!(loaded.editable);
    assert!(loaded.timezones.len() > 300);
    let after = admin.sessions().await;
    assert!(after[0].signed_in.exact.ends_with("JST"), "{after:?}");
    assert_eq!(
        admin.signed_in().await.workspace_name.as_deref(),
        Some("Acme Help")
    );
}

async fn bad_workspace_settings_are_refused_field_by_field_and_change_nothing(app: TestApp) {
    let app = app.with_admin().await;
    create_workspace(&app.db, &app.clock, "Other Co")
        .await
        .unwrap();
    let admin = app.device();
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;

    let (status, invalid) = admin
        .refused(
            "save_workspace_settings",
            &settings("  ", "klingon", "Mars/Olympus"),
        )
        .await;
    assert_eq!(status, 400);
    let AppError::Validation(problems) = invalid else {
        panic!("a validation error: {invalid:?}")
    };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["workspace_name", "language", "timezone"]);

    // Names that differ in case may both exist.
    admin.save_workspace_settings("other co", "en", "UTC").await;
    let (status, taken) = admin
        .refused(
            "save_workspace_settings",
            &settings("Other Co", "en", "UTC"),
        )
        .await;
    assert_eq!(status, 409);
    assert!(
        matches!(&taken, AppError::Conflict { field: Some(field), .. } if field == "workspace_name"),
        "{taken:?}"
    );
    assert_eq!(admin.workspace_settings().await.name, "other co");
}

async fn editors_see_the_settings_read_only_and_agents_not_at_all(app: TestApp) {
    let app = app.with_admin().await;
    for (email, role) in [
        ("eddie@example.test", Role::Editor),
        ("agnes@example.test", Role::Agent),
    ] {
        add_member(
            &app.db,
            &app.clock,
            "Acme Support",
            email,
            "Someone",
            ADMIN_PASSWORD.into(),
            role,
        )
        .await
        .unwrap();
    }
    let (editor, agent) = (app.device(), app.device());
    editor.login("eddie@example.test", ADMIN_PASSWORD).await;
    agent.login("agnes@example.test", ADMIN_PASSWORD).await;

    let seen = editor.workspace_settings().await;
    assert_eq!(seen.name, "Acme Support");
    assert!(!seen.editable);
    assert!(seen.timezones.is_empty());
    let refused = editor
        .call(
            "save_workspace_settings",
            &settings("Mine now", "en", "UTC"),
        )
        .await;
    assert_eq!(refused.status(), 403);
    assert_eq!(
        error_body(refused).await["Forbidden"],
        "Only admins can change the workspace settings"
    );
    assert_eq!(agent.call("workspace_settings", &[]).await.status(), 403);

    for (path, status) in [
        ("/settings/workspace", 403),
        ("/settings/users", 403),
        ("/settings", 403),
    ] {
        let page = agent
            .client
            .get(format!("{}{path}", app.address))
            .header("Accept", "text/html")
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), status, "{path} for an Agent");
    }
    let editor_page = editor
        .client
        .get(format!("{}/settings/workspace", app.address))
        .header("Accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(editor_page.status(), 200);
}

async fn one_account_has_a_role_in_each_of_several_workspaces(app: TestApp) {
    let app = app.with_admin().await;
    create_workspace(&app.db, &app.clock, "Field Team")
        .await
        .unwrap();
    add_member(
        &app.db,
        &app.clock,
        "Field Team",
        ADMIN_EMAIL,
        "Ada Admin",
        String::new(),
        Role::Agent,
    )
    .await
    .unwrap();
    let (laptop, phone) = (app.device(), app.device());
    laptop.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    phone.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let viewer = laptop.signed_in().await;
    let workspaces = &viewer.workspaces;
    assert_eq!(workspaces.len(), 2);
    let field_team = workspaces
        .iter()
        .find(|w| w.name == "Field Team")
        .unwrap()
        .id;

    laptop.switch_workspace(field_team).await;

    let viewer = laptop.signed_in().await;
    assert_eq!(viewer.workspace_name.as_deref(), Some("Field Team"));
    assert_eq!(viewer.role, Some(Role::Agent));
    assert_eq!(
        laptop.call("members", &[]).await.status(),
        403,
        "an Agent there"
    );
    assert_eq!(
        phone.signed_in().await.workspace_name.as_deref(),
        Some("Acme Support"),
        "each session remembers its own workspace"
    );
    // Still an Admin here.
    phone.members("", Page::First).await;

    // A switch stays on the page the role there opens, and otherwise lands on Home.
    let acme = workspaces
        .iter()
        .find(|w| w.name == "Acme Support")
        .unwrap()
        .id;
    assert_eq!(
        laptop
            .switch_workspace_from(acme, "/account/sessions")
            .await,
        "/account/sessions"
    );
    assert_eq!(
        laptop
            .switch_workspace_from(field_team, "/settings/users?q=ada")
            .await,
        "/",
        "an Agent there cannot open Users"
    );
    assert_eq!(
        laptop
            .switch_workspace_from(acme, "/settings/users/42")
            .await,
        "/settings/users",
        "the person shown belongs to the other workspace"
    );
}

async fn home_shows_admins_the_workspace_and_everyone_else_whom_to_ask(app: TestApp) {
    let app = app.with_admin().await;
    app.add_member("Acme Support", "ed@example.test", "Ed Editor", Role::Editor)
        .await;
    for n in 0..2 {
        app.add_member(
            "Acme Support",
            &format!("agent{n}@example.test"),
            "Agent",
            Role::Agent,
        )
        .await;
    }
    let admin = app.device();
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    admin
        .invite("soon@example.test\nlater@example.test", Role::Agent)
        .await;

    let home = admin.home().await;
    let overview = home.overview.expect("an Admin's overview");
    assert_eq!(
        (overview.admins, overview.editors, overview.agents),
        (1, 1, 2)
    );
    // Invitations live 7 days by default, so both expire within the week.
    assert_eq!(overview.pending_invitations, 2);
    assert_eq!(overview.expiring_this_week, 2);
    assert_eq!(
        overview.latest_activity[0].what,
        "invited later@example.test as Agent"
    );
    assert_eq!(home.admins, ["Ada Admin"]);
    assert_eq!(home.sessions, 1);

    // Past their expiry they no longer wait.
    app.clock.advance(8 * 24 * 60 * 60);
    // (A week idle also ended the session.)
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let overview = admin.home().await.overview.unwrap();
    assert_eq!(
        (overview.pending_invitations, overview.expiring_this_week),
        (0, 0)
    );

    let editor = app.device();
    editor.login("ed@example.test", ADMIN_PASSWORD).await;
    let home = editor.home().await;
    assert_eq!(home.overview, None, "counts and activity are for admins");
    assert_eq!(home.admins, ["Ada Admin"]);
    assert_eq!(home.sessions, 1);
    assert_eq!(app.device().call("home", &[]).await.status(), 401);
}

on_both_databases!(
    home_shows_admins_the_workspace_and_everyone_else_whom_to_ask,
    an_admin_changes_the_workspace_settings_and_dates_follow_the_timezone,
    bad_workspace_settings_are_refused_field_by_field_and_change_nothing,
    editors_see_the_settings_read_only_and_agents_not_at_all,
    one_account_has_a_role_in_each_of_several_workspaces,
);
