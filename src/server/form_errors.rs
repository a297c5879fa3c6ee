//! Form errors for browsers without WebAssembly, carried in a cookie instead of the address.
//!
//! A plain HTML form posted to a server function gets a redirect back to its page, and
//! Leptos puts the error in that address (`?__path=/api/login&__err=<base64 JSON>`); the page
//! then shows whatever error the address holds. Anyone could write such a link ("Your account
//! is locked, call …") and have Roster show it as its own. So the address never carries an
//! error here: the redirect's error moves into a short-lived HttpOnly cookie of the browser
//! that posted the form, and only that cookie, on the page it names, puts the error back
//! into the request before the page renders. Error parameters typed into an address are
//! dropped.

use crate::server::AppState;
use axum::body::Body;
use axum::extract::State;
use axum::http::header::{COOKIE, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, Method, Request, Response, Uri};
use axum::middleware::Next;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cookie::{Cookie, SameSite};
use serde::{Deserialize, Serialize};

const ERROR_PARAMS: [&str; 2] = ["__path", "__err"];
/// Long enough for the redirect to be followed, short enough not to show up later.
const LIFETIME_SECS: i64 = 60;

/// What the cookie holds: the page to show the error on and Leptos's two parameters.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
struct FormError {
    page: String,
    server_fn: String,
    error: String,
}

fn cookie_name(state: &AppState) -> &'static str {
    if state.config.secure_cookies() {
        "__Host-roster_form_error"
    } else {
        "roster_form_error"
    }
}

/// Moves server-function errors from redirect addresses into a cookie, and back into the
/// request of the page they belong to; drops error parameters from every other request.
pub async fn carry_form_errors(
    State(state): State<AppState>,
    request: Request<Body>,
    next: Next,
) -> Response<Body> {
    let name = cookie_name(&state);
    let secure = state.config.secure_cookies();
    let (mut parts, body) = request.into_parts();
    let carried = read_cookie(&parts.headers, name);
    let is_server_fn_post = parts.method == Method::POST && parts.uri.path().starts_with("/api/");
    // Most requests carry neither the cookie nor error parameters: nothing to rewrite.
    let mut restored = false;
    if carried.is_some() || parts.uri.query().is_some_and(|query| query.contains("__")) {
        let mut query = without_error_params(parts.uri.query());
        if let Some(error) = &carried
            && parts.method == Method::GET
            && error.page == parts.uri.path()
        {
            query.extend([
                ("__path".to_owned(), error.server_fn.clone()),
                ("__err".to_owned(), error.error.clone()),
            ]);
            restored = true;
        }
        if let Some(uri) = with_query(&parts.uri, &query) {
            parts.uri = uri;
        }
    }
    let mut response = next.run(Request::from_parts(parts, body)).await;

    let moved = move_error_into_cookie(&mut response, name, secure);
    // Shown once; and a form posted again without an error makes an unshown older one stale.
    if !moved && (restored || (carried.is_some() && is_server_fn_post)) {
        append_cookie(&mut response, expire(name, secure));
    }
    response
}

fn read_cookie(headers: &HeaderMap, name: &str) -> Option<FormError> {
    let value = headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)?
        .value()
        .to_owned();
    let bytes = URL_SAFE_NO_PAD.decode(value).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The query's pairs without Leptos's error parameters.
fn without_error_params(query: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .filter(|(key, _)| !ERROR_PARAMS.contains(&key.as_ref()))
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect()
}

/// `uri` with `pairs` as its query, or `None` when nothing changes.
fn with_query(uri: &Uri, pairs: &[(String, String)]) -> Option<Uri> {
    let query = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    if uri.query().unwrap_or_default() == query {
        return None;
    }
    let path_and_query = if query.is_empty() {
        uri.path().to_owned()
    } else {
        format!("{}?{query}", uri.path())
    };
    let mut builder = Uri::builder().path_and_query(path_and_query);
    if let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) {
        builder = builder.scheme(scheme.clone()).authority(authority.clone());
    }
    builder.build().ok()
}

