//! Which language a page comes in: the person's choice, the browser's, the workspace's.

use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Device, Letter, SmtpSink, TestApp, error_body, signed_in_admin,
    token_in,
};
use crate::on_both_databases;
use roster::email::Mailer;
use roster::policy::Role;

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
    // The page's own content is in Arabic too, not only its frame.
    assert!(arabic.contains(r#"<div class="content">"#), "{arabic}");
    assert!(
        arabic.contains("كل جهاز أو متصفح سجّلت الدخول عليه"),
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

/// Delivers the outbox to `sink` and returns the messages it received since `seen`.
async fn deliver(app: &TestApp, sink: &SmtpSink, seen: usize) -> Vec<Letter> {
    app.outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    sink.letters().into_iter().skip(seen).collect()
}

/// Asserts that `letter` is written in the language its `words` come from: in the subject,
/// or in both bodies, and that its HTML says which language it is in.
fn assert_written_in(letter: &Letter, lang_dir: &str, subject: &str, words: &str) {
    assert!(letter.subject.contains(subject), "{letter:#?}");
    assert!(letter.text.contains(words), "{letter:#?}");
    assert!(letter.html.contains(words), "{letter:#?}");
    assert!(letter.html.contains(lang_dir), "{letter:#?}");
}

async fn an_invitation_is_written_in_the_workspace_language_or_the_one_picked_for_it(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin
        .save_workspace_settings("Acme Support", "fr", "Europe/Paris")
        .await;
    assert_eq!(
        admin.signed_in().await.workspace_locale,
        roster::i18n::Locale::French
    );

    admin.invite("erin@example.test", Role::Editor).await;
    admin
        .invite_in("samira@example.test", Role::Agent, "ar")
        .await;
    let letters = deliver(&app, &sink, 0).await;
    assert_eq!(letters.len(), 2);
    let french = letters.iter().find(|l| l.to.contains("erin")).unwrap();
    assert_written_in(
        french,
        r#"lang="fr" dir="ltr""#,
        "[Acme Support] Invitation à rejoindre",
        "Ada Admin vous invite",
    );
    let arabic = letters.iter().find(|l| l.to.contains("samira")).unwrap();
    assert_written_in(arabic, r#"lang="ar" dir="rtl""#, "دعوة", "Ada Admin");
    assert!(
        arabic.text.contains("وكيل"),
        "the role's Arabic name: {arabic:#?}"
    );

    // A resend keeps the language the invitation was made in.
    let samira = admin
        .invitations()
        .await
        .into_iter()
        .find(|i| i.email == "samira@example.test")
        .unwrap();
    admin.resend_invitation(samira.id).await;
    let resent = deliver(&app, &sink, 2).await;
    assert_eq!(resent.len(), 1);
    assert_written_in(&resent[0], r#"lang="ar" dir="rtl""#, "دعوة", "Ada Admin");

    // A language Roster does not have is refused beside its field, and nobody is invited.
    let (status, error) = admin
        .refused(
            "invite",
            &[
                ("emails", "nobody@example.test"),
                ("role", "agent"),
                ("language", "tlh"),
            ],
        )
        .await;
    assert_eq!(status, 400);
    assert!(error.message_for("language").is_some(), "{error:?}");
    assert_eq!(admin.invitations().await.len(), 2);
}

async fn the_join_notice_and_password_emails_come_in_the_recipients_language(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    assert_eq!(save_language(&admin, "ru").await, 200);
    admin.invite("erin@example.test", Role::Editor).await;
    let invitation = deliver(&app, &sink, 0).await;
    // The workspace's language, not the inviting admin's.
    assert_written_in(
        &invitation[0],
        r#"lang="en" dir="ltr""#,
        "Invitation to join workspace",
        "invited you",
    );
    let token = token_in(&invitation[0].text, "/invite/");

    // Erin's browser speaks Spanish; the admin chose Russian.
    let erin = Device::speaking(&app.address, "es-MX,es;q=0.9");
    erin.accept_invitation(&token, "Erin Editor", "erin's long passphrase")
        .await;
    let notice = deliver(&app, &sink, 1).await;
    assert_eq!(notice.len(), 1);
    assert!(notice[0].to.contains(ADMIN_EMAIL));
    assert_written_in(
        &notice[0],
        r#"lang="ru" dir="ltr""#,
        "[Acme Support]",
        "Erin Editor (erin@example.test)",
    );
    assert!(notice[0].text.contains("Редактор"), "{:#?}", notice[0]);
    assert!(
        notice[0]
            .html
            .contains("потому что вы администратор рабочего пространства Acme Support"),
        "{:#?}",
        notice[0]
    );

    // A reset link: Erin has not chosen, so it reads as the page she asked from; the admin
    // chose, and that beats any browser.
    erin.request_password_reset("erin@example.test").await;
    Device::speaking(&app.address, "sw")
        .request_password_reset(ADMIN_EMAIL)
        .await;
    let resets = deliver(&app, &sink, 2).await;
    assert_eq!(resets.len(), 2);
    let to_erin = resets.iter().find(|l| l.to.contains("erin")).unwrap();
    assert_written_in(
        to_erin,
        r#"lang="es" dir="ltr""#,
        "Roster",
        "erin@example.test",
    );
    assert!(to_erin.subject.contains("contraseña"), "{to_erin:#?}");
    // Every sentence reaches the HTML part too, not only the plain one.
    assert!(
        to_erin
            .html
            .contains("abre este enlace en el plazo de una hora"),
        "{to_erin:#?}"
    );
    let to_admin = resets.iter().find(|l| l.to.contains(ADMIN_EMAIL)).unwrap();
    assert_written_in(to_admin, r#"lang="ru" dir="ltr""#, "Roster", ADMIN_EMAIL);
    assert!(to_admin.subject.contains("пароля"), "{to_admin:#?}");

    // Changing a password tells the person in their language too.
    erin.reset_password(
        &token_in(&to_erin.text, "/reset-password/"),
        "a new long passphrase",
    )
    .await;
    let changed = deliver(&app, &sink, 4).await;
    assert_eq!(changed.len(), 1);
    assert_written_in(
        &changed[0],
        r#"lang="es" dir="ltr""#,
        "contraseña",
        "erin@example.test",
    );
}

on_both_databases!(
    an_invitation_is_written_in_the_workspace_language_or_the_one_picked_for_it,
    the_join_notice_and_password_emails_come_in_the_recipients_language,
    signed_out_pages_follow_the_browser_until_a_language_is_picked,
    a_person_chooses_their_language_and_it_beats_browser_and_workspace,
    choosing_a_language_needs_a_session,
);
