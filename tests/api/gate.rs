//! `/auth/check`, the gate other apps sit behind: a reverse proxy asks it about each request,
//! with the visitor's session cookie or an API token, and lets through what Roster's policy
//! allows.

use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, setup_form, signed_in_admin, spawn_app_with,
};
use crate::on_both_databases;
use roster::auth::api_tokens::model::Access;
use roster::policy::{Permission, Role, can};

/// The proxy's question about a request from `device`, with its cookies, ready for more
/// headers.
fn question(device: &Device, permission: &str) -> reqwest::RequestBuilder {
    device
        .client
        .get(format!("{}/auth/check", device.address))
        .query(&[("permission", permission)])
}

async fn check(device: &Device, permission: &str) -> reqwest::Response {
    question(device, permission)
        .send()
        .await
        .expect("gate request")
}

/// The same question about a request that carries `token`.
async fn check_token(app: &TestApp, token: &str, permission: &str) -> reqwest::Response {
    app.script(token)
        .client
        .get(format!("{}/auth/check", app.address))
        .query(&[("permission", permission)])
        .bearer_auth(token)
        .send()
        .await
        .expect("gate request")
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .unwrap_or_else(|| panic!("no {name} header"))
        .to_str()
        .expect("a visible header")
}

async fn member_device(app: &TestApp, email: &str) -> Device {
    let device = app.device();
    assert_eq!(device.login(email, ADMIN_PASSWORD).await.status(), 200);
    device
}

async fn each_role_is_answered_by_the_policy_table(app: TestApp) {
    let app = app.with_admin().await;
    let editor_id = app
        .add_member(
            "Acme Support",
            "zoe@example.test",
            "Zoë O'Brien",
            Role::Editor,
        )
        .await;
    app.add_member("Acme Support", "abe@example.test", "Abe", Role::Agent)
        .await;
    let members = [
        (Role::Admin, signed_in_admin(&app).await),
        (Role::Editor, member_device(&app, "zoe@example.test").await),
        (Role::Agent, member_device(&app, "abe@example.test").await),
    ];
    for (role, device) in &members {
        for &permission in Permission::ALL {
            let response = check(device, permission.name()).await;
            let expected = if can(*role, permission) { 204 } else { 403 };
            assert_eq!(
                response.status(),
                expected,
                "{role} × {}",
                permission.name()
            );
            assert_eq!(header(&response, "cache-control"), "no-store");
            if expected == 204 {
                assert_eq!(header(&response, "x-roster-role"), role.as_str());
                assert_eq!(header(&response, "x-roster-workspace"), "Acme%20Support");
            } else {
                let reason = response.text().await.unwrap();
                assert_eq!(reason, permission.denial(Default::default()));
            }
        }
    }
    let editor = check(&members[1].1, "flows.edit").await;
    assert_eq!(header(&editor, "x-roster-user-id"), editor_id.to_string());
    assert_eq!(header(&editor, "x-roster-email"), "zoe@example.test");
    assert_eq!(header(&editor, "x-roster-name"), "Zo%C3%AB%20O%27Brien");
    assert!(
        editor
            .headers()
            .get("x-roster-workspace-id")
            .is_some_and(|id| id.to_str().unwrap().parse::<i64>().is_ok())
    );
}

async fn a_signed_out_visitor_is_told_where_to_sign_in_and_come_back(app: TestApp) {
    let app = app.with_admin().await;
    let visitor = app.device();
    let asked = |original: String| {
        let visitor = &visitor;
        async move {
            question(visitor, "flows.edit")
                .header("X-Original-URL", original)
                .send()
                .await
                .unwrap()
        }
    };
    let original = format!("{}/flows/?a=1&b=2", app.address);
    let response = asked(original.clone()).await;
    assert_eq!(response.status(), 401);
    let encoded = original
        .replace(':', "%3A")
        .replace('/', "%2F")
        .replace('?', "%3F")
        .replace('=', "%3D")
        .replace('&', "%26");
    assert_eq!(
        header(&response, "x-roster-sign-in"),
        format!("{}/login?next={encoded}", app.address)
    );
    // A page elsewhere is not offered as the way back.
    let elsewhere = asked("https://evil.example/flows/".into()).await;
    assert_eq!(
        header(&elsewhere, "x-roster-sign-in"),
        format!("{}/login", app.address)
    );
    // Without the original address the sign-in simply goes home afterwards.
    let plain = check(&visitor, "flows.edit").await;
    assert_eq!(plain.status(), 401);
    assert_eq!(
        header(&plain, "x-roster-sign-in"),
        format!("{}/login", app.address)
    );
    // A made-up cookie is no session.
    let forged = question(&visitor, "tickets.respond")
        .header("Cookie", "roster_session=made-up")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
}

