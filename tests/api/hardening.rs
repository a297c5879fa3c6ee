//! Production hardening: what strangers can make Roster spend, which credentials die with
//! the right they stood for, what an admin can reach, and how Roster sees clients behind a
//! proxy.

use crate::endpoints::Page;
use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, json, spawn_app_with, token_in,
};
use crate::on_both_databases;
use base64::Engine;
use roster::db::Backend;
use roster::policy::Role;

const NEW_PASSWORD: &str = "a brand new passphrase";

/// The link in the newest queued mail of `kind`, read from the outbox before it is sent.
async fn queued_token(app: &TestApp, kind: &str, prefix: &str) -> String {
    let (body,): (String,) =
        sqlx::query_as("SELECT body_text FROM outbox WHERE kind = $1 ORDER BY id DESC LIMIT 1")
            .bind(kind)
            .fetch_one(app.db.pool())
            .await
            .unwrap_or_else(|e| panic!("no queued {kind} mail: {e}"));
    token_in(&body, prefix)
}

/// A request from the client at `client` as a trusted proxy in front of Roster relays it.
async fn call_as(
    device: &Device,
    client: &str,
    endpoint: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    device
        .client
        .post(format!("{}/api/{endpoint}", device.address))
        .header("Origin", &device.address)
        .header("X-Forwarded-For", client)
        .form(form)
        .send()
        .await
        .expect("server function request")
}

