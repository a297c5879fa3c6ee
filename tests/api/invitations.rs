use crate::endpoints::Page;
use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Device, SmtpSink, TestApp, accept_form, error_body, readable,
    signed_in_admin, token_in,
};
use crate::on_both_databases;
use roster::email::Mailer;
use roster::invitations::model::{Delivery, InvitationLink};
use roster::policy::Role;
use roster::workspace::service::{add_member, create_workspace};

const NEW_PASSWORD: &str = "a fresh long passphrase";

async fn invite(admin: &Device, emails: &str, role: &str) -> reqwest::Response {
    admin
        .call("invite", &[("emails", emails), ("role", role)])
        .await
}

/// Delivers the outbox to `sink` and returns every message it has received so far.
async fn deliver(app: &TestApp, sink: &SmtpSink) -> Vec<String> {
    app.outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    sink.messages().iter().map(|m| readable(m)).collect()
}

async fn count_where(app: &TestApp, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(app.db.pool()).await.unwrap();
    n
}

async fn the_seed_journey_invite_email_accept_and_the_admin_is_told(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;

    admin.invite("Erin@Example.test", Role::Editor).await;
    let listed = admin.invitations().await;
    assert_eq!(listed[0].email, "erin@example.test");
    assert_eq!(listed[0].role, Role::Editor);
    assert_eq!(listed[0].delivery, Delivery::Queued);
    assert!(!listed[0].expired);

    let messages = deliver(&app, &sink).await;
    assert_eq!(messages.len(), 1);
    let mail = &messages[0];
    assert!(
        mail.contains("Subject: [Acme Support] Invitation to join workspace"),
        "{mail}"
    );
    assert!(mail.contains("To: erin@example.test"), "{mail}");
    assert!(mail.contains("as an Editor"), "{mail}");
    assert!(mail.contains("Ada Admin invited you"), "{mail}");
    assert!(mail.contains("text/html"), "{mail}");
    let token = token_in(mail, "/invite/");
    assert!(token.len() >= 43);
    assert_eq!(
        count_where(
            &app,
            &format!("SELECT COUNT(*) FROM invitations WHERE token_hash = '{token}'")
        )
        .await,
        0,
        "only the hash is stored"
    );
    assert_eq!(
        count_where(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE body_text IS NOT NULL"
        )
        .await,
        0,
        "the raw token is wiped once sent"
    );
    assert_eq!(admin.invitations().await[0].delivery, Delivery::Sent);

    let link = app.device().valid_invitation(&token).await;
    assert_eq!(link.workspace_name, "Acme Support");
    assert!(!link.has_account);
    let invitee = app.device();
    invitee
        .accept_invitation(&token, "Erin Editor", NEW_PASSWORD)
        .await;

    let viewer = invitee.signed_in().await;
    assert_eq!(viewer.email, "erin@example.test");
    assert_eq!(viewer.role, Some(Role::Editor));
    assert_eq!(viewer.workspace_name.as_deref(), Some("Acme Support"));
    assert!(admin.invitations().await.is_empty());
    let members = admin.members("", Page::First).await;
    assert!(
        members
            .members
            .iter()
            .any(|m| m.email == "erin@example.test" && m.role == Role::Editor)
    );

    let messages = deliver(&app, &sink).await;
    let joined: Vec<&String> = messages
        .iter()
        .filter(|m| m.contains("Subject: [Acme Support] New user joined your workspace"))
        .collect();
    assert_eq!(joined.len(), 1, "exactly one join email");
    assert!(joined[0].contains(&format!("To: {ADMIN_EMAIL}")));
    assert!(joined[0].contains("Erin Editor"));
    let reused = app
        .device()
        .call(
            "accept_invitation",
            &accept_form(&token, "Someone Else", NEW_PASSWORD),
        )
        .await;
    assert_eq!(reused.status(), 409);
}