async fn a_removed_member_is_refused_on_their_next_request(app: TestApp) {
    let app = app.with_admin().await;
    let editor_id = app
        .add_member("Acme Support", "zoe@example.test", "Zoë", Role::Editor)
        .await;
    let editor = member_device(&app, "zoe@example.test").await;
    assert_eq!(check(&editor, "flows.edit").await.status(), 204);
    let token = editor.api_token("deploy script").await;
    assert_eq!(check_token(&app, &token, "flows.edit").await.status(), 204);

    signed_in_admin(&app).await.remove_member(editor_id).await;
    assert_eq!(check(&editor, "flows.edit").await.status(), 401);
    assert_eq!(check(&editor, "tickets.respond").await.status(), 401);
    assert_eq!(check_token(&app, &token, "flows.edit").await.status(), 401);

    // With no workspace left they cannot sign in again, so the gate never sends them round
    // and round between the sign-in and the app.
    assert_eq!(
        editor
            .login("zoe@example.test", ADMIN_PASSWORD)
            .await
            .status(),
        401
    );
}

async fn a_session_outliving_its_membership_is_refused_without_a_way_round(app: TestApp) {
    let app = app.with_admin().await;
    let agent_id = app
        .add_member("Acme Support", "abe@example.test", "Abe", Role::Agent)
        .await;
    let agent = member_device(&app, "abe@example.test").await;
    assert_eq!(check(&agent, "tickets.respond").await.status(), 204);
    // As an operator might end a membership by hand, leaving its sessions behind.
    sqlx::query("UPDATE memberships SET removed_at = 1 WHERE user_id = $1")
        .bind(agent_id)
        .execute(app.db.pool())
        .await
        .unwrap();
    let refused = check(&agent, "tickets.respond").await;
    assert_eq!(refused.status(), 403);
    assert!(refused.headers().get("x-roster-sign-in").is_none());
    assert_eq!(
        refused.text().await.unwrap(),
        "You are no longer a member of this workspace."
    );
}

async fn a_demoted_member_loses_what_the_new_role_lacks_at_once(app: TestApp) {
    let app = app.with_admin().await;
    let editor_id = app
        .add_member("Acme Support", "zoe@example.test", "Zoë", Role::Editor)
        .await;
    let editor = member_device(&app, "zoe@example.test").await;
    assert_eq!(check(&editor, "flows.edit").await.status(), 204);
    signed_in_admin(&app)
        .await
        .change_role(editor_id, Role::Agent)
        .await;
    assert_eq!(check(&editor, "flows.edit").await.status(), 403);
    let agent = check(&editor, "tickets.respond").await;
    assert_eq!(agent.status(), 204);
    assert_eq!(header(&agent, "x-roster-role"), "agent");
}

async fn tokens_pass_with_their_owner_role_and_their_access(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let full = admin.api_token("gateway").await;
    let read_only = admin
        .create_api_token("reports", 30, Access::ReadOnly)
        .await
        .secret;
    let allowed = check_token(&app, &full, "users.manage").await;
    assert_eq!(allowed.status(), 204);
    assert_eq!(header(&allowed, "x-roster-email"), ADMIN_EMAIL);
    // A read-only token gets through only where nothing changes.
    for &permission in Permission::ALL {
        let status = check_token(&app, &read_only, permission.name())
            .await
            .status();
        let expected = if permission.changes_something() {
            403
        } else {
            204
        };
        assert_eq!(status, expected, "read-only × {}", permission.name());
    }
    assert_eq!(
        check_token(&app, "roster_made-up", "flows.edit")
            .await
            .status(),
        401
    );
    // The token decides, not a cookie sent with it.
    let forged = question(&admin, "flows.edit")
        .bearer_auth("roster_made-up")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
}