async fn made_up_links_and_setup_codes_cost_no_password_hash(app: TestApp) {
    let app = app.with_admin().await;
    let before = app.hasher.hashes_started();
    let stranger = app.device();

    for n in 0..20 {
        let token = format!("made-up-token-{n:04}-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        let reset = stranger
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
        let accept = stranger
            .call(
                "accept_invitation",
                &[
                    ("token", token.as_str()),
                    ("name", "Mallory"),
                    ("password", NEW_PASSWORD),
                    ("confirm_password", NEW_PASSWORD),
                ],
            )
            .await;
        assert_eq!(accept.status(), 409);
        let setup = stranger
            .call(
                "complete_setup",
                &crate::helpers::setup_form(&[
                    ("setup_code", "WRONG-CODE"),
                    ("password", NEW_PASSWORD),
                ]),
            )
            .await;
        assert_eq!(setup.status(), 409, "already set up");
    }

    assert_eq!(
        app.hasher.hashes_started(),
        before,
        "no made-up link or setup code cost an Argon2 run"
    );
    assert_eq!(
        app.device()
            .login(ADMIN_EMAIL, ADMIN_PASSWORD)
            .await
            .status(),
        200
    );
}

async fn a_flood_of_strangers_leaves_a_real_person_signing_in(app: TestApp) {
    let app = app.with_admin().await;
    let strangers: Vec<_> = ["203.0.113.1", "203.0.113.2", "203.0.113.3"]
        .into_iter()
        .flat_map(|client| (0..30).map(move |n| (client, n)))
        .map(|(client, n)| {
            let device = app.device();
            tokio::spawn(async move {
                let email = format!("nobody{n}@example.test");
                let response = call_as(
                    &device,
                    client,
                    "login",
                    &[
                        ("email", email.as_str()),
                        ("password", "a guessed passphrase"),
                    ],
                )
                .await;
                let status = response.status().as_u16();
                let retry_after = response.headers().contains_key("retry-after");
                (
                    status,
                    retry_after,
                    response.text().await.unwrap_or_default(),
                )
            })
        })
        .collect();

    let person = app.device();
    let signed_in = call_as(
        &person,
        "198.51.100.20",
        "login",
        &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
    )
    .await;

    let mut busy = 0;
    for stranger in strangers {
        let (status, retry_after, body) = stranger.await.unwrap();
        assert!(matches!(status, 401 | 429 | 503), "{status}: {body}");
        if status == 503 {
            busy += 1;
            assert!(retry_after, "a busy answer says when to come back");
            let error: roster::error::AppError = serde_json::from_str(&body).unwrap();
            assert_eq!(
                error.to_string(),
                "Roster is busy, try again in a few seconds"
            );
        }
    }
    assert!(
        busy > 0,
        "strangers beyond their places in the queue were told it is busy"
    );
    assert_eq!(
        signed_in.status(),
        200,
        "the real person got in during the flood"
    );
    assert_eq!(person.signed_in().await.email, ADMIN_EMAIL);
}

async fn behind_a_trusted_proxy_one_stranger_cannot_lock_everyone_out(app: TestApp) {
    let app = app.with_admin().await;
    let stranger = app.device();
    for n in 0..55 {
        let email = format!("made-up{n}@example.test");
        call_as(
            &stranger,
            "203.0.113.66",
            "login",
            &[("email", &email), ("password", "wrong guess here")],
        )
        .await;
    }
    let throttled = call_as(
        &stranger,
        "203.0.113.66",
        "login",
        &[
            ("email", "x@example.test"),
            ("password", "wrong guess here"),
        ],
    )
    .await;
    assert_eq!(
        throttled.status(),
        429,
        "the stranger's own address is throttled"
    );

    let person = call_as(
        &app.device(),
        "203.0.113.80, 198.51.100.20",
        "login",
        &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
    )
    .await;
    assert_eq!(
        person.status(),
        200,
        "another client signs in through the same proxy"
    );

    let (ip,): (String,) = sqlx::query_as("SELECT ip FROM sessions ORDER BY id DESC LIMIT 1")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(
        ip, "198.51.100.20",
        "the rightmost untrusted hop is the client"
    );
}

async fn ipv6_clients_behind_a_proxy_count_per_64(app: TestApp) {
    let app = app.with_admin().await;
    let stranger = app.device();
    for n in 0..55 {
        // A new address of the same /64 each time.
        let client = format!("2001:db8:5:6::{:x}", n + 1);
        let email = format!("made-up{n}@example.test");
        call_as(
            &stranger,
            &client,
            "login",
            &[("email", &email), ("password", "wrong guess here")],
        )
        .await;
    }
    let throttled = call_as(
        &stranger,
        "2001:db8:5:6:ffff::1",
        "login",
        &[
            ("email", "y@example.test"),
            ("password", "wrong guess here"),
        ],
    )
    .await;
    assert_eq!(throttled.status(), 429);
    let neighbour = call_as(
        &app.device(),
        "2001:db8:5:7::1",
        "login",
        &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
    )
    .await;
    assert_eq!(neighbour.status(), 200, "the next /64 is another client");
}

async fn a_password_change_ends_every_pending_reset_link(app: TestApp) {
    let app = app.with_admin().await;
    app.device().request_password_reset(ADMIN_EMAIL).await;
    let token = queued_token(&app, "password_reset", "/reset-password/").await;
    let laptop = app.device();
    laptop.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    laptop.change_password(ADMIN_PASSWORD, NEW_PASSWORD).await;

    let old_link = app
        .device()
        .call(
            "reset_password",
            &[
                ("token", token.as_str()),
                ("new_password", "an attacker's passphrase"),
                ("confirm_password", "an attacker's passphrase"),
            ],
        )
        .await;
    assert_eq!(
        old_link.status(),
        409,
        "the link asked for before the change is dead"
    );
    assert_eq!(
        app.device().login(ADMIN_EMAIL, NEW_PASSWORD).await.status(),
        200
    );
    let (notices,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'password_changed' AND recipient = $1",
    )
    .bind(ADMIN_EMAIL)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(notices, 1, "the person is told their password changed");
}

/// Bea, a second admin, signed in and having invited two people.
async fn bea_with_two_invitations(app: &TestApp) -> (i64, Device) {
    let bea_id = app
        .add_member("Acme Support", "bea@example.test", "Bea Admin", Role::Admin)
        .await;
    let bea = app.device();
    assert_eq!(
        bea.login("bea@example.test", ADMIN_PASSWORD).await.status(),
        200
    );
    let invited = bea
        .call(
            "invite",
            &[
                ("emails", "new1@example.test, new2@example.test"),
                ("role", "Admin"),
            ],
        )
        .await;
    assert_eq!(invited.status(), 200);
    (bea_id, bea)
}

async fn pending_invitations(app: &TestApp) -> i64 {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM invitations WHERE status = 'pending'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    count
}

async fn demoting_an_admin_cancels_the_invitations_they_sent(app: TestApp) {
    let app = app.with_admin().await;
    let (bea_id, _bea) = bea_with_two_invitations(&app).await;
    let token = queued_token(&app, "invitation", "/invite/").await;
    app.browser.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(
        app.browser.member(bea_id).await.pending_invitations,
        2,
        "the page can warn before demoting"
    );

    let demoted = app
        .call(
            "change_role",
            &[("user_id", &bea_id.to_string()), ("role", "Editor")],
        )
        .await;

    assert_eq!(demoted.status(), 200);
    assert_eq!(pending_invitations(&app).await, 0);
    let accept = app
        .device()
        .call(
            "accept_invitation",
            &[
                ("token", token.as_str()),
                ("name", "New Admin"),
                ("password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        accept.status(),
        409,
        "the link of a former admin makes no new Admin"
    );
    let activity = json(app.call("activity", &[]).await).await.to_string();
    assert_eq!(
        activity
            .matches("who sent it, is no longer an admin")
            .count(),
        2,
        "{activity}"
    );
}

async fn removing_an_admin_cancels_the_invitations_they_sent(app: TestApp) {
    let app = app.with_admin().await;
    let (bea_id, _bea) = bea_with_two_invitations(&app).await;
    app.browser.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let page = app.browser.members("", Page::First).await;
    let bea = page
        .members
        .iter()
        .find(|m| m.email == "bea@example.test")
        .unwrap();
    assert_eq!(
        bea.pending_invitations, 2,
        "the list can warn before removing"
    );

    app.browser.remove_member(bea_id).await;

    assert_eq!(pending_invitations(&app).await, 0);
    let (entries,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM activity_log WHERE action = 'invitation_cancelled' AND subject_user_id = $1",
    )
    .bind(bea_id)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(entries, 2, "one Activity entry per cancelled invitation");
}

async fn log_out_everywhere_ends_only_the_sessions_in_this_workspace(app: TestApp) {
    use roster::workspace::service::{add_member, create_workspace};
    let app = app.with_admin().await;
    let bo_id = app
        .add_member("Acme Support", "bo@example.test", "Bo", Role::Agent)
        .await;
    create_workspace(&app.db, &app.clock, "Field Team")
        .await
        .unwrap();
    add_member(
        &app.db,
        &app.clock,
        "Field Team",
        "bo@example.test",
        "Bo",
        String::new(),
        Role::Editor,
    )
    .await
    .unwrap();
    let (here, there) = (app.device(), app.device());
    here.login("bo@example.test", ADMIN_PASSWORD).await;
    there.login("bo@example.test", ADMIN_PASSWORD).await;
    let viewer = there.signed_in().await;
    let field_team = viewer
        .workspaces
        .iter()
        .find(|w| w.name == "Field Team")
        .unwrap()
        .id;
    there.switch_workspace(field_team).await;
    app.browser.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;

    let ended = app.browser.end_member_sessions(bo_id).await;

    assert_eq!(ended, 1, "one session was working here");
    assert!(here.viewer().await.is_none(), "signed out of Acme Support");
    assert_eq!(
        there.signed_in().await.workspace_name.as_deref(),
        Some("Field Team"),
        "another workspace's session is not Acme's admin's to end"
    );
    let acme = viewer
        .workspaces
        .iter()
        .find(|w| w.name == "Acme Support")
        .unwrap()
        .id
        .to_string();
    assert_eq!(
        there
            .call("switch_workspace", &[("workspace_id", &acme)])
            .await
            .status(),
        403,
        "nor can it switch back into Acme without a new sign-in"
    );
    app.clock.advance(1);
    let again = app.device();
    assert_eq!(
        again
            .login("bo@example.test", ADMIN_PASSWORD)
            .await
            .status(),
        200
    );
    assert_eq!(
        again.signed_in().await.workspace_name.as_deref(),
        Some("Acme Support")
    );
}

async fn the_command_line_keeps_the_last_admin_too(app: TestApp) {
    use roster::workspace::service::add_member;
    let app = app.with_admin().await;
    let demoted = add_member(
        &app.db,
        &app.clock,
        "Acme Support",
        ADMIN_EMAIL,
        "Ada Admin",
        String::new(),
        Role::Editor,
    )
    .await;
    assert_eq!(
        demoted.unwrap_err().to_string(),
        "A workspace must have at least one admin"
    );
    app.browser.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(app.browser.signed_in().await.role, Some(Role::Admin));
}

async fn an_error_written_into_the_address_is_never_shown(app: TestApp) {
    let app = app.with_admin().await;
    let forged = serde_json::json!({"Forbidden": "Your account is locked, call +1 555 0100"});
    let err = base64::engine::general_purpose::URL_SAFE.encode(forged.to_string());
    let page = app
        .get(&format!("/login?__path=/api/login&__err={err}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !page.contains("555 0100"),
        "the forged message is not on the page"
    );
    assert!(page.contains("Log in"));
}

async fn a_form_posted_without_webassembly_shows_its_own_error(app: TestApp) {
    let app = app.with_admin().await;
    let posted = app
        .browser
        .client
        .post(format!("{}/api/login", app.address))
        .header("Origin", &app.address)
        .header("Accept", "text/html")
        .header("Referer", format!("{}/login", app.address))
        .form(&[("email", ADMIN_EMAIL), ("password", "not the password")])
        .send()
        .await
        .unwrap();
    assert!(posted.status().is_redirection(), "{}", posted.status());
    let location = posted.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        !location.contains("__err"),
        "the address carries no error: {location}"
    );
    let page = app
        .browser
        .client
        .get(&location)
        .header("Accept", "text/html")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // As the page's text, not only among the texts its script may show.
    let shown = ">The email or password is not right<";
    assert!(page.contains(shown), "this browser sees its error: {page}");
    let again = app.get("/login").await.text().await.unwrap();
    assert!(!again.contains(shown), "once");
}

async fn guessing_links_is_throttled_per_client(app: TestApp) {
    let app = app.with_admin().await;
    let guesser = app.device();
    let mut statuses = Vec::new();
    for n in 0..105 {
        let token = format!("guess-{n}");
        statuses.push(
            guesser
                .call("reset_link", &[("token", &token)])
                .await
                .status()
                .as_u16(),
        );
    }
    assert!(statuses[..100].iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(statuses[104], 429);
    let invitation = guesser.call("invitation", &[("token", "guess")]).await;
    assert_eq!(
        invitation.status(),
        429,
        "one budget for every kind of link"
    );
}

async fn expired_sessions_and_dead_links_are_purged(app: TestApp) {
    let app = app.with_admin().await;
    app.device().login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    app.device().request_password_reset(ADMIN_EMAIL).await;
    assert!(app.count("sessions").await >= 1);
    assert!(app.count("rate_limits").await >= 1);

    app.clock.advance(8 * 24 * 60 * 60);
    let purged = roster::server::retention::purge(&app.db, &app.config, app.clock.now())
        .await
        .unwrap();

    assert!(purged.sessions >= 1, "{purged:?}");
    assert_eq!(app.count("sessions").await, 0);
    assert_eq!(app.count("password_resets").await, 0);
    assert_eq!(app.count("rate_limits").await, 0);
    assert_eq!(app.count("invitations").await, 0);
    assert!(app.count("activity_log").await > 0, "history stays");
}

async fn hsts_is_sent_only_over_https(app: TestApp) {
    let plain = app.get("/login").await;
    assert!(!plain.headers().contains_key("strict-transport-security"));
    let secure = spawn_app_with(
        if app.database_url.starts_with("sqlite") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        },
        &[("ROSTER_BASE_URL", "https://roster.example.com".into())],
    )
    .await;
    let response = secure.get("/login").await;
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000"
    );
}

async fn trusted_proxies_app(backend: Backend) -> TestApp {
    spawn_app_with(
        backend,
        &[("ROSTER_TRUSTED_PROXIES", "127.0.0.1, ::1".into())],
    )
    .await
}

/// Tests that need Roster to trust the loopback proxy in front of it.
macro_rules! behind_a_proxy {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name(super::trusted_proxies_app(roster::db::Backend::Sqlite).await).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name(super::trusted_proxies_app(roster::db::Backend::Postgres).await).await
            }
        }
    )+};
}