async fn bad_invitations_are_refused_beside_the_field_and_write_nothing(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    admin.invite("pat@example.test", Role::Agent).await;
    let before = (app.count("invitations").await, app.count("outbox").await);

    let malformed = invite(&admin, "not-an-email", "agent").await;
    assert_eq!(malformed.status(), 400);
    assert_eq!(
        error_body(malformed).await["Validation"][0]["field"],
        "emails"
    );
    let member = invite(&admin, "ADA@example.test", "agent").await;
    assert_eq!(member.status(), 409);
    let body = error_body(member).await;
    assert_eq!(body["Conflict"]["field"], "emails");
    assert_eq!(
        body["Conflict"]["message"],
        "ada@example.test is already a member"
    );
    let pending = invite(&admin, "Pat@Example.TEST", "editor").await;
    assert_eq!(pending.status(), 409);
    assert_eq!(
        error_body(pending).await["Conflict"]["message"],
        "pat@example.test is already invited — resend instead"
    );
    let no_role = invite(&admin, "new@example.test", "superadmin").await;
    assert_eq!(no_role.status(), 400);
    assert_eq!(error_body(no_role).await["Validation"][0]["field"], "role");

    assert_eq!(
        (app.count("invitations").await, app.count("outbox").await),
        before
    );
}

async fn several_addresses_get_one_result_each(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;

    let results = admin
        .invite(
            "one@example.test, two@example.test\nada@example.test\nbroken@\nONE@example.test",
            Role::Agent,
        )
        .await;

    assert_eq!(
        results.len(),
        4,
        "the repeated address counts once: {results:?}"
    );
    assert_eq!(results[0].problem, None);
    assert_eq!(results[1].problem, None);
    assert_eq!(
        results[2].problem.as_deref(),
        Some("ada@example.test is already a member")
    );
    assert!(results[3].problem.is_some());
    assert_eq!(app.count("invitations").await, 2);

    let too_many: String = (0..101).map(|n| format!("p{n}@example.test\n")).collect();
    let refused = invite(&admin, &too_many, "agent").await;
    assert_eq!(refused.status(), 400);
    assert_eq!(app.count("invitations").await, 2);
}

async fn a_cancelled_invitation_link_dies_at_once(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("carl@example.test", Role::Agent).await;
    let token = token_in(&deliver(&app, &sink).await[0], "/invite/");
    let id = admin.invitations().await[0].id;

    admin.cancel_invitation(id).await;

    assert_eq!(
        app.device().invitation(&token).await,
        InvitationLink::Invalid
    );
    let accepted = app
        .device()
        .call(
            "accept_invitation",
            &accept_form(&token, "Carl", NEW_PASSWORD),
        )
        .await;
    assert_eq!(accepted.status(), 409);
    assert_eq!(
        error_body(accepted).await["Conflict"]["message"],
        "This invitation link is no longer valid. Ask an admin of the workspace to resend it."
    );
    assert_eq!(
        count_where(
            &app,
            "SELECT COUNT(*) FROM users WHERE email = 'carl@example.test'"
        )
        .await,
        0
    );
    assert_eq!(
        admin
            .call("cancel_invitation", &[("invitation_id", &id.to_string())])
            .await
            .status(),
        409
    );
    assert!(admin.invitations().await.is_empty());
}

async fn resend_makes_a_new_link_kills_the_old_one_and_renews_an_expired_invitation(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("rita@example.test", Role::Agent).await;
    let old_token = token_in(&deliver(&app, &sink).await[0], "/invite/");
    app.clock.advance(7 * 24 * 3600 + 1);
    // The admin's own session has idled out as long as the invitation: sign in again.
    let admin = signed_in_admin(&app).await;
    let listed = admin.invitations().await;
    assert!(listed[0].expired, "an expired invitation stays visible");
    assert_eq!(
        app.device().invitation(&old_token).await,
        InvitationLink::Invalid
    );

    admin.resend_invitation(listed[0].id).await;

    let messages = deliver(&app, &sink).await;
    assert_eq!(messages.len(), 2);
    let new_token = token_in(&messages[1], "/invite/");
    assert_ne!(new_token, old_token);
    assert!(!admin.invitations().await[0].expired);
    assert_eq!(
        app.device().invitation(&old_token).await,
        InvitationLink::Invalid
    );
    let rita = app.device();
    rita.accept_invitation(&new_token, "Rita", NEW_PASSWORD)
        .await;
    assert_eq!(rita.signed_in().await.role, Some(Role::Agent));
}

