//! Two-factor sign-in: setting up an authenticator app, the second step of a sign-in, recovery
//! codes, the workspace's rule, and an admin's reset. The test plays the person's phone: it
//! computes codes from the setup key on the server's (test) clock.

use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Device, SmtpSink, TestApp, readable, session_cookie,
    signed_in_admin, token_in,
};
use crate::on_both_databases;
use roster::auth::two_factor::authenticator::AuthenticatorSecret;
use roster::auth::two_factor::model::challenge_expired_message;
use roster::email::Mailer;
use roster::error::AppError;
use roster::policy::Role;

/// A person's phone: the secret their authenticator app holds.
struct Phone(AuthenticatorSecret);

impl Phone {
    /// The code the app shows half a minute from now: each code works once, so every use
    /// moves the clock on to the next one.
    fn next_code(&self, app: &TestApp) -> String {
        app.clock.advance(30);
        self.0.code_at(app.clock.now())
    }
}

/// Turns two-factor on for the person signed in on `device`; answers their phone and
/// recovery codes.
async fn turn_on(app: &TestApp, device: &Device) -> (Phone, Vec<String>) {
    let setup = device.begin_authenticator_setup(ADMIN_PASSWORD).await;
    let key: String = setup.setup_key.split_whitespace().collect();
    let phone = Phone(AuthenticatorSecret::from_stored(&key).expect("a base32 setup key"));
    let codes = device.turn_on_authenticator(&phone.next_code(app)).await;
    (phone, codes)
}

/// Signs in with the password and answers whether the second step was asked for, in which
/// case no session may have started.
async fn password_step(device: &Device, email: &str) -> bool {
    let response = device.login(email, ADMIN_PASSWORD).await;
    assert_eq!(response.status(), 200);
    let asked = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .any(|cookie| cookie.starts_with("roster_sign_in=") && !cookie.contains("Max-Age=0"));
    let session = session_cookie(&response).filter(|cookie| !cookie.contains("Max-Age=0"));
    assert_ne!(
        asked,
        session.is_some(),
        "a session or a second step, never both"
    );
    asked
}

fn field_of(error: &AppError) -> Vec<&str> {
    match error {
        AppError::Validation(fields) => fields.iter().map(|f| f.field.as_str()).collect(),
        _ => Vec::new(),
    }
}

async fn outbox_kinds(app: &TestApp) -> Vec<String> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT kind FROM outbox ORDER BY id")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    rows.into_iter().map(|(kind,)| kind).collect()
}

async fn actions(app: &TestApp) -> Vec<String> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT action FROM activity_log ORDER BY id")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    rows.into_iter().map(|(action,)| action).collect()
}

async fn setting_up_needs_the_password_then_a_code_and_gives_ten_recovery_codes(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    assert!(!admin.two_factor().await.authenticator_on);

    let (_, wrong_password) = admin
        .refused(
            "begin_authenticator_setup",
            &[("current_password", "not it at all")],
        )
        .await;
    assert_eq!(field_of(&wrong_password), ["current_password"]);

    let setup = admin.begin_authenticator_setup(ADMIN_PASSWORD).await;
    assert!(setup.qr_svg.starts_with("<svg"), "{}", &setup.qr_svg[..40]);
    let key: String = setup.setup_key.split_whitespace().collect();
    assert_eq!(key.len(), 32, "160 bits in base32: {}", setup.setup_key);
    let phone = Phone(AuthenticatorSecret::from_stored(&key).unwrap());
    assert!(
        !admin.two_factor().await.authenticator_on,
        "a secret guards nothing until a code confirms it"
    );
    assert!(!password_step(&app.device(), ADMIN_EMAIL).await);

    let (status, wrong_code) = admin
        .refused("turn_on_authenticator", &[("code", "000000")])
        .await;
    assert_eq!((status, field_of(&wrong_code)), (400, vec!["code"]));
    // A code from three minutes ago is as wrong as a made-up one.
    let stale = phone.0.code_at(app.clock.now() - 180);
    let (_, stale_error) = admin
        .refused("turn_on_authenticator", &[("code", &stale)])
        .await;
    assert_eq!(field_of(&stale_error), ["code"]);

    let codes = admin.turn_on_authenticator(&phone.next_code(&app)).await;
    assert_eq!(codes.len(), 10);
    let status = admin.two_factor().await;
    assert!(status.authenticator_on);
    assert_eq!(status.recovery_codes_left, 10);
    let stored: Vec<(String,)> = sqlx::query_as("SELECT code_hash FROM recovery_codes")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert_eq!(stored.len(), 10);
    for code in &codes {
        assert!(
            stored.iter().all(|(hash,)| !hash.contains(code.as_str())),
            "only hashes are stored"
        );
    }
    assert!(
        actions(&app)
            .await
            .contains(&"two_factor_enabled".to_owned())
    );
    assert!(
        outbox_kinds(&app)
            .await
            .contains(&"two_factor_enabled".to_owned())
    );
    let (_, again) = admin
        .refused(
            "begin_authenticator_setup",
            &[("current_password", ADMIN_PASSWORD)],
        )
        .await;
    assert!(matches!(again, AppError::Conflict { .. }), "{again:?}");
}

