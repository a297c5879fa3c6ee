use crate::helpers::TestApp;
use crate::on_both_databases;

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

on_both_databases!(
    healthz_answers_ok_while_the_database_answers,
    healthz_answers_503_once_the_database_is_gone,
    an_unknown_page_is_a_404_with_a_way_back,
    server_functions_refuse_get,
);
