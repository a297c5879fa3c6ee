use crate::helpers::{TestApp, error_body, setup_form};
use crate::on_both_databases;

async fn a_new_installation_sends_visitors_to_the_setup(app: TestApp) {
    assert!(app.browser.first_run_open().await);
    let response = app.get("/").await;
    assert_eq!(response.status(), 302);
    assert_eq!(response.headers()["location"], "/setup");

    let page = app.get("/setup").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    for text in [
        "Create your workspace",
        "Setup code",
        "Workspace name",
        "Your name",
        "Email",
        "Password",
    ] {
        assert!(html.contains(text), "the setup page lacks {text:?}");
    }
}

async fn the_setup_creates_the_workspace_and_its_admin_then_sends_them_to_log_in(app: TestApp) {
    let response = app.complete_setup(&setup_form(&[])).await;

    assert!(
        response.status().is_success() || response.status().is_redirection(),
        "{}",
        response.status()
    );
    let redirect = response
        .headers()
        .get("location")
        .or_else(|| response.headers().get("serverfnredirect"))
        .expect("a redirect to the login page");
    assert_eq!(redirect, "/login?welcome=1");
    let (name, language, timezone): (String, String, String) =
        sqlx::query_as("SELECT name, language, timezone FROM workspaces")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(
        (name.as_str(), language.as_str(), timezone.as_str()),
        ("Acme Support", "en", "UTC")
    );
    let (email, user_name, hash): (String, String, String) =
        sqlx::query_as("SELECT email, name, password_hash FROM users")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(email, "ada@example.test", "emails are stored lowercased");
    assert_eq!(user_name, "Ada Admin");
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    let (role,): (String,) = sqlx::query_as("SELECT role FROM memberships")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(role, "admin");
    let (action,): (String,) = sqlx::query_as("SELECT action FROM activity_log")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(action, "workspace_created");

    let login = app.get("/login?welcome=1").await.text().await.unwrap();
    assert!(login.contains("Your workspace is ready"), "{login}");
}

async fn after_the_setup_the_page_is_gone_and_visitors_go_to_log_in(app: TestApp) {
    app.complete_setup(&setup_form(&[])).await;

    assert!(!app.browser.first_run_open().await);
    assert_eq!(app.get("/").await.headers()["location"], "/login");
    assert_eq!(app.get("/setup").await.headers()["location"], "/login");
    let again = app
        .complete_setup(&setup_form(&[
            ("workspace_name", "Second"),
            ("email", "eve@example.test"),
        ]))
        .await;
    assert_eq!(again.status(), 409);
    assert_eq!(app.count("workspaces").await, 1);
    assert_eq!(app.count("users").await, 1);
}

async fn a_wrong_setup_code_is_refused_beside_its_field_and_changes_nothing(app: TestApp) {
    let response = app
        .complete_setup(&setup_form(&[("setup_code", "WRONG-CODE")]))
        .await;

    assert_eq!(response.status(), 400);
    let body = error_body(response).await;
    assert_eq!(body["Validation"][0]["field"], "setup_code");
    assert!(
        body["Validation"][0]["message"]
            .as_str()
            .unwrap()
            .contains("setup code is not right")
    );
    assert_eq!(app.count("workspaces").await, 0);
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("instance_setup").await, 0);
}

async fn an_invalid_email_and_a_short_password_are_each_reported_and_change_nothing(app: TestApp) {
    let response = app
        .complete_setup(&setup_form(&[
            ("email", "not-an-email"),
            ("password", "too short"),
        ]))
        .await;

    assert_eq!(response.status(), 400);
    let body = error_body(response).await;
    let fields: Vec<&str> = body["Validation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["email", "password"]);
    assert!(
        body["Validation"][1]["message"]
            .as_str()
            .unwrap()
            .contains("at least 12 characters")
    );
    assert_eq!(app.count("workspaces").await, 0);
    assert_eq!(app.count("users").await, 0);
}

async fn missing_arguments_are_a_bad_request_not_a_server_error(app: TestApp) {
    let response = app.complete_setup(&[("setup_code", "x")]).await;
    assert_eq!(response.status(), 400);
    let body = response.text().await.unwrap();
    assert!(
        !body.to_lowercase().contains("sqlx") && !body.contains("panicked"),
        "{body}"
    );
}

async fn two_setups_at_once_create_exactly_one_workspace(app: TestApp) {
    let first = setup_form(&[("workspace_name", "First")]);
    let second = setup_form(&[("workspace_name", "Second"), ("email", "eve@example.test")]);
    let (a, b) = tokio::join!(app.complete_setup(&first), app.complete_setup(&second));

    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses[1], 409, "one setup must lose: {statuses:?}");
    assert!(statuses[0] < 400, "one setup must win: {statuses:?}");
    assert_eq!(app.count("workspaces").await, 1);
    assert_eq!(app.count("users").await, 1);
}

on_both_databases!(
    a_new_installation_sends_visitors_to_the_setup,
    the_setup_creates_the_workspace_and_its_admin_then_sends_them_to_log_in,
    after_the_setup_the_page_is_gone_and_visitors_go_to_log_in,
    a_wrong_setup_code_is_refused_beside_its_field_and_changes_nothing,
    an_invalid_email_and_a_short_password_are_each_reported_and_change_nothing,
    missing_arguments_are_a_bad_request_not_a_server_error,
    two_setups_at_once_create_exactly_one_workspace,
);
