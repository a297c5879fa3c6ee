use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, TestApp, error_body, json};
use crate::on_both_databases;
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
    let before = json(admin.call("sessions", &[]).await).await;
    assert!(
        before[0]["signed_in"].as_str().unwrap().ends_with("UTC"),
        "{before}"
    );

    let saved = admin
        .call(
            "save_workspace_settings",
            &settings("Acme Help", "fr", "Asia/Tokyo"),
        )
        .await;

    assert_eq!(saved.status(), 200);
    let loaded = json(admin.call("workspace_settings", &[]).await).await;
    assert_eq!(loaded["name"], "Acme Help");
    assert_eq!(loaded["language"], "fr");
    assert_eq!(loaded["timezone"], "Asia/Tokyo");
    assert_eq!(loaded["editable"], true);
    assert!(loaded["timezones"].as_array().unwrap().len() > 300);
    let after = json(admin.call("sessions", &[]).await).await;
    assert!(
        after[0]["signed_in"].as_str().unwrap().ends_with("JST"),
        "{after}"
    );
    assert_eq!(admin.viewer().await["workspace_name"], "Acme Help");
}

async fn bad_workspace_settings_are_refused_field_by_field_and_change_nothing(app: TestApp) {
    let app = app.with_admin().await;
    create_workspace(&app.db, &app.clock, "Other Co")
        .await
        .unwrap();
    let admin = app.device();
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;

    let invalid = admin
        .call(
            "save_workspace_settings",
            &settings("  ", "klingon", "Mars/Olympus"),
        )
        .await;
    assert_eq!(invalid.status(), 400);
    let body = error_body(invalid).await;
    let fields: Vec<&str> = body["Validation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["workspace_name", "language", "timezone"]);

    let taken = admin
        .call(
            "save_workspace_settings",
            &settings("other co", "en", "UTC"),
        )
        .await;
    assert_eq!(
        taken.status(),
        200,
        "names differ in case, so both may exist"
    );
    let taken = admin
        .call(
            "save_workspace_settings",
            &settings("Other Co", "en", "UTC"),
        )
        .await;
    assert_eq!(taken.status(), 409);
    assert_eq!(
        error_body(taken).await["Conflict"]["field"],
        "workspace_name"
    );
    let loaded = json(admin.call("workspace_settings", &[]).await).await;
    assert_eq!(loaded["name"], "other co");
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

    let seen = json(editor.call("workspace_settings", &[]).await).await;
    assert_eq!(seen["name"], "Acme Support");
    assert_eq!(seen["editable"], false);
    assert_eq!(seen["timezones"].as_array().unwrap().len(), 0);
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
    let viewer = laptop.viewer().await;
    let workspaces = viewer["workspaces"].as_array().unwrap();
    assert_eq!(workspaces.len(), 2);
    let field_team = workspaces
        .iter()
        .find(|w| w["name"] == "Field Team")
        .unwrap()["id"]
        .to_string();

    let switched = laptop
        .call("switch_workspace", &[("workspace_id", &field_team)])
        .await;

    assert_eq!(switched.status(), 200);
    let viewer = laptop.viewer().await;
    assert_eq!(viewer["workspace_name"], "Field Team");
    assert_eq!(viewer["role"], "Agent");
    assert_eq!(
        laptop.call("members", &[]).await.status(),
        403,
        "an Agent there"
    );
    assert_eq!(
        phone.viewer().await["workspace_name"],
        "Acme Support",
        "each session remembers its own workspace"
    );
    assert_eq!(
        phone.call("members", &[]).await.status(),
        200,
        "still an Admin here"
    );
}

on_both_databases!(
    an_admin_changes_the_workspace_settings_and_dates_follow_the_timezone,
    bad_workspace_settings_are_refused_field_by_field_and_change_nothing,
    editors_see_the_settings_read_only_and_agents_not_at_all,
    one_account_has_a_role_in_each_of_several_workspaces,
);
