//! The API's router and its OpenAPI document, collected from the handlers as they are
//! routed: a route without its description cannot be added.

use crate::rest::problem::Problem;
use crate::rest::{activity, invitations, members, workspace};
use crate::server::AppState;
use crate::server::middleware::in_request_context;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Where the API lives.
pub const BASE_PATH: &str = "/api/v1";

/// The largest body a call may send.
const MAX_BODY_BYTES: usize = 1024 * 1024;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Roster API",
        version = "1",
        description = "Everything an admin does in Roster's tabs, for scripts. Each call sends \
                       `Authorization: Bearer <token>` with a token made at Account menu → API \
                       tokens (or `roster api-token create`); it acts in the token's workspace \
                       with at most its owner's current role. Errors are \
                       `application/problem+json` (RFC 9457)."
    ),
    servers((url = "/api/v1")),
    modifiers(&BearerToken),
    tags(
        (name = "Token", description = "Who the token acts as"),
        (name = "Workspace", description = "The workspace's settings"),
        (name = "Members", description = "The Users tab: members, their roles, removing them"),
        (name = "Invitations", description = "The Invitations tab"),
        (name = "Activity", description = "The workspace's history"),
    )
)]
struct ApiDoc;

struct BearerToken;

impl utoipa::Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API token (roster_…), made at Account menu → API tokens",
                    ))
                    .build(),
            ),
        );
    }
}

/// Every endpoint with its description.
fn documented() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(workspace::me))
        .routes(routes!(
            workspace::get_workspace,
            workspace::change_workspace
        ))
        .routes(routes!(members::list_members))
        .routes(routes!(
            members::get_member,
            members::change_member,
            members::remove_member
        ))
        .routes(routes!(invitations::list_invitations, invitations::invite))
        .routes(routes!(invitations::resend))
        .routes(routes!(invitations::cancel))
        .routes(routes!(activity::list_activity))
}

/// The OpenAPI 3.1 document of the API, built once.
pub fn openapi() -> &'static utoipa::openapi::OpenApi {
    static DOCUMENT: std::sync::LazyLock<utoipa::openapi::OpenApi> =
        std::sync::LazyLock::new(|| documented().into_openapi());
    &DOCUMENT
}

/// The API's routes, to be nested at [`BASE_PATH`].
pub fn router(state: AppState) -> Router<AppState> {
    let (routes, _) = documented().split_for_parts();
    routes
        .route("/openapi.json", get(openapi_json))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(from_fn_with_state(state, in_request_context))
}

async fn openapi_json() -> Response {
    static JSON: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| openapi().to_pretty_json().unwrap_or_default());
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        JSON.as_str(),
    )
        .into_response()
}

async fn not_found() -> Problem {
    crate::error::AppError::NotFound.into()
}

async fn method_not_allowed() -> Problem {
    Problem::unreadable(
        StatusCode::METHOD_NOT_ALLOWED,
        "this address does not take that method".into(),
    )
}
