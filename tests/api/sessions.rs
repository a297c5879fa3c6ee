use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, session_cookie};
use crate::on_both_databases;
use roster::policy::Role;

async fn signing_in_sets_an_http_only_lax_cookie_and_the_person_is_known(app: TestApp) {
    let app = app.with_admin().await;
    let phone = app.device();

    let response = phone.login("ADA@example.test", ADMIN_PASSWORD).await;

    assert!(response.status().is_success(), "{}", response.status());
    let cookie = session_cookie(&response).expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Domain="), "{cookie}");
    assert!(
        !cookie.contains("Secure"),
        "plain http must not mark it Secure: {cookie}"
    );
    let viewer = phone.signed_in().await;
    assert_eq!(viewer.email, ADMIN_EMAIL);
    assert_eq!(viewer.role, Some(Role::Admin));
    assert_eq!(viewer.workspace_name.as_deref(), Some("Acme Support"));
    let (hash,): (String,) = sqlx::query_as("SELECT token_hash FROM sessions")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let token = cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("roster_session=");
    assert_ne!(hash, token, "only a hash of the token is stored");
    assert_eq!(hash.len(), 64);
}

async fn every_failed_sign_in_gets_the_same_answer(app: TestApp) {
    let app = app.with_admin().await;
    sqlx::query(
        "INSERT INTO users (email, name, password_hash, created_at, password_changed_at) \
         SELECT 'gone@example.test', 'Gone', password_hash, 0, 0 FROM users",
    )
    .execute(app.db.pool())
    .await
    .unwrap();
    let device = app.device();

    let unknown = device.login("nobody@example.test", ADMIN_PASSWORD).await;
    let wrong = device.login(ADMIN_EMAIL, "not the password at all").await;
    let no_workspace = device.login("gone@example.test", ADMIN_PASSWORD).await;

    let mut answers = Vec::new();
    for response in [unknown, wrong, no_workspace] {
        answers.push((response.status().as_u16(), response.text().await.unwrap()));
    }
    assert_eq!(answers[0].0, 401);
    assert_eq!(
        answers[0].1, "\"InvalidCredentials\"",
        "the browser shows it as \"The email or password is not right\""
    );
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0], answers[2]);
    assert_eq!(app.count("sessions").await, 0);
}

async fn each_device_has_its_own_session_and_logging_out_ends_only_that_one(app: TestApp) {
    let app = app.with_admin().await;
    let (phone, desktop) = (app.device(), app.device());
    phone.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    desktop.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(app.count("sessions").await, 2);

    phone.logout().await;

    assert!(phone.viewer().await.is_none(), "the phone is signed out");
    assert_eq!(
        desktop.signed_in().await.email,
        ADMIN_EMAIL,
        "the desktop stays signed in"
    );
    assert_eq!(app.count("sessions").await, 1);
}

async fn a_cookie_saved_before_logout_no_longer_works(app: TestApp) {
    let app = app.with_admin().await;
    let device = app.device();
    let cookie = session_cookie(&device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await).unwrap();
    let saved = cookie.split(';').next().unwrap().to_owned();
    device.logout().await;

    let replay = reqwest::Client::new()
        .post(format!("{}/api/viewer", app.address))
        .header("Origin", &app.address)
        .header("Cookie", saved)
        .send()
        .await
        .unwrap();
    assert_eq!(replay.text().await.unwrap(), "null");
}

async fn signing_in_again_issues_a_new_token_and_ends_the_old_session(app: TestApp) {
    let app = app.with_admin().await;
    let device = app.device();
    let first = session_cookie(&device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await).unwrap();
    let second = session_cookie(&device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await).unwrap();
    assert_ne!(first.split(';').next(), second.split(';').next());
    assert_eq!(app.count("sessions").await, 1);
}

async fn an_idle_session_expires(app: TestApp) {
    let app = app.with_admin().await;
    let device = app.device();
    device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;

    app.clock.advance(7 * 24 * 3600 + 1);

    assert!(device.viewer().await.is_none());
    assert_eq!(app.count("sessions").await, 0);
}

async fn a_busy_session_still_ends_at_its_maximum_age(app: TestApp) {
    let app = app.with_admin().await;
    let device = app.device();
    device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    // Used every 6 days, so never idle for 7. The clock follows real time too, so no check
    // lands exactly on day 30: a second ticking by would put it past the limit.
    for _ in 0..4 {
        app.clock.advance(6 * 24 * 3600);
        assert!(device.viewer().await.is_some(), "still within the limits");
    }
    app.clock.advance(5 * 24 * 3600);
    assert!(
        device.viewer().await.is_some(),
        "29 days in, still signed in"
    );

    app.clock.advance(2 * 24 * 3600);

    assert!(
        device.viewer().await.is_none(),
        "30 days after sign-in the session ends"
    );
}