/// When `response` redirects with an error in its address, takes the error out of the
/// address and into the cookie. Answers whether it did.
fn move_error_into_cookie(response: &mut Response<Body>, name: &str, secure: bool) -> bool {
    let Some(location) = response
        .headers()
        .get(LOCATION)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };
    // The redirect goes back to the form's page, as an absolute address (the Referer) or "/".
    let base = url::Url::parse("http://roster.invalid/").ok();
    let Some(mut target) = url::Url::options()
        .base_url(base.as_ref())
        .parse(location)
        .ok()
    else {
        return false;
    };
    let pairs: Vec<(String, String)> = target
        .query_pairs()
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    let find = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let (Some(server_fn), Some(error)) = (find("__path"), find("__err")) else {
        return false;
    };
    let kept: Vec<_> = pairs
        .iter()
        .filter(|(key, _)| !ERROR_PARAMS.contains(&key.as_str()))
        .collect();
    if kept.is_empty() {
        target.set_query(None);
    } else {
        target.query_pairs_mut().clear().extend_pairs(kept);
    }
    let carried = FormError {
        page: target.path().to_owned(),
        server_fn,
        error,
    };
    let new_location = if location.starts_with('/') {
        target[url::Position::BeforePath..].to_owned()
    } else {
        target.to_string()
    };
    let Ok(location_value) = HeaderValue::from_str(&new_location) else {
        return false;
    };
    let Ok(json) = serde_json::to_vec(&carried) else {
        return false;
    };
    response.headers_mut().insert(LOCATION, location_value);
    let cookie = Cookie::build((name, URL_SAFE_NO_PAD.encode(json)))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .path("/")
        .max_age(cookie::time::Duration::seconds(LIFETIME_SECS))
        .build();
    append_cookie(response, cookie);
    true
}

fn expire(name: &str, secure: bool) -> Cookie<'static> {
    Cookie::build((name.to_owned(), ""))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .path("/")
        .max_age(cookie::time::Duration::ZERO)
        .build()
}

fn append_cookie(response: &mut Response<Body>, cookie: Cookie<'_>) {
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_parameters_typed_into_an_address_are_dropped() {
        let pairs = without_error_params(Some("q=ada&__path=%2Fapi%2Flogin&__err=eyJ9"));
        assert_eq!(pairs, vec![("q".to_owned(), "ada".to_owned())]);
        let uri: Uri = "/login?__path=/api/login&__err=abc".parse().unwrap();
        assert_eq!(
            with_query(&uri, &without_error_params(uri.query())).unwrap(),
            "/login"
        );
        let plain: Uri = "/settings/users?q=ada".parse().unwrap();
        assert_eq!(
            with_query(&plain, &without_error_params(plain.query())),
            None
        );
    }

    #[test]
    fn a_redirect_with_an_error_keeps_its_page_and_moves_the_error_into_a_cookie() {
        let mut response = Response::builder()
            .status(302)
            .header(
                LOCATION,
                "http://127.0.0.1:3000/login?next=%2F&__path=%2Fapi%2Flogin&__err=e30",
            )
            .body(Body::empty())
            .unwrap();
        assert!(move_error_into_cookie(
            &mut response,
            "roster_form_error",
            false
        ));
        assert_eq!(
            response.headers()[LOCATION],
            "http://127.0.0.1:3000/login?next=%2F"
        );
        let set_cookie = response.headers()[SET_COOKIE].to_str().unwrap().to_owned();
        let cookie = Cookie::parse(set_cookie).unwrap();
        assert_eq!(cookie.http_only(), Some(true));
        let mut headers = HeaderMap::new();
        headers.insert(
            COOKIE,
            HeaderValue::from_str(&format!("roster_form_error={}", cookie.value())).unwrap(),
        );
        assert_eq!(
            read_cookie(&headers, "roster_form_error"),
            Some(FormError {
                page: "/login".into(),
                server_fn: "/api/login".into(),
                error: "e30".into(),
            })
        );
    }
}
