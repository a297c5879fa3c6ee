//! Which language a page comes in: the person's choice, the browser's, the workspace's.

use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, error_body};
use crate::on_both_databases;

/// A page as this browser loads it, with `accept_language` as its preference.
async fn page(device: &Device, path: &str, accept_language: &str) -> String {
    let response = device
        .client
        .get(format!("{}{path}", device.address))
        .header("Accept", "text/html")
        .header("Accept-Language", accept_language)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

/// The `<html …>` tag's language and direction.
fn document_language(html: &str) -> (String, String) {
    let start = html.find("<html").expect("an html element");
    let tag = &html[start..start + html[start..].find('>').unwrap()];
    let attribute = |name: &str| {
        let marker = format!("{name}=\"");
        let from = tag
            .find(&marker)
            .unwrap_or_else(|| panic!("no {name} in {tag}"))
            + marker.len();
        tag[from..from + tag[from..].find('"').unwrap()].to_owned()
    };
    (attribute("lang"), attribute("dir"))
}

async fn save_language(device: &Device, tag: &str) -> u16 {
    device
        .call("save_language", &[("language", tag)])
        .await
        .status()
        .as_u16()
}

/// The signed-out picker's plain form, posted as a browser without script does.
async fn pick_language(device: &Device, tag: &str, back: &str) -> reqwest::Response {
    device
        .client
        .post(format!("{}/api/choose_language", device.address))
        .header("Origin", &device.address)
        .header("Accept", "text/html")
        .form(&[("language", tag), ("back", back)])
        .send()
        .await
        .unwrap()
}

async fn signed_out_pages_follow_the_browser_until_a_language_is_picked(app: TestApp) {
    let app = app.with_admin().await;
    let visitor = app.device();
    let russian = page(&visitor, "/login", "ru-RU,ru;q=0.9,en;q=0.5").await;
    assert_eq!(document_language(&russian), ("ru".into(), "ltr".into()));
    assert!(
        russian.contains("<title>Вход · Roster</title>"),
        "{russian}"
    );
    assert!(russian.contains("Войти"));
    let unknown = page(&visitor, "/login", "de-DE,de;q=0.9").await;
    assert_eq!(document_language(&unknown).0, "en");
    assert!(unknown.contains(">Log in</h1>"));

    let picked = pick_language(&visitor, "ar", "/login?reset=1").await;
    assert_eq!(picked.status(), 302);
    assert_eq!(picked.headers()["location"], "/login?reset=1");
    let arabic = page(&visitor, "/login?reset=1", "ru").await;
    assert_eq!(document_language(&arabic), ("ar".into(), "rtl".into()));
    assert!(arabic.contains("تسجيل الدخول"), "{arabic}");

    // The picker sends nobody elsewhere, and refuses what it does not know.
    let elsewhere = pick_language(&visitor, "fr", "https://evil.example/").await;
    assert_eq!(elsewhere.headers()["location"], "/");
    let unknown = visitor
        .call(
            "choose_language",
            &[("language", "tlh"), ("back", "/login")],
        )
        .await;
    assert_eq!(unknown.status(), 400);
    // In the language this browser picked last.
    let message = error_body(unknown).await.to_string();
    assert!(message.contains("Choisissez une langue"), "{message}");
}

async fn a_person_chooses_their_language_and_it_beats_browser_and_workspace(app: TestApp) {
    let app = app.with_admin().await;
    let admin = app.device();
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    // Nothing chosen: the browser decides, then the workspace.
    let french = page(&admin, "/account/sessions", "fr-CA,fr;q=0.8").await;
    assert_eq!(document_language(&french).0, "fr");
    assert!(
        french.contains("<title>Vos sessions · Acme Support · Roster</title>"),
        "{french}"
    );
    admin
        .save_workspace_settings("Acme Support", "es", "UTC")
        .await;
    let spanish = page(&admin, "/account/sessions", "de").await;
    assert_eq!(document_language(&spanish).0, "es");
    let viewer = admin.signed_in().await;
    assert_eq!(viewer.chosen_locale, None);

    assert_eq!(save_language(&admin, "ar").await, 200);
    let arabic = page(&admin, "/account/sessions", "fr").await;
    assert_eq!(document_language(&arabic), ("ar".into(), "rtl".into()));
    assert!(arabic.contains("جلساتك"), "{arabic}");
    // The sessions list itself is not translated yet, and says it is English.
    assert!(
        arabic.contains(r#"<div lang="en" dir="ltr" class="content">"#),
        "{arabic}"
    );
    // On another device too: the choice is the person's, not the browser's.
    let phone = app.device();
    phone.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(document_language(&page(&phone, "/", "en").await).0, "ar");
    let language_page = page(&phone, "/account/language", "en").await;
    assert!(
        language_page.contains(r#"<option value="ar" lang="ar" selected"#),
        "{language_page}"
    );
    assert!(
        language_page.contains(r#"<div class="content">"#),
        "the language page is in Arabic itself"
    );

    // A made-up language changes nothing.
    let refused = admin
        .call("save_language", &[("language", "klingon")])
        .await;
    assert_eq!(refused.status(), 400);
    assert!(
        error_body(refused).await.to_string().contains("اختر"),
        "the message is in Arabic"
    );
    assert_eq!(document_language(&page(&admin, "/", "fr").await).0, "ar");

    // Automatic again: back to the browser's.
    assert_eq!(save_language(&admin, "").await, 200);
    assert_eq!(
        document_language(&page(&admin, "/", "pt-PT").await).0,
        "pt-BR"
    );
    assert_eq!(admin.signed_in().await.chosen_locale, None);
}

async fn choosing_a_language_needs_a_session(app: TestApp) {
    let app = app.with_admin().await;
    assert_eq!(save_language(&app.device(), "fr").await, 401);
}

on_both_databases!(
    signed_out_pages_follow_the_browser_until_a_language_is_picked,
    a_person_chooses_their_language_and_it_beats_browser_and_workspace,
    choosing_a_language_needs_a_session,
);
