//! A person who asks for a change and then goes away (closes the tab, loses the network, or a
//! load balancer gives up on the request) still gets the whole change, and the server's
//! database connections stay clean for everyone after them.

use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, TestApp};
use crate::on_both_databases;
use roster::db::Backend;
use roster::policy::Role;
use sqlx::{AnyConnection, Connection, Executor};
use std::time::{Duration, Instant};

/// Another connection holding the lock every member change waits for: the workspace's row on
/// PostgreSQL, the database's write lock on SQLite.
async fn hold_workspace_lock(app: &TestApp) -> AnyConnection {
    let mut holder = AnyConnection::connect(&app.database_url)
        .await
        .expect("second connection");
    match app.db.backend() {
        Backend::Sqlite => {
            holder.execute("BEGIN IMMEDIATE").await.expect("lock");
        }
        Backend::Postgres => {
            holder.execute("BEGIN").await.expect("begin");
            holder
                .execute("SELECT id FROM workspaces FOR UPDATE")
                .await
                .expect("lock the workspace");
        }
    }
    holder
}

/// Waits until the server is stuck behind the held lock. PostgreSQL shows its waiting
/// statement; SQLite's busy wait shows nowhere, so the request gets time to reach it.
async fn wait_until_blocked(app: &TestApp) {
    match app.db.backend() {
        Backend::Sqlite => tokio::time::sleep(Duration::from_millis(700)).await,
        Backend::Postgres => {
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                let (waiting,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM pg_stat_activity \
                     WHERE datname = current_database() AND wait_event_type = 'Lock'",
                )
                .fetch_one(app.db.pool())
                .await
                .expect("waiting statements");
                if waiting > 0 {
                    return;
                }
                assert!(
                    Instant::now() < deadline,
                    "the role change never waited for the lock"
                );
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    }
}

async fn role_of(app: &TestApp, user_id: i64) -> String {
    let (role,): (String,) =
        sqlx::query_as("SELECT role FROM memberships WHERE user_id = $1 AND removed_at IS NULL")
            .bind(user_id)
            .fetch_one(app.db.pool())
            .await
            .expect("membership");
    role
}

async fn a_change_is_made_in_full_when_the_caller_leaves_mid_request(app: TestApp) {
    let app = app.with_admin().await;
    let agnes = app
        .add_member("Acme Support", "agnes@example.test", "Agnes", Role::Agent)
        .await;
    let ada = app.device();
    assert_eq!(ada.login(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(), 200);
    let activity_before = app.count("activity_log").await;

    let mut holder = hold_workspace_lock(&app).await;
    let leaving = tokio::spawn({
        let client = ada.client.clone();
        let url = format!("{}/api/change_role", app.address);
        let origin = app.address.clone();
        async move {
            let _ = client
                .post(url)
                .header("Origin", origin)
                .form(&[("user_id", agnes.to_string()), ("role", "editor".into())])
                .send()
                .await;
        }
    });
    wait_until_blocked(&app).await;
    // Dropping the request mid-flight closes its connection, as a closed tab does.
    leaving.abort();
    let _ = leaving.await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    holder.execute("ROLLBACK").await.expect("release the lock");

    let deadline = Instant::now() + Duration::from_secs(10);
    while role_of(&app, agnes).await != "editor" {
        assert!(
            Instant::now() < deadline,
            "the role change was dropped with its caller"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        app.count("activity_log").await,
        activity_before + 1,
        "the change's activity entry is written with it"
    );

    // Every pooled connection is usable and outside any transaction afterwards: a burst of
    // requests spreads over all of them, and each one sees the change.
    let calls: Vec<_> = (0..12)
        .map(|_| {
            let device = ada.through(&app.address);
            tokio::spawn(async move { device.member(agnes).await })
        })
        .collect();
    for call in calls {
        let member = call.await.expect("request task");
        assert_eq!(member.role, Role::Editor);
    }
    if app.db.backend() == Backend::Postgres {
        let (stuck,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
        )
        .fetch_one(app.db.pool())
        .await
        .expect("connection states");
        assert_eq!(stuck, 0, "a connection was left inside a transaction");
    }
}

on_both_databases!(a_change_is_made_in_full_when_the_caller_leaves_mid_request);
