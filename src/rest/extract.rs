//! axum's JSON, query and path extractors, refusing what they cannot read with a problem
//! document instead of plain text.

use crate::rest::problem::Problem;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::IntoResponse;
use serde::de::DeserializeOwned;

/// A JSON body. The request types refuse unknown fields (`deny_unknown_fields`), so a typo
/// in a field's name is a 400, not a change quietly left out.
pub struct ApiJson<T>(pub T);

/// The query string.
pub struct ApiQuery<T>(pub T);

/// The path's parameters.
pub struct ApiPath<T>(pub T);

fn refused(rejection: impl IntoResponse + std::fmt::Display) -> Problem {
    let detail = rejection.to_string();
    Problem::unreadable(rejection.into_response().status(), detail)
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = Problem;

    async fn from_request(request: Request, state: &S) -> Result<Self, Problem> {
        axum::Json::<T>::from_request(request, state)
            .await
            .map(|axum::Json(value)| Self(value))
            .map_err(refused)
    }
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(value)| Self(value))
            .map_err(refused)
    }
}

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Problem> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| Self(value))
            .map_err(refused)
    }
}