async fn a_resend_before_delivery_sends_only_the_new_link(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("quick@example.test", Role::Agent).await;
    let id = admin.invitations().await[0].id;
    admin.resend_invitation(id).await;

    let messages = deliver(&app, &sink).await;

    assert_eq!(messages.len(), 1, "the replaced message is skipped");
    let token = token_in(&messages[0], "/invite/");
    assert!(matches!(
        app.device().invitation(&token).await,
        InvitationLink::Valid(_)
    ));
}

async fn someone_with_an_account_joins_with_their_password(app: TestApp) {
    let app = app.with_admin().await;
    create_workspace(&app.db, &app.clock, "Field Team")
        .await
        .unwrap();
    add_member(
        &app.db,
        &app.clock,
        "Field Team",
        "sam@example.test",
        "Sam",
        NEW_PASSWORD.into(),
        Role::Admin,
    )
    .await
    .unwrap();
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("sam@example.test", Role::Agent).await;
    let token = token_in(&deliver(&app, &sink).await[0], "/invite/");
    let link = app.device().valid_invitation(&token).await;
    assert!(link.has_account);

    let sam = app.device();
    let wrong = sam
        .call(
            "accept_invitation",
            &[("token", token.as_str()), ("password", "not the password")],
        )
        .await;
    assert_eq!(wrong.status(), 400);
    assert_eq!(
        error_body(wrong).await["Validation"][0]["field"],
        "password"
    );

    // An existing account's page asks only for the password.
    let () = sam
        .answer(
            "accept_invitation",
            &[("token", token.as_str()), ("password", NEW_PASSWORD)],
        )
        .await;
    let viewer = sam.signed_in().await;
    assert_eq!(viewer.workspace_name.as_deref(), Some("Acme Support"));
    assert_eq!(viewer.role, Some(Role::Agent));
    assert_eq!(viewer.workspaces.len(), 2);
    assert_eq!(
        count_where(
            &app,
            "SELECT COUNT(*) FROM users WHERE email = 'sam@example.test'"
        )
        .await,
        1
    );
}

async fn signed_in_as_the_invited_person_the_link_joins_at_once(app: TestApp) {
    let app = app.with_admin().await;
    create_workspace(&app.db, &app.clock, "Field Team")
        .await
        .unwrap();
    add_member(
        &app.db,
        &app.clock,
        "Field Team",
        "sam@example.test",
        "Sam",
        NEW_PASSWORD.into(),
        Role::Admin,
    )
    .await
    .unwrap();
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("sam@example.test", Role::Editor).await;
    let token = token_in(&deliver(&app, &sink).await[0], "/invite/");
    let sam = app.device();
    sam.login("sam@example.test", NEW_PASSWORD).await;
    let link = sam.valid_invitation(&token).await;
    assert!(link.signed_in_as_invitee);

    // Signed in as the invitee, the page sends the link alone.
    let () = sam
        .answer("accept_invitation", &[("token", token.as_str())])
        .await;

    let viewer = sam.signed_in().await;
    assert_eq!(viewer.workspace_name.as_deref(), Some("Acme Support"));
    assert_eq!(viewer.role, Some(Role::Editor));
    assert_eq!(
        app.count("sessions").await,
        2,
        "the old session was replaced"
    );
}

async fn signed_in_as_someone_else_the_link_does_not_join_the_wrong_account(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("vic@example.test", Role::Editor).await;
    let token = token_in(&deliver(&app, &sink).await[0], "/invite/");

    let link = admin.valid_invitation(&token).await;
    assert_eq!(link.signed_in_as_other.as_deref(), Some(ADMIN_EMAIL));
    let attempt = admin
        .call(
            "accept_invitation",
            &accept_form(&token, "Vic", NEW_PASSWORD),
        )
        .await;
    assert_eq!(attempt.status(), 409);
    assert_eq!(
        error_body(attempt).await["Conflict"]["message"],
        "You are logged in as ada@example.test. Log out and continue to join as vic@example.test."
    );
    assert_eq!(app.count("users").await, 1);
    assert_eq!(admin.invitations().await.len(), 1);
}