async fn the_role_is_read_from_the_database_on_every_request(app: TestApp) {
    let app = app.with_admin().await;
    let device = app.device();
    device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    sqlx::query("UPDATE memberships SET role = 'agent'")
        .execute(app.db.pool())
        .await
        .unwrap();
    assert_eq!(device.signed_in().await.role, Some(Role::Agent));

    sqlx::query("UPDATE memberships SET removed_at = 1")
        .execute(app.db.pool())
        .await
        .unwrap();
    assert!(
        device.signed_in().await.role.is_none(),
        "a removed member has no role"
    );
}

async fn cross_site_posts_are_refused_and_change_nothing(app: TestApp) {
    let app = app.with_admin().await;
    let login = |builder: reqwest::RequestBuilder| {
        builder
            .form(&[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)])
            .send()
    };
    let url = format!("{}/api/login", app.address);
    let client = reqwest::Client::new();

    let other_origin = login(client.post(&url).header("Origin", "https://evil.test"))
        .await
        .unwrap();
    let cross_site = login(client.post(&url).header("Sec-Fetch-Site", "cross-site"))
        .await
        .unwrap();
    let anonymous = login(client.post(&url)).await.unwrap();
    let same_site_other_port = login(
        client
            .post(&url)
            .header("Sec-Fetch-Site", "same-site")
            .header("Origin", &app.address),
    )
    .await
    .unwrap();

    for response in [other_origin, cross_site, anonymous, same_site_other_port] {
        assert_eq!(response.status(), 403);
        assert!(
            response.headers()["vary"]
                .to_str()
                .unwrap()
                .contains("Sec-Fetch-Site")
        );
    }
    assert_eq!(app.count("sessions").await, 0);
    let allowed = login(client.post(&url).header("Sec-Fetch-Site", "same-origin"))
        .await
        .unwrap();
    assert!(allowed.status().is_success());
}

async fn pages_carry_a_nonce_csp_and_are_never_cached(app: TestApp) {
    let response = app.get("/setup").await;
    let headers = response.headers().clone();
    let html = response.text().await.unwrap();

    let csp = headers["content-security-policy"].to_str().unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "the hydration script carries the nonce"
    );
    for directive in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "{csp}");
    }
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["cache-control"], "no-store");
}

async fn pages_are_compressed_for_browsers_that_accept_it(app: TestApp) {
    let fetch = |encoding: &'static str| {
        app.browser
            .client
            .get(format!("{}/setup", app.address))
            .header("Accept", "text/html")
            .header("Accept-Encoding", encoding)
            .send()
    };
    let plain = fetch("identity").await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain_size = plain.bytes().await.unwrap().len();
    for encoding in ["br", "gzip"] {
        let compressed = fetch(encoding).await.unwrap();
        assert_eq!(compressed.status(), 200);
        assert_eq!(compressed.headers()["content-encoding"], encoding);
        assert_eq!(compressed.headers()["cache-control"], "no-store");
        let size = compressed.bytes().await.unwrap().len();
        assert!(
            size * 2 < plain_size,
            "{encoding}: {size} bytes against {plain_size} uncompressed"
        );
    }
}

const PHONE_UA: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 \
                        (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const DESKTOP_UA: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

fn device_with_agent(app: &TestApp, user_agent: &str) -> Device {
    Device {
        client: reqwest::Client::builder()
            .cookie_store(true)
            .user_agent(user_agent)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        address: app.address.clone(),
    }
}

/// A second person in the same workspace, signed in on a device of their own.
async fn teammate(app: &TestApp) -> Device {
    sqlx::query(
        "INSERT INTO users (email, name, password_hash, created_at, password_changed_at) \
         SELECT 'bo@example.test', 'Bo Agent', password_hash, 0, 0 FROM users WHERE email = $1",
    )
    .bind(ADMIN_EMAIL)
    .execute(app.db.pool())
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO memberships (workspace_id, user_id, role, joined_at) \
         SELECT w.id, u.id, 'agent', 0 FROM workspaces w, users u WHERE u.email = 'bo@example.test'",
    )
    .execute(app.db.pool())
    .await
    .unwrap();
    let device = app.device();
    assert_eq!(
        device
            .login("bo@example.test", ADMIN_PASSWORD)
            .await
            .status(),
        200
    );
    device
}

