//! The gate other apps sit behind: before passing a request on, a reverse proxy (nginx
//! `auth_request`, Caddy `forward_auth`, Traefik `ForwardAuth`) asks
//! `GET /auth/check?permission=<name>` whether its sender may do that, and Roster answers from
//! the same session or API token and the same [`can`](crate::policy::can) as its own pages:
//!
//! - 204 with who it is (`X-Roster-User-Id`, `-Email`, `-Name`, `-Role`, `-Workspace`,
//!   `-Workspace-Id`) for the app to read;
//! - 401 when signed out, with `X-Roster-Sign-In` saying where to sign in and come back;
//! - 403 when their role lacks the permission, with the reason in words, or when they are
//!   signed in but no longer a member of any workspace here.
//!
//! It reads one row (the session or the token, joined with the membership) and renders nothing.
//! A made-up cookie costs that one indexed lookup too, the price of any signed-out request, and
//! session tokens are 256 random bits, so that path has no per-address budget; made-up bearer
//! tokens count against the same per-address budget as on the API.

use crate::auth::api_tokens::service::{bearer, caller};
use crate::auth::guard::{Member, authorize_session, permit_token};
use crate::auth::return_to::carrying_next;
use crate::auth::session;
use crate::error::AppError;
use crate::policy::Permission;
use crate::server::AppState;
use crate::server::middleware::{client_ip, in_request_context};
use crate::server::rate_limit;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, RETRY_AFTER};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Where proxies ask.
pub const CHECK_PATH: &str = "/auth/check";

/// What stays as it is in a name header: RFC 3986's unreserved characters.
const NAME_SAFE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// An address keeps its `@` and `+` readable.
const EMAIL_SAFE: &AsciiSet = &NAME_SAFE.remove(b'@').remove(b'+');

pub fn router(state: AppState) -> Router<AppState> {
    Router::new()
        .route(CHECK_PATH, get(check))
        .layer(from_fn_with_state(state, in_request_context))
}

#[derive(Debug, serde::Deserialize)]
struct CheckQuery {
    permission: Option<String>,
}

async fn check(
    State(state): State<AppState>,
    Query(query): Query<CheckQuery>,
    headers: HeaderMap,
) -> Response {
    let permission = match query.permission.as_deref().map(Permission::from_name) {
        Some(Some(permission)) => permission,
        // A proxy configured with a wrong name must fail loudly, not let people through.
        asked => {
            let names: Vec<&str> = Permission::ALL.iter().map(|p| p.name()).collect();
            let message = match asked {
                Some(_) => format!(
                    "Roster has no permission called {:?}; ask for one of: {}",
                    query.permission.unwrap_or_default(),
                    names.join(", ")
                ),
                None => format!(
                    "Say which permission: {CHECK_PATH}?permission=<name>, one of: {}",
                    names.join(", ")
                ),
            };
            return answer(StatusCode::BAD_REQUEST, message);
        }
    };
    match member_allowed(&state, &headers, permission).await {
        Ok(member) => allowed(&member),
        Err(AppError::Unauthenticated) => signed_out(&state, &headers),
        Err(error) => {
            let mut response = answer(
                StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::FORBIDDEN),
                error.message(),
            );
            if let AppError::RateLimited {
                retry_after_secs, ..
            } = error
            {
                response
                    .headers_mut()
                    .insert(RETRY_AFTER, HeaderValue::from(retry_after_secs));
            }
            response
        }
    }
}

/// The member behind the request's bearer token or, without one, its session cookie, when
/// their current role has `permission`.
async fn member_allowed(
    state: &AppState,
    headers: &HeaderMap,
    permission: Permission,
) -> Result<Member, AppError> {
    let Some(secret) = bearer(headers) else {
        let Some(session) = session::current(state).await? else {
            return Err(AppError::Unauthenticated);
        };
        // A session that outlived its membership: a 401 would send them to sign in, and the
        // sign-in (seeing them signed in) straight back here, round and round.
        if session.role.is_none() {
            return Err(AppError::Forbidden(crate::t!(
                session.locale(),
                "home-no-longer-member"
            )));
        }
        return authorize_session(session, permission).await;
    };
    let Some(member) = caller(state, secret).await? else {
        // Guessing tokens costs a lookup per try; past the budget the address is refused
        // before any lookup, as on the API.
        let ip = client_ip().await;
        tracing::info!(event = "authz_denied", ip, reason = "no valid API token");
        rate_limit::token_lookup(&state.db, &ip, state.clock.now()).await?;
        return Err(AppError::Unauthenticated);
    };
    permit_token(&member, permission, permission.changes_something()).await?;
    Ok(member)
}