async fn two_accepts_of_one_link_at_once_make_one_member(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("twin@example.test", Role::Agent).await;
    let token = token_in(&deliver(&app, &sink).await[0], "/invite/");
    let (first, second) = (app.device(), app.device());
    let (one, two) = (
        accept_form(&token, "Twin One", NEW_PASSWORD),
        accept_form(&token, "Twin Two", NEW_PASSWORD),
    );

    let (a, b) = tokio::join!(
        first.call("accept_invitation", &one),
        second.call("accept_invitation", &two),
    );

    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    assert_eq!(
        count_where(
            &app,
            "SELECT COUNT(*) FROM users WHERE email = 'twin@example.test'"
        )
        .await,
        1
    );
    assert_eq!(
        count_where(&app, "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'twin@example.test'").await,
        1
    );
    deliver(&app, &sink).await;
    let joined = sink
        .messages()
        .iter()
        .filter(|m| m.contains("New user joined"))
        .count();
    assert_eq!(joined, 1);
}

async fn an_accept_racing_a_cancel_ends_one_way_or_the_other(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("race@example.test", Role::Agent).await;
    let token = token_in(&deliver(&app, &sink).await[0], "/invite/");
    let id = admin.invitations().await[0].id.to_string();
    let invitee = app.device();
    let form = accept_form(&token, "Racer", NEW_PASSWORD);
    let cancel = [("invitation_id", id.as_str())];

    let (accepted, cancelled) = tokio::join!(
        invitee.call("accept_invitation", &form),
        admin.call("cancel_invitation", &cancel),
    );

    let members = count_where(&app, "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'race@example.test'").await;
    let (status,): (String,) = sqlx::query_as("SELECT status FROM invitations")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    match (accepted.status().as_u16(), cancelled.status().as_u16()) {
        (200, 409) => assert_eq!((status.as_str(), members), ("accepted", 1)),
        (409, 200) => assert_eq!((status.as_str(), members), ("cancelled", 0)),
        other => panic!("both or neither won: {other:?}"),
    }
}

async fn the_same_email_invited_twice_at_once_gives_one_invitation(app: TestApp) {
    let app = app.with_admin().await;
    app.add_member("Acme Support", "bea@example.test", "Bea", Role::Admin)
        .await;
    let ada = signed_in_admin(&app).await;
    let bea = app.device();
    bea.login("bea@example.test", ADMIN_PASSWORD).await;

    let (a, b) = tokio::join!(
        invite(&ada, "dup@example.test", "agent"),
        invite(&bea, "dup@example.test", "editor"),
    );

    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    assert_eq!(app.count("invitations").await, 1);
    assert_eq!(app.count("outbox").await, 1);
}

async fn with_the_mail_server_down_an_invitation_waits_then_goes_out_or_fails(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    admin.invite("later@example.test", Role::Agent).await;
    let port = crate::helpers::free_port();
    let down = Mailer::smtp(&format!("smtp://127.0.0.1:{port}")).unwrap();
    app.outbox_worker(down).run_once().await.unwrap();
    assert_eq!(admin.invitations().await[0].delivery, Delivery::Queued);
    assert_eq!(app.count("invitations").await, 1);

    app.clock.advance(3600);
    let sink = SmtpSink::start_on(port, "accept");
    let messages = deliver(&app, &sink).await;
    assert_eq!(messages.len(), 1);
    assert_eq!(admin.invitations().await[0].delivery, Delivery::Sent);

    admin.invite("never@example.test", Role::Agent).await;
    let refusing = SmtpSink::start("reject");
    app.outbox_worker(Mailer::smtp(&refusing.url()).unwrap())
        .run_once()
        .await
        .unwrap();
    let listed = admin.invitations().await;
    let never = listed
        .iter()
        .find(|i| i.email == "never@example.test")
        .unwrap();
    assert_eq!(never.delivery, Delivery::Failed);
}