async fn no_session_exists_until_the_second_step_passes(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (phone, _) = turn_on(&app, &admin).await;
    let sessions_before = app.count("sessions").await;

    let laptop = app.device();
    assert!(password_step(&laptop, ADMIN_EMAIL).await);
    assert!(laptop.viewer().await.is_none());
    assert_eq!(app.count("sessions").await, sessions_before);
    let (status, _) = laptop.refused("sessions", &[]).await;
    assert_eq!(status, 401);

    let (_, wrong) = laptop
        .refused("verify_sign_in", &[("code", "123456")])
        .await;
    assert_eq!(field_of(&wrong), ["code"]);
    laptop.verify_sign_in(&phone.next_code(&app)).await;
    assert_eq!(laptop.signed_in().await.email, ADMIN_EMAIL);
    assert_eq!(app.count("sessions").await, sessions_before + 1);
    assert_eq!(app.count("sign_in_challenges").await, 0);

    // Someone without the half-done sign-in's cookie has nothing to finish.
    let stranger = app.device();
    let (_, error) = stranger
        .refused("verify_sign_in", &[("code", &phone.next_code(&app))])
        .await;
    assert_eq!(error.to_string(), challenge_expired_message());
}

async fn a_code_works_once_and_an_old_one_never(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (phone, _) = turn_on(&app, &admin).await;

    let first = app.device();
    assert!(password_step(&first, ADMIN_EMAIL).await);
    let code = phone.next_code(&app);
    first.verify_sign_in(&code).await;

    // The same code, seen over a shoulder, within its window.
    let thief = app.device();
    assert!(password_step(&thief, ADMIN_EMAIL).await);
    let (_, replayed) = thief.refused("verify_sign_in", &[("code", &code)]).await;
    assert_eq!(field_of(&replayed), ["code"]);
    // The code of the step before: inside the clock-skew allowance, but older than the one used.
    let earlier = phone.0.code_at(app.clock.now() - 30);
    let (_, older) = thief.refused("verify_sign_in", &[("code", &earlier)]).await;
    assert_eq!(field_of(&older), ["code"]);
    assert!(thief.viewer().await.is_none());
    // One step of clock skew either way is allowed: the next code works early.
    let early = phone.0.code_at(app.clock.now() + 30);
    thief.verify_sign_in(&early).await;
    assert!(thief.viewer().await.is_some());
}

async fn a_recovery_code_works_once(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (_, codes) = turn_on(&app, &admin).await;

    let phone_lost = app.device();
    assert!(password_step(&phone_lost, ADMIN_EMAIL).await);
    // Typed as people do: upper case, no dashes, spaces around.
    let typed = format!(" {} ", codes[3].replace('-', "").to_uppercase());
    phone_lost.verify_sign_in(&typed).await;
    assert!(phone_lost.viewer().await.is_some());
    assert_eq!(admin.two_factor().await.recovery_codes_left, 9);

    let again = app.device();
    assert!(password_step(&again, ADMIN_EMAIL).await);
    let (_, used) = again
        .refused("verify_sign_in", &[("code", &codes[3])])
        .await;
    assert_eq!(field_of(&used), ["code"]);
    again.verify_sign_in(&codes[4]).await;
    assert!(again.viewer().await.is_some());
}

async fn the_second_step_expires_after_five_minutes(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (phone, _) = turn_on(&app, &admin).await;

    let slow = app.device();
    assert!(password_step(&slow, ADMIN_EMAIL).await);
    app.clock.advance(5 * 60 + 1);
    let (status, error) = slow
        .refused("verify_sign_in", &[("code", &phone.next_code(&app))])
        .await;
    assert_eq!(status, 409);
    assert_eq!(error.to_string(), challenge_expired_message());
    assert!(slow.viewer().await.is_none());
}