behind_a_proxy!(
    a_flood_of_strangers_leaves_a_real_person_signing_in,
    behind_a_trusted_proxy_one_stranger_cannot_lock_everyone_out,
    ipv6_clients_behind_a_proxy_count_per_64,
);

on_both_databases!(
    made_up_links_and_setup_codes_cost_no_password_hash,
    a_password_change_ends_every_pending_reset_link,
    demoting_an_admin_cancels_the_invitations_they_sent,
    removing_an_admin_cancels_the_invitations_they_sent,
    log_out_everywhere_ends_only_the_sessions_in_this_workspace,
    the_command_line_keeps_the_last_admin_too,
    an_error_written_into_the_address_is_never_shown,
    a_form_posted_without_webassembly_shows_its_own_error,
    guessing_links_is_throttled_per_client,
    expired_sessions_and_dead_links_are_purged,
    hsts_is_sent_only_over_https,
);

/// AUTH-10: sign-in, sign-out and denials are logged with the client's address, and no
/// password, token or cookie ever reaches a log line, in file-mail mode too.
async fn the_log_tells_who_did_what_and_never_holds_a_secret(app: TestApp) {
    let app = app.with_admin().await;
    let (server, address) = app.serve_with_log().await;

    const CANARY: &str = "Canary-PW-123 not mine";
    let device = Device::new(&address);
    assert_eq!(device.login(ADMIN_EMAIL, CANARY).await.status(), 401);
    let signed_in = device.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let cookie = crate::helpers::session_cookie(&signed_in).expect("a session cookie");
    let cookie_value = cookie
        .split(';')
        .next()
        .unwrap()
        .split('=')
        .nth(1)
        .unwrap()
        .to_owned();
    assert_eq!(
        device
            .call(
                "invite",
                &[("emails", "zoe@example.test"), ("role", "Agent")]
            )
            .await
            .status(),
        200
    );
    Device::new(&address)
        .request_password_reset(ADMIN_EMAIL)
        .await;
    let mail_dir = app.dir.path().join("mail");
    let mut written = Vec::new();
    for _ in 0..200 {
        written = std::fs::read_dir(&mail_dir)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        if written.len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(written.len() >= 2, "both mails written: {written:?}");
    let tokens: Vec<String> = written
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap())
        .map(|mail| {
            let prefix = if mail.contains("/invite/") {
                "/invite/"
            } else {
                "/reset-password/"
            };
            token_in(&mail, prefix)
        })
        .collect();
    device.logout().await;
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status();
    let output = tokio::task::spawn_blocking(move || server.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );

    for secret in tokens.iter().chain([&cookie_value]) {
        assert!(
            !log.contains(secret.as_str()),
            "a secret in the log: {secret}\n{log}"
        );
    }
    assert!(!log.contains("Canary-PW-123"), "a password in the log");
    for event in [
        "sign-in failed",
        "signed in",
        "signed out",
        "mail written to a file",
    ] {
        assert!(log.contains(event), "no \"{event}\" in the log:\n{log}");
    }
    assert!(log.contains("127.0.0.1"), "events carry the client address");
}

