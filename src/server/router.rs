use crate::app::{App, shell};
use crate::auth::session::RequestSession;
use crate::server::AppState;
use crate::server::form_errors::carry_form_errors;
use crate::server::middleware::{
    loggable_path, reject_cross_site, run_to_completion, security_headers,
    set_server_fn_error_status,
};
use crate::server::page_reads::PageReads;
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, StatusCode};
use axum::middleware::{from_fn, from_fn_with_state, map_response};
use axum::response::IntoResponse;
use axum::routing::get;
use leptos_axum::{AxumRouteListing, LeptosRoutes, file_and_error_handler, generate_route_list};
use std::sync::LazyLock;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

/// The page routes, listed once per process. Listing them renders the app with resource
/// loads switched off by a process-wide flag (`leptos_server`'s `SuppressResourceLoad`), so a
/// page that another server in the same process (the tests run many) renders meanwhile would
/// wait forever on a resource that never starts: leptos-rs/leptos#4773.
static PAGE_ROUTES: LazyLock<Vec<AxumRouteListing>> = LazyLock::new(|| generate_route_list(App));

/// The whole application: pages, server functions, static files and health check.
pub fn router(state: AppState) -> Router {
    let routes = PAGE_ROUTES.clone();
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(healthz))
        .nest(crate::rest::BASE_PATH, crate::rest::router(state.clone()))
        .merge(crate::gate::router(state.clone()))
        // Registers every page and every server function (each at `/api/<endpoint>`, POST
        // only, so a GET gets a 405), with `AppState` provided as context to both.
        .leptos_routes_with_context(
            &state,
            routes,
            || {
                leptos::context::provide_context(RequestSession::default());
                leptos::context::provide_context(PageReads::default());
            },
            move || shell(options.clone()),
        )
        .fallback(file_and_error_handler::<AppState, _>(shell))
        .layer(map_response(set_server_fn_error_status))
        .layer(from_fn_with_state(state.clone(), carry_form_errors))
        .layer(from_fn_with_state(state.clone(), reject_cross_site))
        .layer(from_fn_with_state(state.clone(), security_headers))
        // Pages and API answers are compressed as they go out; build files already carry
        // Content-Encoding (precompressed at build time) and are passed through untouched. No
        // response body holds a secret an attacker could guess byte by byte (BREACH): the
        // session lives in a cookie, cross-site checks read headers, and the CSP nonce is new
        // in every response. Level 4 suits bodies made per request: brotli's own default (11)
        // takes milliseconds for a page.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<Body>| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = %loggable_path(request.uri().path()),
                    )
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(from_fn(run_to_completion))
        .with_state(state)
}

/// 200 while the database answers, so a load balancer stops sending traffic when it does not.
async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    if state.db.ping().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
