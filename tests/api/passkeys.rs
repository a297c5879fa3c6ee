//! Passkeys over HTTP: what a stranger, another person or a made-up answer can do to a
//! ceremony. A real authenticator's answers are exercised in the browser suite, through
//! Chromium's virtual authenticator.

use crate::helpers::{ADMIN_PASSWORD, TestApp, signed_in_admin, spawn_app_with};
use crate::on_both_databases;
use roster::auth::two_factor::model::{PasskeyCeremony, challenge_expired_message};
use roster::db::Backend;
use roster::error::AppError;
use roster::policy::Role;

async fn at_localhost(app: TestApp) -> TestApp {
    // Browsers offer passkeys only to a domain name, so these tests run Roster at localhost.
    let backend = if app.database_url.starts_with("sqlite") {
        Backend::Sqlite
    } else {
        Backend::Postgres
    };
    let mut app = spawn_app_with(
        backend,
        &[("ROSTER_BASE_URL", "http://localhost:{port}".to_owned())],
    )
    .await;
    // Browsers call it by that name, and Roster refuses writes from any other origin.
    app.address = app.address.replace("127.0.0.1", "localhost");
    app.browser = crate::helpers::Device::new(&app.address);
    app.with_admin().await
}

async fn passkeys_need_a_domain_name(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (status, error) = admin
        .refused(
            "begin_passkey_registration",
            &[
                ("passkey_name", "Laptop"),
                ("passkey_password", ADMIN_PASSWORD),
            ],
        )
        .await;
    assert_eq!(status, 409);
    assert!(error.to_string().contains("domain name"), "{error}");
    let (status, _) = app.device().refused("begin_passkey_sign_in", &[]).await;
    assert_eq!(status, 409);
}

async fn a_registration_is_answered_once_and_only_by_whoever_started_it(app: TestApp) {
    let app = at_localhost(app).await;
    app.add_member(
        "Acme Support",
        "eddie@example.test",
        "Eddie Editor",
        Role::Editor,
    )
    .await;
    let admin = signed_in_admin(&app).await;

    let (status, unnamed) = admin
        .refused("begin_passkey_registration", &[("passkey_name", "  ")])
        .await;
    assert_eq!(status, 400);
    assert!(
        matches!(unnamed, AppError::Validation(ref fields) if fields[0].field == "passkey_name")
    );

    let ceremony: PasskeyCeremony = admin
        .answer(
            "begin_passkey_registration",
            &[
                ("passkey_name", "Laptop"),
                ("passkey_password", ADMIN_PASSWORD),
            ],
        )
        .await;
    let options: serde_json::Value = serde_json::from_str(&ceremony.options).unwrap();
    assert_eq!(options["publicKey"]["rp"]["id"], "localhost");
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["residentKey"],
        "preferred"
    );
    assert_eq!(options["publicKey"]["user"]["name"], "ada@example.test");

    // Someone else holding the token cannot finish it, and that uses it up.
    let editor = app.device();
    editor.login("eddie@example.test", ADMIN_PASSWORD).await;
    let (status, _) = editor
        .refused(
            "finish_passkey_registration",
            &[("token", ceremony.token.as_str()), ("credential", "{}")],
        )
        .await;
    assert_eq!(status, 409);
    let (status, _) = admin
        .refused(
            "finish_passkey_registration",
            &[("token", ceremony.token.as_str()), ("credential", "{}")],
        )
        .await;
    assert_eq!(status, 409, "a ceremony is answered once");

    let again: PasskeyCeremony = admin
        .answer(
            "begin_passkey_registration",
            &[
                ("passkey_name", "Laptop"),
                ("passkey_password", ADMIN_PASSWORD),
            ],
        )
        .await;
    let (status, junk) = admin
        .refused(
            "finish_passkey_registration",
            &[("token", again.token.as_str()), ("credential", "not json")],
        )
        .await;
    assert_eq!(status, 400, "{junk:?}");
    assert_eq!(app.count("passkeys").await, 0);
    let (status, _) = admin
        .refused("remove_passkey", &[("passkey_id", "1")])
        .await;
    assert_eq!(status, 404);
}

async fn a_sign_in_with_a_passkey_takes_a_real_answer(app: TestApp) {
    let app = at_localhost(app).await;
    let stranger = app.device();
    let ceremony: PasskeyCeremony = stranger.answer("begin_passkey_sign_in", &[]).await;
    let options: serde_json::Value = serde_json::from_str(&ceremony.options).unwrap();
    assert_eq!(options["publicKey"]["rpId"], "localhost");
    assert_eq!(options["publicKey"]["userVerification"], "required");

    let (status, _) = stranger
        .refused(
            "finish_passkey_sign_in",
            &[
                ("token", ceremony.token.as_str()),
                ("credential", "{\"id\":1}"),
            ],
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = stranger
        .refused(
            "finish_passkey_sign_in",
            &[("token", ceremony.token.as_str()), ("credential", "{}")],
        )
        .await;
    assert_eq!(status, 409, "the ceremony died with its first answer");
    assert!(stranger.viewer().await.is_none());
    assert_eq!(app.count("sessions").await, 0);

    // The second step needs a half-done sign-in.
    let (_, error) = stranger.refused("begin_passkey_second_step", &[]).await;
    assert_eq!(error.to_string(), challenge_expired_message());
}

/// The last second factor of someone a workspace requires it of stays; a passkey that is
/// not the last goes. (The row stands in for one a browser registered: removing reads only
/// its owner and id.)
async fn the_last_passkey_stays_while_a_workspace_requires_one(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (admin_id,): (i64,) =
        sqlx::query_as("SELECT id FROM users WHERE email = 'ada@example.test'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    for (credential, name) in [("cred-one", "Laptop"), ("cred-two", "Phone")] {
        sqlx::query(
            "INSERT INTO passkeys (user_id, credential_id, name, passkey, created_at) \
             VALUES ($1, $2, $3, '{}', 0)",
        )
        .bind(admin_id)
        .bind(credential)
        .bind(name)
        .execute(app.db.pool())
        .await
        .unwrap();
    }
    admin.require_two_factor("everyone").await;
    let ids: Vec<(i64,)> = sqlx::query_as("SELECT id FROM passkeys ORDER BY id")
        .fetch_all(app.db.pool())
        .await
        .unwrap();

    let () = admin
        .answer("remove_passkey", &[("passkey_id", &ids[0].0.to_string())])
        .await;
    let (status, refused) = admin
        .refused("remove_passkey", &[("passkey_id", &ids[1].0.to_string())])
        .await;
    assert_eq!(status, 403);
    assert!(
        refused.to_string().contains("Acme Support requires"),
        "{refused}"
    );
    assert_eq!(app.count("passkeys").await, 1, "the last one stays");
}

on_both_databases!(
    the_last_passkey_stays_while_a_workspace_requires_one,
    passkeys_need_a_domain_name,
    a_registration_is_answered_once_and_only_by_whoever_started_it,
    a_sign_in_with_a_passkey_takes_a_real_answer,
);
