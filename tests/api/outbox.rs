use crate::helpers::{SmtpSink, TestApp, free_port};
use crate::on_both_databases;
use roster::email::Mailer;
use roster::email::outbox::{NewMail, enqueue};
use roster::email::worker::{Delivery, MAX_ATTEMPTS};

fn mail(key: &str) -> NewMail {
    NewMail {
        dedupe_key: key.into(),
        kind: "test",
        recipient: "teammate@example.test".into(),
        subject: "[Acme] Hello from the outbox".into(),
        body_text: "Open https://roster.test/invite/SECRET-TOKEN".into(),
        body_html: "<p>Open <a href=\"https://roster.test/invite/SECRET-TOKEN\">the link</a></p>"
            .into(),
        action_url: Some("https://roster.test/invite/SECRET-TOKEN".into()),
        invitation_id: None,
    }
}

async fn queue(app: &TestApp, key: &str) -> Option<i64> {
    let mut tx = app.db.begin_write().await.unwrap();
    let id = enqueue(&mut tx, app.clock.now(), "roster.test", &mail(key))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

async fn row(app: &TestApp, id: i64) -> (String, i64, i64, Option<String>, Option<String>) {
    sqlx::query_as(
        "SELECT status, attempts, next_attempt_at, body_text, last_error FROM outbox WHERE id = $1",
    )
    .bind(id)
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

async fn a_queued_message_reaches_a_real_smtp_server_and_its_secret_is_wiped(app: TestApp) {
    let sink = SmtpSink::start("accept");
    let id = queue(&app, "event-1:teammate").await.unwrap();

    let outcomes = app
        .outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();

    assert_eq!(outcomes, vec![(id, Delivery::Sent)]);
    let messages = sink.messages();
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert!(
        message.contains("Subject: [Acme] Hello from the outbox"),
        "{message}"
    );
    assert!(message.contains("To: teammate@example.test"), "{message}");
    assert!(message.contains("Message-ID: <"), "{message}");
    assert!(
        message.contains("text/plain") && message.contains("text/html"),
        "{message}"
    );
    let (status, attempts, _, body, _) = row(&app, id).await;
    assert_eq!((status.as_str(), attempts, body), ("sent", 1, None));
    let (leftovers,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM outbox WHERE body_html IS NOT NULL OR action_url IS NOT NULL",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(
        leftovers, 0,
        "the one-time link must not outlive the delivery"
    );
}

async fn with_the_mail_server_down_a_message_waits_and_goes_out_once_it_is_back(app: TestApp) {
    let port = free_port();
    let worker = app.outbox_worker(Mailer::smtp(&format!("smtp://127.0.0.1:{port}")).unwrap());
    let id = queue(&app, "event-2:teammate").await.unwrap();

    assert_eq!(
        worker.run_once().await.unwrap(),
        vec![(id, Delivery::Retrying)]
    );
    let (status, attempts, next_attempt_at, body, error) = row(&app, id).await;
    assert_eq!((status.as_str(), attempts), ("pending", 1));
    assert!(
        next_attempt_at > app.clock.now(),
        "a retry waits for its backoff"
    );
    assert!(body.is_some(), "the message is kept until it is sent");
    assert!(error.is_some());
    assert!(
        worker.run_once().await.unwrap().is_empty(),
        "not due again before the backoff"
    );

    let sink = SmtpSink::start_on(port, "accept");
    app.clock.advance(3600);
    assert_eq!(worker.run_once().await.unwrap(), vec![(id, Delivery::Sent)]);
    assert_eq!(sink.messages().len(), 1);
}

async fn a_permanent_refusal_fails_the_message_without_retrying(app: TestApp) {
    let sink = SmtpSink::start("reject");
    let id = queue(&app, "event-3:teammate").await.unwrap();

    let outcomes = app
        .outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();

    assert_eq!(outcomes, vec![(id, Delivery::Failed)]);
    let (status, attempts, _, _, error) = row(&app, id).await;
    assert_eq!((status.as_str(), attempts), ("failed", 1));
    assert!(error.unwrap().contains("550"));
}

async fn a_message_still_refused_after_the_last_attempt_is_marked_failed(app: TestApp) {
    let sink = SmtpSink::start("defer");
    let id = queue(&app, "event-4:teammate").await.unwrap();
    sqlx::query("UPDATE outbox SET attempts = $1 WHERE id = $2")
        .bind(MAX_ATTEMPTS - 1)
        .bind(id)
        .execute(app.db.pool())
        .await
        .unwrap();

    let outcomes = app
        .outbox_worker(Mailer::smtp(&sink.url()).unwrap())
        .run_once()
        .await
        .unwrap();

    assert_eq!(outcomes, vec![(id, Delivery::Failed)]);
    assert_eq!(row(&app, id).await.0, "failed");
}

async fn a_send_interrupted_by_a_crash_is_taken_up_again_after_its_lease(app: TestApp) {
    let sink = SmtpSink::start("accept");
    let id = queue(&app, "event-5:teammate").await.unwrap();
    // As a worker that died mid-send leaves it.
    sqlx::query(
        "UPDATE outbox SET status = 'sending', attempts = 1, locked_until = $1 WHERE id = $2",
    )
    .bind(app.clock.now() + 300)
    .bind(id)
    .execute(app.db.pool())
    .await
    .unwrap();
    let worker = app.outbox_worker(Mailer::smtp(&sink.url()).unwrap());
    assert!(
        worker.run_once().await.unwrap().is_empty(),
        "the lease still holds"
    );

    app.clock.advance(301);
    assert_eq!(worker.run_once().await.unwrap(), vec![(id, Delivery::Sent)]);
    assert_eq!(sink.messages().len(), 1);
}

async fn the_same_event_queued_twice_is_one_message(app: TestApp) {
    assert!(queue(&app, "event-6:teammate").await.is_some());
    assert!(queue(&app, "event-6:teammate").await.is_none());
    assert_eq!(app.count("outbox").await, 1);
}

async fn a_rolled_back_change_queues_nothing(app: TestApp) {
    let mut tx = app.db.begin_write().await.unwrap();
    enqueue(
        &mut tx,
        app.clock.now(),
        "roster.test",
        &mail("event-7:teammate"),
    )
    .await
    .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(app.count("outbox").await, 0);
}

async fn without_a_mail_server_messages_become_eml_files(app: TestApp) {
    let dir = app.dir.path().join("mail");
    let id = queue(&app, "event-8:teammate").await.unwrap();

    let outcomes = app
        .outbox_worker(Mailer::files(&dir).unwrap())
        .run_once()
        .await
        .unwrap();

    assert_eq!(outcomes, vec![(id, Delivery::Sent)]);
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .collect();
    assert_eq!(files.len(), 1);
    let content = std::fs::read_to_string(files[0].path()).unwrap();
    assert!(content.contains("Subject: [Acme] Hello from the outbox"));
}

on_both_databases!(
    a_queued_message_reaches_a_real_smtp_server_and_its_secret_is_wiped,
    with_the_mail_server_down_a_message_waits_and_goes_out_once_it_is_back,
    a_permanent_refusal_fails_the_message_without_retrying,
    a_message_still_refused_after_the_last_attempt_is_marked_failed,
    a_send_interrupted_by_a_crash_is_taken_up_again_after_its_lease,
    the_same_event_queued_twice_is_one_message,
    a_rolled_back_change_queues_nothing,
    without_a_mail_server_messages_become_eml_files,
);
