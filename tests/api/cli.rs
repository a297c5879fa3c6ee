//! The `roster` binary's commands, run as a person would run them.

use crate::helpers::TestApp;
use crate::on_both_databases;
use roster::policy::Role;
use std::process::{Command, Output, Stdio};

fn roster(app: &TestApp, args: &[&str], extra_env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_roster"))
        .args(args)
        .env_clear()
        .env("DATABASE_URL", &app.database_url)
        .env("ROSTER_DATA_DIR", app.dir.path())
        .envs(extra_env.iter().copied())
        .current_dir(app.dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("run roster")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

async fn create_workspace_then_create_admin_make_a_working_admin(app: TestApp) {
    let created = roster(&app, &["create-workspace", "--name", "Field Team"], &[]);
    assert!(created.status.success(), "{}", text(&created));
    assert!(text(&created).contains("Created workspace \"Field Team\""));

    let admin = roster(
        &app,
        &[
            "create-admin",
            "--workspace",
            "Field Team",
            "--email",
            "Boss@Example.test",
            "--name",
            "Bo Boss",
        ],
        &[("ROSTER_PASSWORD", "a long enough passphrase")],
    );
    assert!(admin.status.success(), "{}", text(&admin));
    let (email, role): (String, String) = sqlx::query_as(
        "SELECT u.email, m.role FROM users u JOIN memberships m ON m.user_id = u.id",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(
        (email.as_str(), role.as_str()),
        ("boss@example.test", "admin")
    );
}

async fn add_member_gives_a_role_and_refuses_an_unknown_one(app: TestApp) {
    let app = app.with_admin().await;
    let added = roster(
        &app,
        &[
            "add-member",
            "--workspace",
            "Acme Support",
            "--email",
            "agnes@example.test",
            "--name",
            "Agnes Agent",
            "--role",
            "agent",
        ],
        &[("ROSTER_PASSWORD", "a long enough passphrase")],
    );
    assert!(added.status.success(), "{}", text(&added));
    assert!(
        text(&added).contains("as an Agent of \"Acme Support\""),
        "{}",
        text(&added)
    );
    let device = app.device();
    device
        .login("agnes@example.test", "a long enough passphrase")
        .await;
    assert_eq!(device.signed_in().await.role, Some(Role::Agent));

    let refused = roster(
        &app,
        &[
            "add-member",
            "--workspace",
            "Acme Support",
            "--email",
            "root@example.test",
            "--name",
            "Root",
            "--role",
            "superadmin",
        ],
        &[("ROSTER_PASSWORD", "a long enough passphrase")],
    );
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("unknown role"),
        "{}",
        text(&refused)
    );
    assert_eq!(app.count("users").await, 2);
}

async fn create_workspace_refuses_a_taken_name_with_a_clear_message(app: TestApp) {
    roster(&app, &["create-workspace", "--name", "Field Team"], &[]);
    let again = roster(&app, &["create-workspace", "--name", "Field Team"], &[]);
    assert!(!again.status.success());
    assert!(text(&again).contains("already exists"), "{}", text(&again));
    assert_eq!(app.count("workspaces").await, 1);
}

async fn create_admin_refuses_bad_input_and_writes_nothing(app: TestApp) {
    roster(&app, &["create-workspace", "--name", "Field Team"], &[]);

    let unknown = roster(
        &app,
        &[
            "create-admin",
            "--workspace",
            "Nope",
            "--email",
            "a@example.test",
            "--name",
            "A",
        ],
        &[("ROSTER_PASSWORD", "a long enough passphrase")],
    );
    assert!(!unknown.status.success());
    assert!(
        text(&unknown).contains("No workspace is named \"Nope\""),
        "{}",
        text(&unknown)
    );

    let bad_email = roster(
        &app,
        &[
            "create-admin",
            "--workspace",
            "Field Team",
            "--email",
            "nope",
            "--name",
            "A",
        ],
        &[("ROSTER_PASSWORD", "a long enough passphrase")],
    );
    assert!(!bad_email.status.success());
    assert!(
        text(&bad_email).contains("valid email address"),
        "{}",
        text(&bad_email)
    );

    let short = roster(
        &app,
        &[
            "create-admin",
            "--workspace",
            "Field Team",
            "--email",
            "a@example.test",
            "--name",
            "A",
        ],
        &[("ROSTER_PASSWORD", "short")],
    );
    assert!(!short.status.success());
    assert!(
        text(&short).contains("at least 12 characters"),
        "{}",
        text(&short)
    );
    assert_eq!(app.count("users").await, 0);
    assert_eq!(app.count("memberships").await, 0);
}

async fn every_command_explains_itself_with_help(app: TestApp) {
    let help = roster(&app, &["--help"], &[]);
    assert!(help.status.success());
    for command in ["serve", "create-workspace", "create-admin"] {
        assert!(text(&help).contains(command), "{}", text(&help));
    }
    let admin_help = roster(&app, &["create-admin", "--help"], &[]);
    assert!(
        text(&admin_help).contains("--workspace") && text(&admin_help).contains("ROSTER_PASSWORD")
    );
}

async fn a_malformed_setting_stops_start_up_naming_the_variable(app: TestApp) {
    let output = roster(&app, &["serve"], &[("ROSTER_INVITE_TTL", "soon")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output).contains("invalid value 'soon' for '--invite-ttl <ROSTER_INVITE_TTL>'"),
        "{}",
        text(&output)
    );
}

async fn serve_refuses_to_start_without_its_site_folder(app: TestApp) {
    let missing = app.dir.path().join("no-site-here");
    let output = roster(
        &app,
        &["serve"],
        &[("LEPTOS_SITE_ROOT", missing.to_str().unwrap())],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        text(&output).contains(&format!("the site folder {} is missing", missing.display())),
        "{}",
        text(&output)
    );
}

async fn serve_prints_the_setup_code_answers_health_and_stops_cleanly_on_sigterm(app: TestApp) {
    let (server, _address) = app.serve_with_log().await;

    let pid = server.id().to_string();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("send SIGTERM");
    assert!(killed.success());
    let output = tokio::task::spawn_blocking(move || server.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert!(
        output.status.success(),
        "exit after SIGTERM: {:?}\n{}",
        output.status,
        text(&output)
    );
    let logs = text(&output);
    assert!(logs.contains("enter the setup code"), "{logs}");
    assert!(logs.contains("Roster stopped"), "{logs}");
}

async fn seed_demo_fills_a_workspace_whose_people_can_sign_in(app: TestApp) {
    let password = [("ROSTER_PASSWORD", "demo passphrase 1")];
    let seeded = roster(&app, &["seed-demo", "--users", "250"], &password);
    assert!(seeded.status.success(), "{}", text(&seeded));
    assert!(
        text(&seeded).contains("Added 250 people to \"Demo workspace\""),
        "{}",
        text(&seeded)
    );
    let again = roster(&app, &["seed-demo", "--users", "50"], &password);
    assert!(text(&again).contains("Added 50 people"), "{}", text(&again));
    let (members, admins, terms): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), SUM(CASE WHEN role = 'admin' THEN 1 ELSE 0 END), \
                (SELECT COUNT(DISTINCT user_id) FROM search_terms) \
         FROM memberships WHERE removed_at IS NULL",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(members, 301, "the demo admin and 300 people");
    assert_eq!(terms, 301, "everyone can be searched for");
    assert!(admins > 1, "some of the people are admins too");

    let admin = app.device();
    let response = admin
        .login("admin@demo-workspace.example", "demo passphrase 1")
        .await;
    assert_eq!(response.status(), 200);
    let (someone,): (String,) =
        sqlx::query_as("SELECT email FROM users WHERE email LIKE 'amara.%' ORDER BY id LIMIT 1")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    let person = app.device();
    let response = person.login(&someone, "demo passphrase 1").await;
    assert_eq!(response.status(), 200, "people share the demo password");

    let weak = roster(
        &app,
        &["seed-demo", "--users", "5"],
        &[("ROSTER_PASSWORD", "short")],
    );
    assert!(!weak.status.success());
    assert!(text(&weak).contains("password"), "{}", text(&weak));
}

on_both_databases!(
    seed_demo_fills_a_workspace_whose_people_can_sign_in,
    create_workspace_then_create_admin_make_a_working_admin,
    add_member_gives_a_role_and_refuses_an_unknown_one,
    create_workspace_refuses_a_taken_name_with_a_clear_message,
    create_admin_refuses_bad_input_and_writes_nothing,
    every_command_explains_itself_with_help,
    a_malformed_setting_stops_start_up_naming_the_variable,
    serve_prints_the_setup_code_answers_health_and_stops_cleanly_on_sigterm,
    serve_refuses_to_start_without_its_site_folder,
);
