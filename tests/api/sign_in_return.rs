//! `/login?next=`: a sign-in goes back to the page someone came for, on Roster or on a site
//! listed in `ROSTER_ALLOWED_RETURN_ORIGINS`, and nowhere else (no open redirect).

use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, spawn_app_with};
use crate::on_both_databases;

/// The sign-in form posted as a browser without script posts it; where it sends the browser.
async fn sign_in_returning_to(device: &Device, next: &str) -> String {
    device
        .submit(
            "login",
            &[
                ("email", ADMIN_EMAIL),
                ("password", ADMIN_PASSWORD),
                ("next", next),
            ],
        )
        .await
}

async fn with_an_allowed_site(app: TestApp) -> TestApp {
    spawn_app_with(
        app.db.backend(),
        &[(
            "ROSTER_ALLOWED_RETURN_ORIGINS",
            "http://apps.example.test:8080".into(),
        )],
    )
    .await
    .with_admin()
    .await
}

async fn a_sign_in_returns_to_roster_pages_and_allowed_sites(app: TestApp) {
    let app = with_an_allowed_site(app).await;
    let own_page = format!("{}/account/sessions", app.address);
    for (next, landing) in [
        ("/settings/users?q=ada", "/settings/users?q=ada"),
        (own_page.as_str(), own_page.as_str()),
        (
            "http://apps.example.test:8080/flows/?a=1",
            "http://apps.example.test:8080/flows/?a=1",
        ),
        ("", "/"),
    ] {
        assert_eq!(sign_in_returning_to(&app.device(), next).await, landing);
    }
}

async fn a_sign_in_never_sends_anyone_to_another_site(app: TestApp) {
    let app = with_an_allowed_site(app).await;
    for next in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "http://apps.example.test:8081/",
        "https://apps.example.test:8080/",
        "http://apps.example.test.evil.example:8080/",
        "javascript:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "evil.example",
    ] {
        assert_eq!(
            sign_in_returning_to(&app.device(), next).await,
            "/",
            "{next}"
        );
    }
}

async fn the_sign_in_page_carries_the_way_back(app: TestApp) {
    let app = app.with_admin().await;
    let visitor = app.device();
    let page = visitor
        .get("/login?next=%2Fsettings%2Fusers%3Fq%3Dada")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(r#"<input type="hidden" name="next" value="/settings/users?q=ada">"#),
        "{page}"
    );
    // Someone already signed in goes straight there, or home when it is elsewhere.
    assert_eq!(sign_in_returning_to(&visitor, "").await, "/");
    let signed_in = visitor.get("/login?next=%2Fsettings%2Fusers").await;
    assert_eq!(signed_in.status(), 302);
    assert_eq!(signed_in.headers()["location"], "/settings/users");
    let elsewhere = visitor
        .get("/login?next=https%3A%2F%2Fevil.example%2F")
        .await;
    assert_eq!(elsewhere.headers()["location"], "/");
}

async fn a_signed_out_visit_to_a_page_signs_in_and_comes_back(app: TestApp) {
    let app = app.with_admin().await;
    let visitor = app.device();
    let sent = visitor.get("/settings/users?q=ada").await;
    assert_eq!(sent.status(), 302);
    let sign_in = sent.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(sign_in, "/login?next=%2Fsettings%2Fusers%3Fq%3Dada");
    let next = sign_in.split_once("next=").unwrap().1;
    let next = next
        .replace("%2F", "/")
        .replace("%3F", "?")
        .replace("%3D", "=");
    assert_eq!(
        sign_in_returning_to(&visitor, &next).await,
        "/settings/users?q=ada"
    );
}

on_both_databases!(
    a_signed_out_visit_to_a_page_signs_in_and_comes_back,
    a_sign_in_returns_to_roster_pages_and_allowed_sites,
    a_sign_in_never_sends_anyone_to_another_site,
    the_sign_in_page_carries_the_way_back,
);