async fn wrong_codes_count_against_the_same_limits_as_passwords(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (phone, _) = turn_on(&app, &admin).await;

    let guesser = app.device();
    assert!(password_step(&guesser, ADMIN_EMAIL).await);
    for _ in 0..4 {
        let (_, error) = guesser
            .refused("verify_sign_in", &[("code", "111111")])
            .await;
        assert_eq!(field_of(&error), ["code"]);
    }
    // The fifth wrong code ends the half-done sign-in: the password is asked again.
    let (_, ended) = guesser
        .refused("verify_sign_in", &[("code", "111111")])
        .await;
    assert!(matches!(ended, AppError::Conflict { .. }), "{ended:?}");
    assert_eq!(app.count("sign_in_challenges").await, 0);
    assert!(
        outbox_kinds(&app)
            .await
            .contains(&"two_factor_wrong_codes".to_owned()),
        "the person is told someone may know their password"
    );

    // A right password does not wipe the wrong codes: five more fill the account's budget
    // of ten, and then even the right password is turned away for a while.
    assert!(password_step(&guesser, ADMIN_EMAIL).await);
    for _ in 0..5 {
        guesser
            .refused("verify_sign_in", &[("code", "222222")])
            .await;
    }
    let (status, limited) = guesser
        .refused(
            "login",
            &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
        )
        .await;
    assert_eq!(status, 429, "{limited:?}");
    assert!(matches!(limited, AppError::RateLimited { .. }));

    // The window passes; then the right code signs in and the count starts again.
    app.clock.advance(15 * 60 + 1);
    assert!(password_step(&guesser, ADMIN_EMAIL).await);
    guesser.verify_sign_in(&phone.next_code(&app)).await;
    assert!(guesser.viewer().await.is_some());
}

async fn new_recovery_codes_replace_the_old_ones(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (_, old_codes) = turn_on(&app, &admin).await;

    let (_, wrong) = admin
        .refused(
            "new_recovery_codes",
            &[("current_password", "not my password")],
        )
        .await;
    assert_eq!(field_of(&wrong), ["current_password"]);
    let new_codes = admin.new_recovery_codes(ADMIN_PASSWORD).await;
    assert_eq!(new_codes.len(), 10);
    assert!(new_codes.iter().all(|code| !old_codes.contains(code)));
    assert!(
        actions(&app)
            .await
            .contains(&"recovery_codes_replaced".to_owned())
    );
    assert!(
        outbox_kinds(&app)
            .await
            .contains(&"recovery_codes_replaced".to_owned())
    );

    let device = app.device();
    assert!(password_step(&device, ADMIN_EMAIL).await);
    let (_, old) = device
        .refused("verify_sign_in", &[("code", &old_codes[0])])
        .await;
    assert_eq!(field_of(&old), ["code"]);
    device.verify_sign_in(&new_codes[0]).await;
    assert!(device.viewer().await.is_some());
}

async fn turning_off_needs_the_password_and_a_code(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (phone, _) = turn_on(&app, &admin).await;

    let (_, no_code) = admin
        .refused(
            "turn_off_two_factor",
            &[("current_password", ADMIN_PASSWORD), ("code", "000000")],
        )
        .await;
    assert_eq!(field_of(&no_code), ["code"]);
    let (_, no_password) = admin
        .refused(
            "turn_off_two_factor",
            &[
                ("current_password", "wrong wrong wrong"),
                ("code", &phone.next_code(&app)),
            ],
        )
        .await;
    assert_eq!(field_of(&no_password), ["current_password"]);
    assert!(admin.two_factor().await.authenticator_on);

    admin
        .turn_off_two_factor(ADMIN_PASSWORD, &phone.next_code(&app))
        .await;
    assert!(!admin.two_factor().await.authenticator_on);
    assert_eq!(app.count("recovery_codes").await, 0);
    assert!(
        actions(&app)
            .await
            .contains(&"two_factor_disabled".to_owned())
    );
    assert!(
        outbox_kinds(&app)
            .await
            .contains(&"two_factor_disabled".to_owned())
    );
    assert!(!password_step(&app.device(), ADMIN_EMAIL).await);
}

