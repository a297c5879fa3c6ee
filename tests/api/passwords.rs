use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, SmtpSink, TestApp, error_body, session_cookie, token_in,
};
use crate::on_both_databases;
use roster::email::Mailer;

const NEW_PASSWORD: &str = "a brand new passphrase";

async fn password_hash(app: &TestApp) -> String {
    let (hash,): (String,) = sqlx::query_as("SELECT password_hash FROM users")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    hash
}

fn change<'a>(current: &'a str, new: &'a str, confirm: &'a str) -> [(&'static str, &'a str); 3] {
    [
        ("current_password", current),
        ("new_password", new),
        ("confirm_password", confirm),
    ]
}

async fn changing_the_password_ends_the_other_sessions_and_rotates_this_one(app: TestApp) {
    let app = app.with_admin().await;
    let (laptop, phone) = (app.device(), app.device());
    let before = session_cookie(&laptop.login(ADMIN_EMAIL, ADMIN_PASSWORD).await).unwrap();
    phone.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;

    let response = laptop
        .call(
            "change_password",
            &change(ADMIN_PASSWORD, NEW_PASSWORD, NEW_PASSWORD),
        )
        .await;

    assert_eq!(response.status(), 200);
    let after = session_cookie(&response).expect("a new session cookie");
    assert_ne!(before.split(';').next(), after.split(';').next());
    assert_eq!(
        laptop.signed_in().await.email,
        ADMIN_EMAIL,
        "this device stays"
    );
    assert!(phone.viewer().await.is_none(), "the other device is out");
    assert_eq!(app.count("sessions").await, 1);
    assert_eq!(
        app.device()
            .login(ADMIN_EMAIL, ADMIN_PASSWORD)
            .await
            .status(),
        401
    );
    assert_eq!(
        app.device().login(ADMIN_EMAIL, NEW_PASSWORD).await.status(),
        200
    );
}

async fn a_password_change_needs_the_current_password_and_valid_new_ones(app: TestApp) {
    let app = app.with_admin().await;
    let (laptop, phone) = (app.device(), app.device());
    laptop.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    phone.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let hash = password_hash(&app).await;

    let cases = [
        (
            change("not my password at all", NEW_PASSWORD, NEW_PASSWORD),
            "current_password",
            "This is not your current password",
        ),
        (
            change(ADMIN_PASSWORD, "short pw", "short pw"),
            "new_password",
            "Use at least 12 characters; a short sentence works well",
        ),
        (
            change(ADMIN_PASSWORD, "password1234", "password1234"),
            "new_password",
            "This password is on a list of common passwords; choose another",
        ),
        (
            change(ADMIN_PASSWORD, NEW_PASSWORD, "a brand new passphrasE"),
            "confirm_password",
            "The two new passwords differ",
        ),
    ];
    for (form, field, message) in cases {
        let response = laptop.call("change_password", &form).await;
        assert_eq!(response.status(), 400, "{field}");
        let body = error_body(response).await;
        let errors = body["Validation"].as_array().unwrap();
        assert!(
            errors
                .iter()
                .any(|e| e["field"] == field && e["message"] == message),
            "{body}"
        );
    }
    assert_eq!(password_hash(&app).await, hash, "nothing changed");
    assert_eq!(app.count("sessions").await, 2);

    let signed_out = app
        .device()
        .call(
            "change_password",
            &change(ADMIN_PASSWORD, NEW_PASSWORD, NEW_PASSWORD),
        )
        .await;
    assert_eq!(signed_out.status(), 401);
}

async fn passwords_are_kept_exactly_as_typed_in_any_script(app: TestApp) {
    let app = app.with_admin().await;
    let laptop = app.device();
    laptop.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let emoji = "🙂".repeat(64);
    laptop.change_password(ADMIN_PASSWORD, &emoji).await;
    assert_eq!(app.device().login(ADMIN_EMAIL, &emoji).await.status(), 200);
    let one_different = format!("{}🙃", "🙂".repeat(63));
    assert_eq!(
        app.device()
            .login(ADMIN_EMAIL, &one_different)
            .await
            .status(),
        401
    );

    let spaced = " spaces count too ";
    laptop.change_password(&emoji, spaced).await;
    assert_eq!(
        app.device()
            .login(ADMIN_EMAIL, spaced.trim())
            .await
            .status(),
        401
    );
    assert_eq!(app.device().login(ADMIN_EMAIL, spaced).await.status(), 200);
    let too_long = "a".repeat(129);
    let refused = laptop
        .call("change_password", &change(spaced, &too_long, &too_long))
        .await;
    assert_eq!(refused.status(), 400);
}