async fn an_unknown_or_missing_permission_is_refused_loudly(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    let unknown = check(&admin, "flows.delete").await;
    assert_eq!(unknown.status(), 400);
    let message = unknown.text().await.unwrap();
    assert!(message.contains("\"flows.delete\""), "{message}");
    assert!(message.contains("flows.edit"), "{message}");
    let missing = admin
        .client
        .get(format!("{}/auth/check", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 400);
    assert!(missing.text().await.unwrap().contains("permission=<name>"));
}

/// The session cookies the first admin's sign-in on `app` sets, as the browser receives
/// them. The browser says it is on Roster's own site, which `app`'s base URL names.
async fn session_cookies_of_sign_in(app: &TestApp) -> Vec<String> {
    let mut same_site = reqwest::header::HeaderMap::new();
    same_site.insert("sec-fetch-site", "same-origin".parse().unwrap());
    let browser = Device::with_headers(&app.address, same_site);
    browser.complete_setup(&setup_form(&[])).await;
    let response = browser.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(response.status(), 200);
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .filter(|cookie| cookie.contains("roster_session=") && !cookie.contains("Max-Age=0"))
        .collect()
}

async fn the_session_cookie_reaches_the_apps_under_a_shared_domain(app: TestApp) {
    let backend = app.db.backend();
    let host_only = session_cookies_of_sign_in(&app).await;
    assert_eq!(host_only.len(), 1);
    assert!(!host_only[0].contains("Domain="), "{}", host_only[0]);

    let shared = spawn_app_with(
        backend,
        &[
            (
                "ROSTER_BASE_URL",
                "http://roster.example.test:{port}".into(),
            ),
            ("ROSTER_COOKIE_DOMAIN", "example.test".into()),
        ],
    )
    .await;
    let cookies = session_cookies_of_sign_in(&shared).await;
    assert_eq!(cookies.len(), 1);
    assert!(cookies[0].starts_with("roster_session="), "{}", cookies[0]);
    assert!(cookies[0].contains("Domain=example.test"), "{}", cookies[0]);

    // Over HTTPS the shared cookie cannot be __Host- (which forbids a domain) but stays Secure.
    let secure = spawn_app_with(
        backend,
        &[
            ("ROSTER_BASE_URL", "https://roster.example.test".into()),
            ("ROSTER_COOKIE_DOMAIN", "example.test".into()),
        ],
    )
    .await;
    let cookies = session_cookies_of_sign_in(&secure).await;
    assert_eq!(cookies.len(), 1);
    assert!(
        cookies[0].starts_with("__Secure-roster_session="),
        "{}",
        cookies[0]
    );
    assert!(cookies[0].contains("Domain=example.test"), "{}", cookies[0]);
    assert!(cookies[0].contains("Secure"), "{}", cookies[0]);
}

/// The demo app of `examples/nginx-gate`, on a loopback port; killed when dropped.
struct DemoApp(std::process::Child);

impl DemoApp {
    fn start(port: u16) -> Self {
        // Owned at once, so Drop reaps the process on every path, a failed start included.
        let demo = Self(
            std::process::Command::new("python3")
                .arg("examples/nginx-gate/app.py")
                .arg(port.to_string())
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("python3 runs the demo app"),
        );
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return demo;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the demo app did not start on port {port}");
    }
}

impl Drop for DemoApp {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The README's example as it is written, with its three addresses replaced by this test's.
fn example_configuration(public_port: u16, roster: &str, demo_port: u16) -> String {
    let example = std::fs::read_to_string("examples/nginx-gate/roster-gate.conf")
        .expect("examples/nginx-gate/roster-gate.conf");
    for address in ["127.0.0.1:8080", "127.0.0.1:3000", "127.0.0.1:8000"] {
        assert!(example.contains(address), "the example names {address}");
    }
    example
        .replace("127.0.0.1:8080", &format!("127.0.0.1:{public_port}"))
        .replace("127.0.0.1:3000", roster.trim_start_matches("http://"))
        .replace("127.0.0.1:8000", &format!("127.0.0.1:{demo_port}"))
}

/// What a browser gets at `path` of the gated site: the status, where it is sent, the page.
async fn visit(device: &Device, url: &str) -> (u16, String, String) {
    let response = device
        .client
        .get(url)
        .send()
        .await
        .expect("GET through nginx");
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|value| value.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location, response.text().await.unwrap())
}

async fn nginx_puts_apps_behind_roster_by_path_and_permission(app: TestApp) {
    let public_port = crate::helpers::free_port();
    let demo_port = crate::helpers::free_port();
    let public = format!("http://127.0.0.1:{public_port}");
    let roster = spawn_app_with(
        app.db.backend(),
        &[
            ("ROSTER_BASE_URL", public.clone()),
            ("ROSTER_TRUSTED_PROXIES", "127.0.0.1".into()),
        ],
    )
    .await;
    let _demo = DemoApp::start(demo_port);
    let _nginx = crate::proxy::Nginx::serving(
        public_port,
        &example_configuration(public_port, &roster.address, demo_port),
        &roster.dir.path().join("nginx"),
    );
    // Everyone comes in through nginx, as in production.
    let admin = Device::new(&public);
    admin.complete_setup(&setup_form(&[])).await;
    let editor_id = roster
        .add_member(
            "Acme Support",
            "zoe@example.test",
            "Zoë O'Brien",
            Role::Editor,
        )
        .await;
    roster
        .add_member("Acme Support", "abe@example.test", "Abe", Role::Agent)
        .await;

    // Signed out: sent to sign in, and back to the very page afterwards.
    let editor = Device::new(&public);
    let wanted = format!("{public}/flows/12?tab=runs&sort=new");
    let (status, sign_in, _) = visit(&editor, &wanted).await;
    assert_eq!(status, 302);
    assert!(
        sign_in.starts_with(&format!("{public}/login?next=")),
        "{sign_in}"
    );
    let next = sign_in.split_once("next=").unwrap().1;
    let back = editor
        .client
        .post(format!("{public}/api/login"))
        .header("Origin", &public)
        .header("Accept", "text/html")
        .body(format!(
            "email=zoe%40example.test&password={}&next={next}",
            ADMIN_PASSWORD.replace(' ', "+")
        ))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap();
    assert_eq!(back.status(), 302);
    assert_eq!(back.headers()["location"], wanted.as_str());
    let (status, _, page) = visit(&editor, &wanted).await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("Signed in as Zoë O&#x27;Brien (editor) in Acme Support"),
        "{page}"
    );

    // An Agent is refused the flow editor but reaches tickets.
    let agent = Device::new(&public);
    assert_eq!(
        agent
            .login("abe@example.test", ADMIN_PASSWORD)
            .await
            .status(),
        200
    );
    assert_eq!(visit(&agent, &format!("{public}/flows/")).await.0, 403);
    let (status, _, page) = visit(&agent, &format!("{public}/tickets/")).await;
    assert_eq!(status, 200);
    assert!(page.contains("(agent)"), "{page}");
    // Claiming another role in a header of one's own changes nothing.
    let claimed = agent
        .client
        .get(format!("{public}/tickets/"))
        .header("X-Roster-Role", "admin")
        .send()
        .await
        .unwrap();
    assert!(claimed.text().await.unwrap().contains("(agent)"));

    // Removed: refused on the very next request, sent to sign in.
    assert!(
        admin
            .login(ADMIN_EMAIL, ADMIN_PASSWORD)
            .await
            .status()
            .is_success()
    );
    admin.remove_member(editor_id).await;
    let (status, location, _) = visit(&editor, &wanted).await;
    assert_eq!(status, 302);
    assert!(
        location.starts_with(&format!("{public}/login")),
        "{location}"
    );
}