async fn your_sessions_lists_each_device_with_browser_system_and_this_device(app: TestApp) {
    let app = app.with_admin().await;
    let phone = device_with_agent(&app, PHONE_UA);
    let desktop = device_with_agent(&app, DESKTOP_UA);
    phone.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    desktop.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    teammate(&app).await;

    let rows = desktop.sessions().await;

    assert_eq!(rows.len(), 2, "only this person's sessions: {rows:?}");
    let mine = rows.iter().find(|r| r.this_device).unwrap();
    assert_eq!(mine.device, "Firefox 133 on Linux");
    assert_eq!(mine.ip, "127.0.0.1");
    assert_eq!(mine.last_active, None, "active now");
    assert!(mine.signed_in.exact.ends_with("UTC"));
    let other = rows.iter().find(|r| !r.this_device).unwrap();
    assert_eq!(other.device, "Chrome 131 on Android");
    assert_eq!(app.device().call("sessions", &[]).await.status(), 401);
}

async fn logging_out_one_session_from_the_list_ends_only_that_one(app: TestApp) {
    let app = app.with_admin().await;
    let (phone, desktop) = (app.device(), app.device());
    phone.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    desktop.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let phone_session = desktop
        .sessions()
        .await
        .iter()
        .find(|r| !r.this_device)
        .unwrap()
        .id;

    desktop.end_session(phone_session).await;

    assert!(phone.viewer().await.is_none());
    assert_eq!(desktop.signed_in().await.email, ADMIN_EMAIL);
}

async fn nobody_can_end_someone_elses_session(app: TestApp) {
    let app = app.with_admin().await;
    let admin = app.device();
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let bo = teammate(&app).await;
    let (admin_session,): (i64,) = sqlx::query_as(
        "SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1",
    )
    .bind(ADMIN_EMAIL)
    .fetch_one(app.db.pool())
    .await
    .unwrap();

    let attempt = bo
        .call("end_session", &[("session_id", &admin_session.to_string())])
        .await;

    assert_eq!(attempt.status(), 404);
    assert_eq!(admin.signed_in().await.email, ADMIN_EMAIL);
    assert_eq!(app.count("sessions").await, 2);
    let signed_out = app
        .device()
        .call("end_session", &[("session_id", &admin_session.to_string())])
        .await;
    assert_eq!(signed_out.status(), 401);
    assert_eq!(app.count("sessions").await, 2);
}

async fn log_out_all_other_sessions_keeps_only_this_device(app: TestApp) {
    let app = app.with_admin().await;
    let (desktop, phone, tablet) = (app.device(), app.device(), app.device());
    for device in [&desktop, &phone, &tablet] {
        device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    }
    let bo = teammate(&app).await;

    let ended = desktop.end_other_sessions().await;

    assert_eq!(ended, 2);
    assert!(phone.viewer().await.is_none());
    assert!(tablet.viewer().await.is_none());
    assert_eq!(desktop.signed_in().await.email, ADMIN_EMAIL);
    assert_eq!(
        bo.signed_in().await.email,
        "bo@example.test",
        "other people keep their sessions"
    );
    assert_eq!(
        app.device().call("end_other_sessions", &[]).await.status(),
        401
    );
}

async fn state_changes_are_never_reachable_by_get(app: TestApp) {
    let app = app.with_admin().await;
    let device = app.device();
    device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    for endpoint in [
        "logout",
        "end_other_sessions",
        "end_session",
        "change_password",
        "request_password_reset",
        "reset_password",
        "login",
    ] {
        let response = device
            .client
            .get(format!("{}/api/{endpoint}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 405, "{endpoint}");
    }
    assert_eq!(device.signed_in().await.email, ADMIN_EMAIL);
}

on_both_databases!(
    signing_in_sets_an_http_only_lax_cookie_and_the_person_is_known,
    pages_are_compressed_for_browsers_that_accept_it,
    every_failed_sign_in_gets_the_same_answer,
    each_device_has_its_own_session_and_logging_out_ends_only_that_one,
    a_cookie_saved_before_logout_no_longer_works,
    signing_in_again_issues_a_new_token_and_ends_the_old_session,
    an_idle_session_expires,
    a_busy_session_still_ends_at_its_maximum_age,
    the_role_is_read_from_the_database_on_every_request,
    cross_site_posts_are_refused_and_change_nothing,
    pages_carry_a_nonce_csp_and_are_never_cached,
    your_sessions_lists_each_device_with_browser_system_and_this_device,
    logging_out_one_session_from_the_list_ends_only_that_one,
    nobody_can_end_someone_elses_session,
    log_out_all_other_sessions_keeps_only_this_device,
    state_changes_are_never_reachable_by_get,
);