async fn a_reset_link_arrives_by_email_and_works_once(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let phone = app.device();
    phone.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;

    app.device()
        .request_password_reset("ADA@example.test")
        .await;
    app.outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    assert!(messages[0].contains("Subject: Reset your Roster password"));
    assert!(messages[0].contains(&format!("To: {ADMIN_EMAIL}")));
    let token = token_in(&messages[0], "/reset-password/");
    assert!(token.len() >= 43, "at least 256 bits: {token}");
    let (stored,): (String,) = sqlx::query_as("SELECT token_hash FROM password_resets")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_ne!(stored, token, "only the hash is stored");
    assert!(app.device().reset_link_usable(&token).await);

    app.device().reset_password(&token, NEW_PASSWORD).await;
    assert!(phone.viewer().await.is_none(), "every session ended");
    assert_eq!(
        app.device().login(ADMIN_EMAIL, NEW_PASSWORD).await.status(),
        200
    );

    let again = app
        .device()
        .call(
            "reset_password",
            &[
                ("token", token.as_str()),
                ("new_password", "yet another passphrase"),
                ("confirm_password", "yet another passphrase"),
            ],
        )
        .await;
    assert_eq!(again.status(), 409);
    assert_eq!(
        error_body(again).await["Conflict"]["message"],
        "This password reset link is no longer valid. Ask for a new one."
    );
    assert_eq!(
        app.device().login(ADMIN_EMAIL, NEW_PASSWORD).await.status(),
        200,
        "a used link changes nothing"
    );
}

async fn a_reset_link_expires_after_an_hour(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    app.device().request_password_reset(ADMIN_EMAIL).await;
    app.outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    let token = token_in(&sink.messages()[0], "/reset-password/");

    app.clock.advance(3600);

    assert!(!app.device().reset_link_usable(&token).await);
    let reset = app
        .device()
        .call(
            "reset_password",
            &[
                ("token", token.as_str()),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(reset.status(), 409);
    assert_eq!(
        app.device()
            .login(ADMIN_EMAIL, ADMIN_PASSWORD)
            .await
            .status(),
        200
    );
}

async fn asking_for_a_reset_never_reveals_whether_the_email_has_an_account(app: TestApp) {
    let app = app.with_admin().await;
    let known = app
        .device()
        .call("request_password_reset", &[("email", ADMIN_EMAIL)])
        .await;
    let unknown = app
        .device()
        .call(
            "request_password_reset",
            &[("email", "nobody@example.test")],
        )
        .await;

    assert_eq!(known.status(), unknown.status());
    assert_eq!(known.text().await.unwrap(), unknown.text().await.unwrap());
    let (queued,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(queued, 1, "only the real account gets a message");
    assert!(!app.device().reset_link_usable("made-up-token").await);
}

async fn a_weaker_stored_hash_is_upgraded_at_sign_in(app: TestApp) {
    use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
    let app = app.with_admin().await;
    let weak = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon2::Params::new(8192, 1, 1, None).unwrap(),
    )
    .hash_password(ADMIN_PASSWORD.as_bytes(), &SaltString::generate(&mut OsRng))
    .unwrap()
    .to_string();
    sqlx::query("UPDATE users SET password_hash = $1")
        .bind(&weak)
        .execute(app.db.pool())
        .await
        .unwrap();

    assert_eq!(
        app.device()
            .login(ADMIN_EMAIL, ADMIN_PASSWORD)
            .await
            .status(),
        200
    );

    let upgraded = password_hash(&app).await;
    assert!(
        upgraded.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{upgraded}"
    );
}

on_both_databases!(
    changing_the_password_ends_the_other_sessions_and_rotates_this_one,
    a_password_change_needs_the_current_password_and_valid_new_ones,
    passwords_are_kept_exactly_as_typed_in_any_script,
    a_reset_link_arrives_by_email_and_works_once,
    a_reset_link_expires_after_an_hour,
    asking_for_a_reset_never_reveals_whether_the_email_has_an_account,
    a_weaker_stored_hash_is_upgraded_at_sign_in,
);
