use crate::helpers::TestApp;
use crate::on_both_databases;
use std::time::Duration;

async fn healthz_answers_ok_while_the_database_answers(app: TestApp) {
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

async fn healthz_answers_503_once_the_database_is_gone(app: TestApp) {
    app.db.close().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 503);
}

async fn an_unknown_page_is_a_404_with_a_way_back(app: TestApp) {
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), 404);
    let html = response.text().await.unwrap();
    assert!(html.contains("Page not found"), "{html}");
}

async fn server_functions_refuse_get(app: TestApp) {
    let response = app.get("/api/complete_setup").await;
    assert_eq!(response.status(), 405);
    assert_eq!(app.count("workspaces").await, 0);
}

/// Building a server, as every test does in this one process, never stalls a page that
/// another server is rendering meanwhile.
async fn pages_finish_while_another_server_is_built_in_the_same_process(app: TestApp) {
    let app = app.with_admin().await;
    let state = app.state.clone();
    let building = tokio::task::spawn_blocking(move || {
        for _ in 0..200 {
            drop(roster::server::router(state.clone()));
        }
    });
    let mut loads = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let visitor = app.device();
        loads.spawn(async move {
            for _ in 0..20 {
                let page = tokio::time::timeout(Duration::from_secs(10), async {
                    visitor.get("/login").await.text().await.unwrap()
                })
                .await
                .expect("the sign-in page finished within 10 s");
                assert!(page.contains("</html>"), "{page}");
            }
        });
    }
    while let Some(load) = loads.join_next().await {
        load.unwrap();
    }
    building.await.unwrap();
}

on_both_databases!(
    pages_finish_while_another_server_is_built_in_the_same_process,
    healthz_answers_ok_while_the_database_answers,
    healthz_answers_503_once_the_database_is_gone,
    an_unknown_page_is_a_404_with_a_way_back,
    server_functions_refuse_get,
);