/// Whoever configures a proxy finds every name in the README, with the roles that have it.
#[test]
fn the_readme_lists_every_permission_name() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let section = readme
        .split("## Putting an app behind Roster")
        .nth(1)
        .expect("the README explains the gate");
    for &permission in Permission::ALL {
        let line = section
            .lines()
            .find(|line| {
                line.starts_with('|') && line.contains(&format!("`{}`", permission.name()))
            })
            .unwrap_or_else(|| panic!("the README's table lacks `{}`", permission.name()));
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let expected: Vec<&str> = Role::ALL
            .iter()
            .map(|&role| if can(role, permission) { "yes" } else { "no" })
            .collect();
        assert_eq!(cells[2..5], expected, "{line}");
    }
}

on_both_databases!(
    nginx_puts_apps_behind_roster_by_path_and_permission,
    the_session_cookie_reaches_the_apps_under_a_shared_domain,
    each_role_is_answered_by_the_policy_table,
    a_signed_out_visitor_is_told_where_to_sign_in_and_come_back,
    a_removed_member_is_refused_on_their_next_request,
    a_session_outliving_its_membership_is_refused_without_a_way_round,
    a_demoted_member_loses_what_the_new_role_lacks_at_once,
    tokens_pass_with_their_owner_role_and_their_access,
    an_unknown_or_missing_permission_is_refused_loudly,
);