async fn an_admin_can_turn_off_join_emails(app: TestApp) {
    let app = app.with_admin().await;
    app.add_member("Acme Support", "bea@example.test", "Bea", Role::Admin)
        .await;
    let sink = SmtpSink::start("accept");
    let ada = signed_in_admin(&app).await;
    assert!(ada.join_emails().await);
    ada.set_join_emails(false).await;
    assert!(!ada.join_emails().await);
    ada.invite("newbie@example.test", Role::Agent).await;
    let token = token_in(&deliver(&app, &sink).await[0], "/invite/");

    app.device()
        .accept_invitation(&token, "Newbie", NEW_PASSWORD)
        .await;

    let joined: Vec<String> = deliver(&app, &sink)
        .await
        .into_iter()
        .filter(|m| m.contains("New user joined"))
        .collect();
    assert_eq!(joined.len(), 1);
    assert!(joined[0].contains("To: bea@example.test"));
}

async fn names_in_the_join_email_are_escaped(app: TestApp) {
    let app = app.with_admin().await;
    let sink = SmtpSink::start("accept");
    let admin = signed_in_admin(&app).await;
    admin.invite("xss@example.test", Role::Agent).await;
    let token = token_in(&deliver(&app, &sink).await[0], "/invite/");
    let payload = "<script>alert(1)</script>";
    app.device()
        .accept_invitation(&token, payload, NEW_PASSWORD)
        .await;
    let joined = deliver(&app, &sink)
        .await
        .into_iter()
        .find(|m| m.contains("New user joined"))
        .unwrap();
    assert!(joined.contains("&lt;script&gt;"), "{joined}");
}

async fn sending_invitations_is_rate_limited(app: TestApp) {
    let app = app.with_admin().await;
    let admin = signed_in_admin(&app).await;
    for batch in 0..2 {
        let emails: String = (0..100)
            .map(|n| format!("b{batch}-{n}@example.test\n"))
            .collect();
        admin.invite(&emails, Role::Agent).await;
    }
    let over = invite(&admin, "one-more@example.test", "agent").await;
    assert_eq!(over.status(), 429);
    assert!(over.headers().contains_key("retry-after"));
    assert_eq!(app.count("invitations").await, 200);
}

async fn invitations_of_another_workspace_are_not_found(app: TestApp) {
    let app = app.with_admin().await;
    create_workspace(&app.db, &app.clock, "Other Co")
        .await
        .unwrap();
    app.add_member("Other Co", "olga@example.test", "Olga", Role::Admin)
        .await;
    let ada = signed_in_admin(&app).await;
    ada.invite("target@example.test", Role::Agent).await;
    let id = ada.invitations().await[0].id.to_string();
    let olga = app.device();
    olga.login("olga@example.test", ADMIN_PASSWORD).await;

    for endpoint in ["cancel_invitation", "resend_invitation"] {
        let response = olga.call(endpoint, &[("invitation_id", &id)]).await;
        assert_eq!(response.status(), 404, "{endpoint}");
    }
    assert!(olga.invitations().await.is_empty());
    assert_eq!(ada.invitations().await.len(), 1);
    assert_eq!(app.count("outbox").await, 1);
}

on_both_databases!(
    the_seed_journey_invite_email_accept_and_the_admin_is_told,
    bad_invitations_are_refused_beside_the_field_and_write_nothing,
    several_addresses_get_one_result_each,
    a_cancelled_invitation_link_dies_at_once,
    resend_makes_a_new_link_kills_the_old_one_and_renews_an_expired_invitation,
    a_resend_before_delivery_sends_only_the_new_link,
    someone_with_an_account_joins_with_their_password,
    signed_in_as_the_invited_person_the_link_joins_at_once,
    signed_in_as_someone_else_the_link_does_not_join_the_wrong_account,
    two_accepts_of_one_link_at_once_make_one_member,
    an_accept_racing_a_cancel_ends_one_way_or_the_other,
    the_same_email_invited_twice_at_once_gives_one_invitation,
    with_the_mail_server_down_an_invitation_waits_then_goes_out_or_fails,
    an_admin_can_turn_off_join_emails,
    names_in_the_join_email_are_escaped,
    sending_invitations_is_rate_limited,
    invitations_of_another_workspace_are_not_found,
);
