//! API tokens: made at Account menu → API tokens or on the command line, shown once, stored
//! as a hash, and dying with the right they stood for.

use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Device, SmtpSink, TestApp, signed_in_admin, token_in,
};
use crate::on_both_databases;
use reqwest::Method;
use roster::auth::api_tokens::model::Access;
use roster::email::Mailer;
use roster::policy::Role;
use std::process::{Command, Stdio};

async fn member(app: &TestApp, email: &str, role: Role) -> (i64, Device) {
    let id = app.add_member("Acme Support", email, "Member", role).await;
    let device = app.device();
    assert_eq!(device.login(email, ADMIN_PASSWORD).await.status(), 200);
    (id, device)
}

async fn a_token_is_shown_once_and_only_its_hash_is_kept(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;

    let made = ada.create_api_token("HR sync", 90, Access::ReadOnly).await;
    assert!(made.secret.starts_with("roster_"), "{}", made.secret);
    assert!(
        made.secret.len() >= 7 + 43,
        "256 random bits: {}",
        made.secret
    );
    assert_eq!(made.token.name, "HR sync");
    assert_eq!(made.token.access, Access::ReadOnly);
    assert!(made.token.last_used.is_none());
    assert!(!made.token.expired);

    let (hash, expires_at, created_at): (String, i64, i64) =
        sqlx::query_as("SELECT token_hash, expires_at, created_at FROM api_tokens")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(hash, roster::auth::token::hash_token(&made.secret));
    assert_eq!(expires_at - created_at, 90 * 24 * 60 * 60);

    let listed = ada.api_tokens().await;
    assert_eq!(listed.len(), 1);
    assert_eq!(
        listed[0], made.token,
        "the list never holds the secret again"
    );

    // Using it shows in the list.
    app.script(&made.secret).me().await;
    let used = ada.api_tokens().await;
    assert!(used[0].last_used.is_some());
}

