use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, SmtpSink, TestApp, token_in};
use crate::on_both_databases;
use roster::activity::model::ActivityPage;
use roster::email::Mailer;
use roster::policy::Role;

/// Each entry as the page reads it: who, then what.
fn sentences(page: &ActivityPage) -> Vec<String> {
    page.entries
        .iter()
        .map(|e| format!("{} {}", e.who, e.what))
        .collect()
}

async fn the_history_names_who_did_what_to_whom_newest_first(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let bo = app
        .add_member("Acme Support", "bo@example.test", "Bo Agent", Role::Agent)
        .await;
    let admin = app.device();
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    admin.invite("cy@example.test", Role::Editor).await;
    app.outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    let token = token_in(&sink.messages()[0], "/invite/");
    app.device()
        .accept_invitation(&token, "Cy Editor", "a fresh long passphrase")
        .await;
    admin.invite("dee@example.test", Role::Agent).await;
    let dee = admin.invitations().await[0].id;
    admin.resend_invitation(dee).await;
    admin.cancel_invitation(dee).await;
    admin.change_role(bo, Role::Editor).await;
    admin.end_member_sessions(bo).await;
    admin.remove_member(bo).await;

    let page = admin.activity(None).await;

    assert_eq!(
        sentences(&page),
        [
            "Ada Admin removed Bo Agent",
            "Ada Admin logged Bo Agent out everywhere",
            "Ada Admin changed Bo Agent's role from Agent to Editor",
            "Ada Admin cancelled the invitation to dee@example.test",
            "Ada Admin sent the invitation to dee@example.test again",
            "Ada Admin invited dee@example.test as Agent",
            "Cy Editor joined as Editor",
            "Ada Admin invited cy@example.test as Editor",
            "The server's command line added Bo Agent as Agent",
            "Ada Admin created the workspace",
        ]
    );
    assert!(page.entries[0].when.exact.ends_with("UTC"));
    assert_eq!(page.entries[0].when.relative, "just now");
    assert_eq!(page.older_than, None);
    assert_eq!(page.person, None);

    // One person's history, from the link on their details page; they left, their name stays.
    let about_bo = admin.activity_of(bo).await;
    assert_eq!(
        sentences(&about_bo),
        [
            "Ada Admin removed Bo Agent",
            "Ada Admin logged Bo Agent out everywhere",
            "Ada Admin changed Bo Agent's role from Agent to Editor",
            "The server's command line added Bo Agent as Agent",
        ]
    );
    assert_eq!(about_bo.person.as_deref(), Some("Bo Agent"));
    // Someone who never belonged here is not found, name and all.
    roster::workspace::service::create_workspace(&app.db, &app.clock, "Elsewhere")
        .await
        .unwrap();
    let stranger = app
        .add_member("Elsewhere", "zed@example.test", "Zed Stranger", Role::Admin)
        .await;
    assert_eq!(
        admin
            .call("activity", &[("person", &stranger.to_string())])
            .await
            .status(),
        404
    );
}

async fn the_history_pages_and_cannot_be_rewritten(app: TestApp) {
    let app = app.with_admin().await;
    let admin = app.device();
    admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    let emails: String = (0..60).map(|n| format!("p{n}@example.test\n")).collect();
    admin.invite(&emails, Role::Agent).await;

    let first = admin.activity(None).await;
    assert_eq!(first.entries.len(), 50);
    let older = first.older_than.expect("a second page");
    let second = admin.activity(Some(older)).await;
    assert_eq!(second.entries.len(), 11, "60 invitations and the creation");
    assert_eq!(second.older_than, None);

    for statement in [
        "UPDATE activity_log SET action = 'x'",
        "DELETE FROM activity_log",
    ] {
        assert!(
            sqlx::query(statement).execute(app.db.pool()).await.is_err(),
            "{statement} must be refused"
        );
    }
}

on_both_databases!(
    the_history_names_who_did_what_to_whom_newest_first,
    the_history_pages_and_cannot_be_rewritten,
);