fn allowed(member: &Member) -> Response {
    let session = &member.session;
    let workspace = session.workspace_name.as_deref().unwrap_or_default();
    let fields = [
        ("x-roster-user-id", session.user_id.to_string()),
        (
            "x-roster-email",
            utf8_percent_encode(&session.email, EMAIL_SAFE).to_string(),
        ),
        (
            "x-roster-name",
            utf8_percent_encode(&session.name, NAME_SAFE).to_string(),
        ),
        ("x-roster-role", member.role.as_str().to_owned()),
        (
            "x-roster-workspace",
            utf8_percent_encode(workspace, NAME_SAFE).to_string(),
        ),
        ("x-roster-workspace-id", member.workspace_id.to_string()),
    ];
    let mut response = answer(StatusCode::NO_CONTENT, String::new());
    for (name, value) in fields {
        // Percent-encoded and numeric values are always valid header values.
        if let Ok(value) = HeaderValue::from_str(&value) {
            response
                .headers_mut()
                .insert(HeaderName::from_static(name), value);
        }
    }
    response
}

/// 401, with where to sign in and come back to the page the proxy was asked for, when it
/// says which one (nginx: `X-Original-URL`; Caddy and Traefik: `X-Forwarded-Proto`,
/// `-Host` and `-Uri`). The sign-in checks that address again, so a forged one goes nowhere.
fn signed_out(state: &AppState, headers: &HeaderMap) -> Response {
    let next = original_url(headers).unwrap_or_default();
    let sign_in = state
        .config
        .link(&carrying_next(&state.config, "/login", &next));
    let mut response = answer(
        StatusCode::UNAUTHORIZED,
        AppError::Unauthenticated.message(),
    );
    if let Ok(value) = HeaderValue::from_str(&sign_in) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("x-roster-sign-in"), value);
    }
    response
}

fn original_url(headers: &HeaderMap) -> Option<String> {
    let header = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
    if let Some(url) = header("x-original-url") {
        return Some(url.to_owned());
    }
    let host = header("x-forwarded-host")?;
    let scheme = header("x-forwarded-proto").unwrap_or("https");
    let uri = header("x-forwarded-uri").unwrap_or("/");
    Some(format!("{scheme}://{host}{uri}"))
}

/// An answer no proxy or browser keeps: the next request must be asked about again.
fn answer(status: StatusCode, message: String) -> Response {
    (
        status,
        [(CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        message,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_percent_encoded_and_addresses_stay_readable() {
        assert_eq!(
            utf8_percent_encode("Zoë O'Brien, Jr.", NAME_SAFE).to_string(),
            "Zo%C3%AB%20O%27Brien%2C%20Jr."
        );
        assert_eq!(
            utf8_percent_encode("ada+ops@example.org", EMAIL_SAFE).to_string(),
            "ada+ops@example.org"
        );
    }

    #[test]
    fn the_original_address_comes_from_nginx_or_from_caddy_and_traefik() {
        let with = |pairs: &[(&'static str, &str)]| {
            let mut headers = HeaderMap::new();
            for (name, value) in pairs {
                headers.insert(*name, value.parse().expect("header value"));
            }
            headers
        };
        assert_eq!(
            original_url(&with(&[(
                "x-original-url",
                "https://apps.example.org/flows/?a=1"
            )])),
            Some("https://apps.example.org/flows/?a=1".into())
        );
        assert_eq!(
            original_url(&with(&[
                ("x-forwarded-proto", "https"),
                ("x-forwarded-host", "apps.example.org"),
                ("x-forwarded-uri", "/tickets/7"),
            ])),
            Some("https://apps.example.org/tickets/7".into())
        );
        assert_eq!(original_url(&with(&[])), None);
    }
}