on_both_databases!(the_log_tells_who_did_what_and_never_holds_a_secret);

/// CONC-03: two admins cancelling one invitation at the same moment make one change.
async fn two_admins_cancelling_one_invitation_at_once_make_one_change(app: TestApp) {
    let app = app.with_admin().await;
    app.add_member("Acme Support", "bea@example.test", "Bea", Role::Admin)
        .await;
    let (ada, bea) = (app.device(), app.device());
    ada.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    bea.login("bea@example.test", ADMIN_PASSWORD).await;
    for round in 0..10 {
        let email = format!("twice{round}@example.test");
        let invited = ada
            .call("invite", &[("emails", email.as_str()), ("role", "Agent")])
            .await;
        assert_eq!(invited.status(), 200);
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM invitations WHERE email = $1")
            .bind(&email)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        let id = id.to_string();

        let form = [("invitation_id", id.as_str())];
        let (a, b) = tokio::join!(
            ada.call("cancel_invitation", &form),
            bea.call("cancel_invitation", &form),
        );

        let mut statuses = [a.status().as_u16(), b.status().as_u16()];
        statuses.sort();
        assert_eq!(statuses, [200, 409], "round {round}");
        let (entries,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM activity_log WHERE action = 'invitation_cancelled' AND invitation_id = $1",
        )
        .bind(id.parse::<i64>().unwrap())
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        assert_eq!(entries, 1, "one Activity entry, round {round}");
    }
}

on_both_databases!(two_admins_cancelling_one_invitation_at_once_make_one_change);