async fn the_emails_tell_the_person_what_changed(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    turn_on(&app, &admin).await;
    app.outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    let messages: Vec<String> = sink.messages().iter().map(|m| readable(m)).collect();
    let mail = messages
        .iter()
        .find(|m| m.contains("Two-factor authentication is on"))
        .expect("a turned-on email");
    assert!(mail.contains(&format!("To: {ADMIN_EMAIL}")), "{mail}");
    assert!(mail.contains("/account/two-factor"), "{mail}");
}

/// Everyone in Acme Support must use two-factor: an Editor without it is sent to set it up
/// on every workspace page, and only their own account's pages and calls still work.
async fn a_workspace_can_require_two_factor(app: TestApp) {
    let app = app.with_admin().await;
    let editor_id = app
        .add_member(
            "Acme Support",
            "eddie@example.test",
            "Eddie Editor",
            Role::Editor,
        )
        .await;
    let admin = signed_in_admin(&app).await;
    let editor = app.device();
    editor.login("eddie@example.test", ADMIN_PASSWORD).await;
    assert_eq!(editor.get("/settings").await.status(), 200);

    // Only known choices are taken.
    let (_, bad) = admin
        .refused(
            "save_workspace_settings",
            &[
                ("workspace_name", "Acme Support"),
                ("language", "en"),
                ("timezone", "UTC"),
                ("two_factor_rule", "sometimes"),
            ],
        )
        .await;
    assert_eq!(field_of(&bad), ["two_factor_rule"]);

    // Admins only: the editor is untouched, and the admin (who has none) is sent to set up.
    let settings = admin.require_two_factor("admins").await;
    assert_eq!(settings.two_factor_rule.as_str(), "admins");
    assert_eq!(editor.get("/settings").await.status(), 200);
    let home = admin.get("/").await;
    assert_eq!(home.status(), 302);
    assert_eq!(home.headers()["location"], "/account/two-factor");
    let (_, refused) = admin.refused("members", &[]).await;
    assert!(matches!(refused, AppError::Forbidden(_)), "{refused:?}");
    let (phone, _) = turn_on(&app, &admin).await;
    assert_eq!(admin.get("/settings/users").await.status(), 200);

    // Everyone: the editor's next request, on this device as on any, is sent to set up.
    admin.require_two_factor("everyone").await;
    for page in ["/", "/settings", "/settings/workspace"] {
        let response = editor.get(page).await;
        assert_eq!(response.status(), 302, "{page}");
        assert_eq!(
            response.headers()["location"],
            "/account/two-factor",
            "{page}"
        );
    }
    for page in [
        "/account/two-factor",
        "/account/sessions",
        "/account/password",
    ] {
        assert_eq!(editor.get(page).await.status(), 200, "{page}");
    }
    let viewer = editor.signed_in().await;
    assert!(viewer.must_set_up_two_factor);
    let (status, refused) = editor.refused("workspace_settings", &[]).await;
    assert_eq!(status, 403);
    assert!(
        refused.to_string().contains("requires two-factor"),
        "{refused}"
    );
    assert_eq!(editor.two_factor().await.required_by, ["Acme Support"]);
    assert_eq!(editor.sessions().await.len(), 1);

    let (editor_phone, _) = turn_on(&app, &editor).await;
    assert_eq!(editor.get("/settings").await.status(), 200);
    assert!(!editor.signed_in().await.must_set_up_two_factor);
    // Required, so it cannot be turned off.
    let (status, _) = editor
        .refused(
            "turn_off_two_factor",
            &[
                ("current_password", ADMIN_PASSWORD),
                ("code", &editor_phone.next_code(&app)),
            ],
        )
        .await;
    assert_eq!(status, 403);
    let _ = (phone, editor_id);
}

