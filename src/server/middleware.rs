//! Request-level pieces shared by every route.

use crate::error::AppError;
use axum::body::{Body, to_bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Response, StatusCode};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use std::net::SocketAddr;

/// Server-function errors leave the server function framework as 500s; this gives each the
/// status its [`AppError`] stands for (400, 401, 403, 404, 409, 429), in one place, including
/// errors raised before our code ran, such as malformed arguments.
pub async fn set_server_fn_error_status(response: Response<Body>) -> Response<Body> {
    if !response.headers().contains_key(SERVER_FN_ERROR_HEADER) {
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
        if let AppError::RateLimited { retry_after_secs } = error
            && let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string())
        {
            parts.headers.insert("retry-after", value);
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The caller's address as the socket saw it. Proxy headers are ignored: a client can set
/// them to anything.
pub async fn client_ip() -> String {
    leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map(|ConnectInfo(addr)| addr.ip().to_string())
        .unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_paths_are_redacted_from_logs() {
        assert_eq!(loggable_path("/invite/abcdef"), "/invite/[redacted]");
        assert_eq!(
            loggable_path("/reset-password/abc"),
            "/reset-password/[redacted]"
        );
        assert_eq!(loggable_path("/settings/users"), "/settings/users");
    }
}