async fn the_form_is_checked_and_a_refusal_keeps_nothing(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let (status, error) = ada
        .refused(
            "create_api_token",
            &[
                ("name", "  "),
                ("expires_in_days", "10"),
                ("access", "read_only"),
            ],
        )
        .await;
    assert_eq!(status, 400);
    assert!(error.message_for("name").is_some(), "{error:?}");
    assert!(error.message_for("expires_in_days").is_some(), "{error:?}");
    let long = "n".repeat(101);
    let (status, _) = ada
        .refused(
            "create_api_token",
            &[
                ("name", &long),
                ("expires_in_days", "30"),
                ("access", "same_as_role"),
            ],
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = ada
        .refused(
            "create_api_token",
            &[
                ("name", "x"),
                ("expires_in_days", "30"),
                ("access", "superuser"),
            ],
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(app.count("api_tokens").await, 0);
    assert_eq!(
        app.device()
            .call(
                "create_api_token",
                &[
                    ("name", "x"),
                    ("expires_in_days", "30"),
                    ("access", "read_only")
                ]
            )
            .await
            .status(),
        401,
        "signed out"
    );
}

async fn each_person_revokes_their_own_and_admins_revoke_a_members(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let (agnes, agent) = member(&app, "agnes@example.test", Role::Agent).await;
    let agents = agent
        .create_api_token("Ticket bot", 7, Access::SameAsRole)
        .await;
    let admins = ada
        .create_api_token("Provisioning", 30, Access::SameAsRole)
        .await;

    // Someone else's token is not found, whoever asks.
    let (status, _) = agent
        .refused(
            "revoke_api_token",
            &[("token_id", &admins.token.id.to_string())],
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = agent
        .refused("member_api_tokens", &[("user_id", &agnes.to_string())])
        .await;
    assert_eq!(status, 403, "only admins see a member's tokens");

    let seen = ada.member_api_tokens(agnes).await;
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].name, "Ticket bot");
    ada.revoke_member_api_token(agnes, agents.token.id).await;
    assert!(agent.api_tokens().await.is_empty());
    assert_eq!(
        app.script(&agents.secret)
            .send(Method::GET, "/me", None)
            .await
            .status(),
        401
    );

    ada.revoke_api_token(admins.token.id).await;
    assert_eq!(
        app.script(&admins.secret)
            .send(Method::GET, "/me", None)
            .await
            .status(),
        401
    );
    let (revoked_by_admin,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM activity_log WHERE action = 'api_token_revoked' \
         AND subject_user_id = $1 AND detail = 'Ticket bot'",
    )
    .bind(agnes)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(revoked_by_admin, 1);
}

async fn leaving_the_workspace_or_resetting_the_password_revokes_the_tokens(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let (edith, editor) = member(&app, "edith@example.test", Role::Editor).await;
    let ediths = editor.api_token("Flows export").await;
    let adas = ada.api_token("Provisioning").await;
    app.script(&ediths).me().await;

    ada.remove_member(edith).await;
    assert_eq!(
        app.script(&ediths)
            .send(Method::GET, "/me", None)
            .await
            .status(),
        401
    );
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM api_tokens WHERE user_id = $1")
        .bind(edith)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(left, 0);

    let sink = SmtpSink::start("accept");
    app.device().request_password_reset(ADMIN_EMAIL).await;
    app.outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    let link = token_in(&sink.messages()[0], "/reset-password/");
    app.device()
        .reset_password(&link, "a brand new passphrase")
        .await;
    assert_eq!(
        app.script(&adas)
            .send(Method::GET, "/me", None)
            .await
            .status(),
        401
    );
    assert_eq!(app.count("api_tokens").await, 0);
}

async fn an_expired_token_is_refused_but_listed_as_expired(app: TestApp) {
    let app = app.with_admin().await;
    let ada = signed_in_admin(&app).await;
    let secret = ada
        .create_api_token("Weekly", 7, Access::ReadOnly)
        .await
        .secret;
    app.script(&secret).me().await;
    app.clock.advance(7 * 24 * 60 * 60);
    let refusal = app.script(&secret).refused(Method::GET, "/me", None).await;
    assert_eq!(refusal.status, 401);
    // A week on, the admin's session may have ended too; they sign in again to look.
    let listed = signed_in_admin(&app).await.api_tokens().await;
    assert!(listed[0].expired);
}

fn roster(app: &TestApp, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_roster"))
        .args(args)
        .env_clear()
        .env("DATABASE_URL", &app.database_url)
        .env("ROSTER_DATA_DIR", app.dir.path())
        .current_dir(app.dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("run roster")
}

async fn the_command_line_makes_a_token_for_a_member(app: TestApp) {
    let app = app.with_admin().await;
    let made = roster(
        &app,
        &[
            "api-token",
            "create",
            "--workspace",
            "Acme Support",
            "--email",
            "ADA@example.test",
            "--name",
            "HR sync",
            "--read-only",
        ],
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let secret = String::from_utf8(made.stdout).unwrap().trim().to_owned();
    assert!(
        secret.starts_with("roster_"),
        "only the token on stdout: {secret}"
    );
    let me = app.script(&secret).me().await;
    assert_eq!(me.email, ADMIN_EMAIL);
    assert_eq!(me.token.name, "HR sync");
    assert_eq!(me.token.access, Access::ReadOnly);

    let stranger = roster(
        &app,
        &[
            "api-token",
            "create",
            "--workspace",
            "Acme Support",
            "--email",
            "nobody@example.test",
            "--name",
            "x",
        ],
    );
    assert!(!stranger.status.success());
    assert!(
        String::from_utf8_lossy(&stranger.stderr).contains("is not a member of"),
        "{}",
        String::from_utf8_lossy(&stranger.stderr)
    );
    let bad_lifetime = roster(
        &app,
        &[
            "api-token",
            "create",
            "--workspace",
            "Acme Support",
            "--email",
            ADMIN_EMAIL,
            "--name",
            "x",
            "--expires-in-days",
            "3",
        ],
    );
    assert!(!bad_lifetime.status.success());
    assert_eq!(app.count("api_tokens").await, 1);
    let (by_command_line,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM activity_log WHERE action = 'api_token_created' \
         AND actor_user_id IS NULL AND detail = 'HR sync'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(by_command_line, 1);
}

on_both_databases!(
    a_token_is_shown_once_and_only_its_hash_is_kept,
    the_form_is_checked_and_a_refusal_keeps_nothing,
    each_person_revokes_their_own_and_admins_revoke_a_members,
    leaving_the_workspace_or_resetting_the_password_revokes_the_tokens,
    an_expired_token_is_refused_but_listed_as_expired,
    the_command_line_makes_a_token_for_a_member,
);