async fn an_admin_resets_a_locked_out_members_two_factor(app: TestApp) {
    let app = app.with_admin().await;
    let editor_id = app
        .add_member(
            "Acme Support",
            "eddie@example.test",
            "Eddie Editor",
            Role::Editor,
        )
        .await;
    let admin = signed_in_admin(&app).await;
    let editor = app.device();
    editor.login("eddie@example.test", ADMIN_PASSWORD).await;
    turn_on(&app, &editor).await;
    assert!(admin.member(editor_id).await.two_factor);
    let page = admin.members("eddie", crate::endpoints::Page::First).await;
    assert!(page.members[0].two_factor);

    admin.reset_two_factor(editor_id).await;

    assert!(editor.viewer().await.is_none(), "their sessions here ended");
    assert!(!admin.member(editor_id).await.two_factor);
    assert!(actions(&app).await.contains(&"two_factor_reset".to_owned()));
    let (recipient,): (String,) =
        sqlx::query_as("SELECT recipient FROM outbox WHERE kind = 'two_factor_reset'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(recipient, "eddie@example.test");
    assert!(!password_step(&editor, "eddie@example.test").await);
    assert!(editor.viewer().await.is_some());

    let (_, nothing_to_reset) = admin
        .refused("reset_two_factor", &[("user_id", &editor_id.to_string())])
        .await;
    assert!(matches!(nothing_to_reset, AppError::Conflict { .. }));
    let (status, _) = editor
        .refused("reset_two_factor", &[("user_id", "1")])
        .await;
    assert_eq!(status, 403, "an editor may not reset anyone");
}

async fn joining_with_an_existing_account_takes_its_second_factor(app: TestApp) {
    let app = app.with_admin().await;
    roster::workspace::service::create_workspace(&app.db, &app.clock, "Field Team")
        .await
        .unwrap();
    app.add_member("Field Team", "sam@example.test", "Sam", Role::Admin)
        .await;
    let sam = app.device();
    sam.login("sam@example.test", ADMIN_PASSWORD).await;
    let (phone, _) = turn_on(&app, &sam).await;
    sam.logout().await;

    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("sam@example.test", Role::Agent).await;
    app.outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    let invitation = sink
        .messages()
        .into_iter()
        .find(|m| m.contains("/invite/"))
        .expect("the invitation");
    let token = token_in(&invitation, "/invite/");

    let (_, asks) = sam
        .refused(
            "accept_invitation",
            &[("token", token.as_str()), ("password", ADMIN_PASSWORD)],
        )
        .await;
    assert_eq!(field_of(&asks), ["code"]);
    let (_, wrong) = sam
        .refused(
            "accept_invitation",
            &[
                ("token", token.as_str()),
                ("password", ADMIN_PASSWORD),
                ("code", "000000"),
            ],
        )
        .await;
    assert_eq!(field_of(&wrong), ["code"]);
    assert!(sam.viewer().await.is_none());
    let (members,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE u.email = 'sam@example.test'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(members, 1, "no membership before the code");

    let () = sam
        .answer(
            "accept_invitation",
            &[
                ("token", token.as_str()),
                ("password", ADMIN_PASSWORD),
                ("code", &phone.next_code(&app)),
            ],
        )
        .await;
    let viewer = sam.signed_in().await;
    assert_eq!(viewer.workspace_name.as_deref(), Some("Acme Support"));
    assert_eq!(viewer.role, Some(Role::Agent));
}

/// The factor guards the account, not one workspace: a reset by one workspace's admin is
/// seen by the admins of every workspace of the member, the member cannot switch back into
/// the resetting workspace from another one, and a workspace that requires two-factor keeps
/// them from turning it off anywhere.
async fn a_second_factor_belongs_to_the_account_in_every_workspace(app: TestApp) {
    let app = app.with_admin().await;
    let field_team =
        roster::workspace::service::create_workspace(&app.db, &app.clock, "Field Team")
            .await
            .unwrap();
    app.add_member(
        "Field Team",
        "eddie@example.test",
        "Eddie Editor",
        Role::Editor,
    )
    .await;
    let editor_id = app
        .add_member(
            "Acme Support",
            "eddie@example.test",
            "Eddie Editor",
            Role::Editor,
        )
        .await;
    app.add_member("Field Team", "fay@example.test", "Fay Field", Role::Admin)
        .await;
    let (acme,): (i64,) = sqlx::query_as("SELECT id FROM workspaces WHERE name = 'Acme Support'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();

    let editor = app.device();
    editor.login("eddie@example.test", ADMIN_PASSWORD).await;
    let (phone, _) = turn_on(&app, &editor).await;
    let elsewhere = app.device();
    assert!(password_step(&elsewhere, "eddie@example.test").await);
    elsewhere.verify_sign_in(&phone.next_code(&app)).await;
    elsewhere.switch_workspace(field_team).await;

    let admin = signed_in_admin(&app).await;
    admin.reset_two_factor(editor_id).await;

    let (status, refused) = elsewhere
        .refused("switch_workspace", &[("workspace_id", &acme.to_string())])
        .await;
    assert_eq!(status, 403, "no way back into the workspace that reset it");
    assert!(refused.to_string().contains("logged you out"), "{refused}");
    let entries: Vec<(i64,)> = sqlx::query_as(
        "SELECT workspace_id FROM activity_log WHERE action = 'two_factor_reset' \
         ORDER BY workspace_id",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    let mut expected = vec![acme, field_team];
    expected.sort();
    assert_eq!(
        entries.into_iter().map(|(id,)| id).collect::<Vec<_>>(),
        expected,
        "each workspace's admins see the reset"
    );

    // Field Team now requires it: the member is sent to set it up there, and once they have,
    // they cannot turn it off from any workspace.
    let fay = app.device();
    fay.login("fay@example.test", ADMIN_PASSWORD).await;
    fay.require_two_factor("everyone").await;
    assert!(elsewhere.signed_in().await.must_set_up_two_factor);
    let (phone, _) = turn_on(&app, &elsewhere).await;
    let (status, refused) = elsewhere
        .refused(
            "turn_off_two_factor",
            &[
                ("current_password", ADMIN_PASSWORD),
                ("code", &phone.next_code(&app)),
            ],
        )
        .await;
    assert_eq!(status, 403);
    assert!(
        refused.to_string().contains("Field Team requires"),
        "{refused}"
    );
}

async fn a_password_change_ends_half_done_sign_ins(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (phone, _) = turn_on(&app, &admin).await;
    let thief = app.device();
    assert!(password_step(&thief, ADMIN_EMAIL).await);

    admin
        .change_password(ADMIN_PASSWORD, "a brand new long passphrase")
        .await;

    let (_, error) = thief
        .refused("verify_sign_in", &[("code", &phone.next_code(&app))])
        .await;
    assert_eq!(error.to_string(), challenge_expired_message());
    assert!(thief.viewer().await.is_none());
}

async fn the_way_back_survives_the_second_step(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let (phone, _) = turn_on(&app, &admin).await;
    let laptop = app.device();
    let second_step = laptop
        .submit(
            "login",
            &[
                ("email", ADMIN_EMAIL),
                ("password", ADMIN_PASSWORD),
                ("next", "/settings/users?q=a"),
            ],
        )
        .await;
    assert_eq!(
        second_step,
        "/login/two-factor?next=%2Fsettings%2Fusers%3Fq%3Da"
    );
    // The page keeps it in its form and in its links to the other way of answering.
    let page = laptop.get(&second_step).await.text().await.unwrap();
    assert!(
        page.contains(r#"<input type="hidden" name="next" value="/settings/users?q=a">"#),
        "{page}"
    );
    assert!(
        page.contains("/login/two-factor?recovery=1&amp;next=%2Fsettings%2Fusers%3Fq%3Da"),
        "{page}"
    );
    let landing = laptop
        .submit(
            "verify_sign_in",
            &[
                ("code", &phone.next_code(&app)),
                ("next", "/settings/users?q=a"),
            ],
        )
        .await;
    assert_eq!(landing, "/settings/users?q=a");
    assert_eq!(laptop.signed_in().await.email, ADMIN_EMAIL);

    // Elsewhere is dropped at the first step and refused at the second.
    let phone_browser = app.device();
    let second_step = phone_browser
        .submit(
            "login",
            &[
                ("email", ADMIN_EMAIL),
                ("password", ADMIN_PASSWORD),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(second_step, "/login/two-factor");
    let landing = phone_browser
        .submit(
            "verify_sign_in",
            &[
                ("code", &phone.next_code(&app)),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(landing, "/");
}

on_both_databases!(
    the_way_back_survives_the_second_step,
    a_second_factor_belongs_to_the_account_in_every_workspace,
    a_password_change_ends_half_done_sign_ins,
    setting_up_needs_the_password_then_a_code_and_gives_ten_recovery_codes,
    no_session_exists_until_the_second_step_passes,
    a_code_works_once_and_an_old_one_never,
    a_recovery_code_works_once,
    the_second_step_expires_after_five_minutes,
    wrong_codes_count_against_the_same_limits_as_passwords,
    new_recovery_codes_replace_the_old_ones,
    turning_off_needs_the_password_and_a_code,
    the_emails_tell_the_person_what_changed,
    a_workspace_can_require_two_factor,
    an_admin_resets_a_locked_out_members_two_factor,
    joining_with_an_existing_account_takes_its_second_factor,
);
