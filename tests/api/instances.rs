//! Several `roster serve` processes on one PostgreSQL database, as behind a load balancer:
//! they share sessions, rate limits and the outbox through the database and nothing else.
//! SQLite serves one process, so these run on PostgreSQL only.

use crate::helpers::{
    ADMIN_EMAIL, ADMIN_PASSWORD, Device, SmtpSink, TestApp, answers_health, free_port, spawn_app,
};
use roster::db::Backend;
use roster::email::outbox::{NewMail, enqueue};
use roster::policy::Role;
use std::collections::BTreeMap;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// One `roster serve` process; killed when dropped.
struct Instance {
    address: String,
    child: Child,
}

impl Instance {
    /// Starts an instance whose outbox claims last `lease`: short where a test kills an
    /// instance, long where a slow machine must not make a claim run out mid-send (the one
    /// way a message goes out twice).
    async fn start(app: &TestApp, smtp_url: Option<&str>, lease: &str) -> Self {
        let port = free_port();
        let mut command = app.serve_command(port);
        command
            .env("ROSTER_OUTBOX_POLL_INTERVAL", "200ms")
            .env("ROSTER_OUTBOX_LEASE", lease)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(url) = smtp_url {
            command.env("ROSTER_SMTP_URL", url);
        }
        // Owned at once, so Drop reaps the process on every path, a failed start included.
        let instance = Self {
            address: format!("http://127.0.0.1:{port}"),
            child: command.spawn().expect("start roster serve"),
        };
        assert!(
            answers_health(&instance.address).await,
            "roster serve did not answer at {}",
            instance.address
        );
        instance
    }

    /// Ends the process at once, as a crash or `kill -9` would: no clean shutdown.
    fn kill(&mut self) {
        self.child.kill().expect("kill the instance");
        self.child.wait().expect("reap the instance");
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn postgres_app() -> TestApp {
    spawn_app(Backend::Postgres).await.with_admin().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_from_one_instance_works_on_the_other_and_a_removal_ends_it_on_both() {
    let app = postgres_app().await;
    let agnes = app
        .add_member("Acme Support", "agnes@example.test", "Agnes", Role::Agent)
        .await;
    let (one, two) = (
        Instance::start(&app, None, "5m").await,
        Instance::start(&app, None, "5m").await,
    );

    let theirs = Device::new(&one.address);
    let signed_in = theirs
        .through(&one.address)
        .call(
            "login",
            &[
                ("email", "agnes@example.test"),
                ("password", ADMIN_PASSWORD),
            ],
        )
        .await;
    assert_eq!(signed_in.status(), 200);
    assert_eq!(
        theirs.through(&two.address).signed_in().await.email,
        "agnes@example.test",
        "instance two knows the session"
    );

    let admin = Device::new(&one.address);
    admin
        .through(&two.address)
        .call(
            "login",
            &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
        )
        .await;
    admin.through(&two.address).remove_member(agnes).await;

    assert!(
        theirs.through(&one.address).viewer().await.is_none(),
        "instance one ends it on the next request"
    );
    assert!(theirs.through(&two.address).viewer().await.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_sign_ins_count_across_instances() {
    let app = postgres_app().await;
    let (one, two) = (
        Instance::start(&app, None, "5m").await,
        Instance::start(&app, None, "5m").await,
    );
    let browser = Device::new(&one.address);
    for attempt in 0..10 {
        let via = if attempt % 2 == 0 { &one } else { &two };
        let refused = browser
            .through(&via.address)
            .call(
                "login",
                &[("email", ADMIN_EMAIL), ("password", "not the passphrase")],
            )
            .await;
        assert_eq!(refused.status(), 401);
    }
    for via in [&one, &two] {
        let limited = browser
            .through(&via.address)
            .call(
                "login",
                &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
            )
            .await;
        assert_eq!(
            limited.status(),
            429,
            "ten failures in all lock the account on every instance"
        );
    }
}

/// Queues `count` messages, each to its own address.
async fn queue_mail(app: &TestApp, count: usize) {
    let mut tx = app.db.begin_write().await.unwrap();
    for n in 0..count {
        let mail = NewMail {
            dedupe_key: format!("instances-test-{n}"),
            kind: "test",
            recipient: format!("person{n}@example.test"),
            subject: format!("Message {n}"),
            body_text: format!("Message number {n}"),
            body_html: format!("<p>Message number {n}</p>"),
            action_url: None,
            invitation_id: None,
        };
        enqueue(&mut tx, app.clock.now(), "roster.test", &mail)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// How many times each recipient was mailed.
fn deliveries(sink: &SmtpSink) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for message in sink.messages() {
        let to = message
            .lines()
            .find_map(|line| line.strip_prefix("To: "))
            .expect("a To header")
            .trim()
            .to_owned();
        *seen.entry(to).or_insert(0) += 1;
    }
    seen
}

async fn wait_for(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < limit, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn unsent(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_deliver_each_queued_message_exactly_once() {
    let app = postgres_app().await;
    let sink = SmtpSink::start("accept");
    let (_one, _two) = (
        Instance::start(&app, Some(&sink.url()), "5m").await,
        Instance::start(&app, Some(&sink.url()), "5m").await,
    );

    queue_mail(&app, 200).await;

    wait_for("200 messages", Duration::from_secs(60), || {
        sink.messages().len() >= 200
    })
    .await;
    // Time for any duplicate to arrive, should one instance send what the other sent.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let seen = deliveries(&sink);
    assert_eq!(seen.len(), 200, "every recipient got mail");
    assert!(
        seen.values().all(|&n| n == 1),
        "nobody got a message twice: {seen:?}"
    );
    assert_eq!(unsent(&app).await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_an_instance_while_it_sends_loses_no_message() {
    let app = postgres_app().await;
    // The sink answers slowly, so the instance is surely killed in the middle of its batch.
    let sink = SmtpSink::start("slow");
    let mut one = Instance::start(&app, Some(&sink.url()), "2s").await;
    queue_mail(&app, 200).await;
    wait_for("the first messages", Duration::from_secs(60), || {
        !sink.messages().is_empty()
    })
    .await;

    one.kill();
    let (claimed_by_the_dead,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE status = 'sending'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert!(
        claimed_by_the_dead > 0,
        "the killed instance held messages it had not sent"
    );
    let _two = Instance::start(&app, Some(&sink.url()), "2s").await;

    wait_for("every message", Duration::from_secs(120), || {
        deliveries(&sink).len() >= 200
    })
    .await;
    let seen = deliveries(&sink);
    assert_eq!(seen.len(), 200, "every recipient got mail");
    // The last delivery may still be being marked sent.
    let mut remaining = unsent(&app).await;
    for _ in 0..50 {
        if remaining == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        remaining = unsent(&app).await;
    }
    assert_eq!(remaining, 0, "every row is marked sent");
}
