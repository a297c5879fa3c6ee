//! Request-level pieces shared by every route.

use crate::error::AppError;
use axum::body::{Body, to_bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, Response, StatusCode};
use axum::middleware::Next;
use axum::response::IntoResponse;
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use std::net::SocketAddr;

/// Server-function errors leave the server function framework as 500s; this gives each the
/// status its [`AppError`] stands for (400, 401, 403, 404, 409, 429), in one place, including
/// errors raised before our code ran, such as malformed arguments.
///
/// A plain HTML form (a browser without WebAssembly) is sent back to its page instead: that
/// redirect keeps its status, and [`crate::server::form_errors`] carries the error there.
pub async fn set_server_fn_error_status(response: Response<Body>) -> Response<Body> {
    if !response.headers().contains_key(SERVER_FN_ERROR_HEADER)
        || response
            .headers()
            .contains_key(axum::http::header::LOCATION)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, 64 * 1024).await else {
        parts.status = StatusCode::INTERNAL_SERVER_ERROR;
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status =
            StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if let Some(retry_after_secs) = error.retry_after_secs()
            && let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string())
        {
            parts.headers.insert("retry-after", value);
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Runs every request to its end in a task of its own, so that a client going away (a closed
/// tab, a lost network, a load balancer's timeout) no longer drops the handler wherever it
/// was waiting. A change the person asked for is then made in full rather than rolled back
/// halfway, and no transaction is cut off mid-`BEGIN`: sqlx 0.8.6 returns a PostgreSQL
/// connection cut off there to the pool still inside the transaction, where it holds locks
/// and fails every later statement (sqlx issue #4393, fixed after 0.8.6).
///
/// The task also starts every step with no reactive owner current on its thread. Leptos keeps
/// the current owner in a thread-local, and a page render leaves its root owner there when it
/// waits; tasks take turns on a thread, so without this a server function or a static file
/// served next on that thread made its owner a child of the other request's and read that
/// request's context: a static file once went out with another page's 403 status.
pub async fn run_to_completion(request: Request<Body>, next: Next) -> Response<Body> {
    let mut handler = Box::pin(next.run(request));
    let isolated = std::future::poll_fn(move |context| {
        forget_current_owner();
        let step = handler.as_mut().poll(context);
        forget_current_owner();
        step
    });
    match tokio::spawn(isolated).await {
        Ok(response) => response,
        Err(failure) => {
            tracing::error!(error = %failure, "request handler failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn forget_current_owner() {
    if let Some(owner) = leptos::reactive::owner::Owner::current() {
        owner.unset();
    }
}

/// The caller's address: the socket's peer, or, when that peer is one of
/// `ROSTER_TRUSTED_PROXIES`, the address the proxies say they received the request from.
pub async fn client_ip() -> String {
    let Ok(ConnectInfo(peer)) = leptos_axum::extract::<ConnectInfo<SocketAddr>>().await else {
        return String::new();
    };
    let Ok(state) = crate::server::AppState::current() else {
        return peer.ip().to_string();
    };
    let headers = leptos::prelude::use_context::<axum::http::request::Parts>()
        .map(|parts| parts.headers)
        .unwrap_or_default();
    let config = &state.config;
    client_address(
        peer.ip(),
        &headers,
        &config.trusted_proxies,
        config.forwarded_header,
    )
    .to_string()
}

/// Who sent a request that reached us from `peer`. Forwarding headers are believed only from
/// a trusted proxy, since anyone else can write anything in them. Each proxy appends the
/// address it received the request from, so the list is read from its right end: the first
/// address that is not itself a trusted proxy is the client; what lies left of it was
/// written by the client and is ignored. Only `header` is read (`X-Forwarded-For` unless
/// `ROSTER_FORWARDED_HEADER` says `Forwarded`): the other one a proxy passes on as the client
/// wrote it.
pub fn client_address(
    peer: std::net::IpAddr,
    headers: &axum::http::HeaderMap,
    trusted: &[ipnet::IpNet],
    header: crate::server::config::ForwardedHeader,
) -> std::net::IpAddr {
    use crate::server::config::ForwardedHeader;
    // A listener on [::] sees IPv4 peers as ::ffff:a.b.c.d.
    let peer = peer.to_canonical();
    let is_trusted = |ip: &std::net::IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let joined = |name: &str| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect::<Vec<_>>()
            .join(",")
    };
    let hops: Vec<String> = match header {
        ForwardedHeader::XForwardedFor => joined("x-forwarded-for")
            .split(',')
            .map(|hop| hop.trim().to_owned())
            .filter(|hop| !hop.is_empty())
            .collect(),
        ForwardedHeader::Forwarded => joined("forwarded")
            .split(',')
            .filter_map(|element| {
                element.split(';').find_map(|pair| {
                    let (key, value) = pair.split_once('=')?;
                    key.trim()
                        .eq_ignore_ascii_case("for")
                        .then(|| value.trim().trim_matches('"').to_owned())
                })
            })
            .collect(),
    };
    let mut client = peer;
    for hop in hops.iter().rev() {
        // An address a proxy could not name ("unknown", an obfuscated name) ends what can be
        // known: the last trusted hop is the best answer.
        let Some(ip) = parse_hop(hop) else {
            return client;
        };
        client = ip;
        if !is_trusted(&ip) {
            return ip;
        }
    }
    client
}

/// An address as proxies write it: `203.0.113.7`, `203.0.113.7:4711`, `2001:db8::1`,
/// `[2001:db8::1]:4711`.
fn parse_hop(hop: &str) -> Option<std::net::IpAddr> {
    if let Ok(ip) = hop.parse() {
        return Some(ip);
    }
    if let Ok(addr) = hop.parse::<SocketAddr>() {
        return Some(addr.ip());
    }
    hop.strip_prefix('[')
        .and_then(|rest| rest.split(']').next())
        .and_then(|inner| inner.parse().ok())
}

/// The request path as it may be logged: one-time links carry their secret in the path.
pub fn loggable_path(path: &str) -> String {
    for secret_prefix in ["/invite/", "/reset-password/"] {
        if let Some(rest) = path.strip_prefix(secret_prefix)
            && !rest.is_empty()
        {
            return format!("{secret_prefix}[redacted]");
        }
    }
    path.to_owned()
}

/// The origin requests must come from: scheme, host and port of `ROSTER_BASE_URL`.
pub fn expected_origin(state: &crate::server::AppState) -> String {
    state.config.base_url.origin().ascii_serialization()
}

/// Refuses state-changing requests from other sites (CSRF), including sign-in.
///
/// Leptos adds no CSRF protection of its own, and a server function takes a plain form POST,
/// which any site can send. Browsers say where a request comes from in `Sec-Fetch-Site`;
/// older ones only in `Origin`, checked against `ROSTER_BASE_URL`. A request with neither is
/// refused.
pub async fn reject_cross_site(
    axum::extract::State(state): axum::extract::State<crate::server::AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response<Body> {
    use axum::http::{Method, header};
    // The REST API takes only bearer tokens, never the cookie: a request another site makes
    // a browser send carries no credential there.
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) || is_rest_api(request.uri().path());
    let headers = request.headers();
    let same_origin = match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin",
        None => headers
            .get(header::ORIGIN)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|origin| origin == expected_origin(&state)),
    };
    if !safe && !same_origin {
        tracing::warn!(path = %loggable_path(request.uri().path()), "cross-site request refused");
        // Refused before anything reads a session: the browser's language is all there is.
        let locale = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .and_then(crate::i18n::negotiate)
            .unwrap_or_default();
        let error = AppError::Forbidden(crate::t!(locale, "denied-cross-site"));
        let body = serde_json::to_vec(&error).unwrap_or_default();
        return Response::builder()
            .status(StatusCode::FORBIDDEN)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::VARY, "Origin, Sec-Fetch-Site")
            .body(Body::from(body))
            .unwrap_or_default();
    }
    let mut response = next.run(request).await;
    response.headers_mut().append(
        header::VARY,
        HeaderValue::from_static("Origin, Sec-Fetch-Site"),
    );
    response
}

fn is_rest_api(path: &str) -> bool {
    path.strip_prefix(crate::rest::BASE_PATH)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// How long browsers may keep a response for `path`. Pages and API answers may hold personal
/// data: never stored. Built files named with their content hash (`roster.<hash>.wasm`)
/// never change, so they are kept for a year; anything else static is checked each time.
pub fn cache_control(path: &str) -> &'static str {
    match path.strip_prefix("/pkg/") {
        Some(file) if file.split('.').count() >= 3 => "public, max-age=31536000, immutable",
        Some(_) => "no-cache",
        None if path == "/favicon.svg" => "public, max-age=86400",
        None => "no-store",
    }
}

/// Headers every response carries. Over HTTPS, HSTS too: once a browser has seen Roster
/// over HTTPS, it never again sends a session cookie or a password over plain HTTP.
pub async fn security_headers(
    axum::extract::State(state): axum::extract::State<crate::server::AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response<Body> {
    use axum::http::header;
    let cache = cache_control(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if state.config.secure_cookies() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// Runs a handler that is not a server function (the API's, the gate's) inside the context
/// the services read, as server functions are run: the request's parts (its address, its
/// languages) and the state, under an owner of its own.
pub async fn in_request_context(
    axum::extract::State(state): axum::extract::State<crate::server::AppState>,
    request: Request<Body>,
    next: Next,
) -> Response<Body> {
    use leptos::reactive::computed::ScopedFuture;
    use leptos::reactive::owner::{Owner, provide_context};
    let (parts, body) = request.into_parts();
    let request = Request::from_parts(parts.clone(), body);
    Owner::new()
        .with(|| {
            ScopedFuture::new(async move {
                provide_context(parts);
                provide_context(state);
                next.run(request).await
            })
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hashed_build_files_are_kept_long() {
        assert_eq!(
            cache_control("/pkg/roster.3f2a9c.wasm"),
            "public, max-age=31536000, immutable"
        );
        // Islands loaded on demand come as chunks named by their content too.
        assert_eq!(
            cache_control("/pkg/chunk_13.ZtrHhPbDZjzKKlAvy-VlaA.wasm"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(cache_control("/pkg/roster.wasm"), "no-cache");
        assert_eq!(cache_control("/favicon.svg"), "public, max-age=86400");
        assert_eq!(cache_control("/settings/users"), "no-store");
        assert_eq!(cache_control("/api/members"), "no-store");
    }

    #[test]
    fn forwarding_headers_are_believed_only_from_trusted_proxies() {
        use axum::http::HeaderMap;
        let trusted: Vec<ipnet::IpNet> = vec![
            "127.0.0.1/32".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ];
        let with = |pairs: &[(&'static str, &'static str)]| {
            let mut headers = HeaderMap::new();
            for (name, value) in pairs {
                headers.append(*name, HeaderValue::from_static(value));
            }
            headers
        };
        use crate::server::config::ForwardedHeader::{Forwarded, XForwardedFor};
        let client_address = |peer, headers: &HeaderMap, trusted: &[ipnet::IpNet]| {
            client_address(peer, headers, trusted, XForwardedFor)
        };
        let stranger = "198.51.100.9".parse().unwrap();
        let proxy = "127.0.0.1".parse().unwrap();
        let spoofed = with(&[("x-forwarded-for", "1.2.3.4")]);
        assert_eq!(client_address(stranger, &spoofed, &trusted), stranger);
        let mapped_proxy = "::ffff:127.0.0.1".parse().unwrap();
        assert_eq!(
            client_address(
                mapped_proxy,
                &with(&[("x-forwarded-for", "203.0.113.7")]),
                &trusted
            )
            .to_string(),
            "203.0.113.7"
        );
        // The client wrote 1.2.3.4 itself; nginx appended the address it saw.
        let through_nginx = with(&[("x-forwarded-for", "1.2.3.4, 203.0.113.7")]);
        assert_eq!(
            client_address(proxy, &through_nginx, &trusted).to_string(),
            "203.0.113.7"
        );
        let two_proxies = with(&[("x-forwarded-for", "203.0.113.7, 10.1.2.3")]);
        assert_eq!(
            client_address(proxy, &two_proxies, &trusted).to_string(),
            "203.0.113.7"
        );
        // nginx appends to X-Forwarded-For and passes a client's own Forwarded through.
        let both = with(&[
            ("x-forwarded-for", "203.0.113.7"),
            ("forwarded", "for=1.2.3.4"),
        ]);
        assert_eq!(
            client_address(proxy, &both, &trusted).to_string(),
            "203.0.113.7"
        );
        let forwarded = with(&[(
            "forwarded",
            "for=1.2.3.4, for=\"[2001:db8::7]:4711\";proto=https",
        )]);
        assert_eq!(
            super::client_address(proxy, &forwarded, &trusted, Forwarded).to_string(),
            "2001:db8::7"
        );
        let unknown = with(&[("x-forwarded-for", "unknown")]);
        assert_eq!(client_address(proxy, &unknown, &trusted), proxy);
        assert_eq!(client_address(proxy, &HeaderMap::new(), &[]), proxy);
    }

    #[test]
    fn secrets_in_paths_are_redacted_from_logs() {
        assert_eq!(loggable_path("/invite/abcdef"), "/invite/[redacted]");
        assert_eq!(
            loggable_path("/reset-password/abc"),
            "/reset-password/[redacted]"
        );
        assert_eq!(loggable_path("/settings/users"), "/settings/users");
    }

    /// What a page render provides as context; no other request may see it.
    #[derive(Clone)]
    struct RenderContext;

    #[tokio::test(flavor = "current_thread")]
    async fn a_request_never_sees_the_owner_of_another_waiting_on_its_thread() {
        use axum::Router;
        use axum::routing::get;
        use leptos::prelude::{provide_context, use_context};
        use leptos::reactive::owner::Owner;
        use std::sync::Arc;
        use tokio::sync::Notify;
        use tower::ServiceExt;

        let (rendering, release) = (Arc::new(Notify::new()), Arc::new(Notify::new()));
        let render = {
            let (rendering, release) = (rendering.clone(), release.clone());
            move || async move {
                // As leptos_axum starts a page: a root owner, left current while it waits.
                let root = Owner::new_root(None);
                provide_context(RenderContext);
                rendering.notify_one();
                release.notified().await;
                drop(root);
                "rendered"
            }
        };
        // As leptos_axum serves a static file or a server function: a new owner, whose
        // parent is whatever owner is current.
        let serve = || async {
            let sees_render = Owner::new().with(|| use_context::<RenderContext>().is_some());
            if sees_render {
                "saw the render's context"
            } else {
                "isolated"
            }
        };
        let app = Router::new()
            .route("/render", get(render))
            .route("/file", get(serve))
            .layer(axum::middleware::from_fn(run_to_completion));
        let get_body = |app: Router, path: &'static str| async move {
            let request = Request::get(path).body(Body::empty()).unwrap();
            let response = app.oneshot(request).await.unwrap();
            let bytes = to_bytes(response.into_body(), 1024).await.unwrap();
            String::from_utf8(bytes.to_vec()).unwrap()
        };

        let page = tokio::spawn(get_body(app.clone(), "/render"));
        rendering.notified().await;
        assert_eq!(get_body(app, "/file").await, "isolated");
        release.notify_one();
        assert_eq!(page.await.unwrap(), "rendered");
    }
}
