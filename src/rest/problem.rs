//! Errors as `application/problem+json` (RFC 9457), with the status codes the server
//! functions answer with.

use crate::error::AppError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What went wrong with a call. `type` names the kind of problem and links to its
/// description; `detail` says what happened, in the token owner's language.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "type": "/api/docs#problem-conflict",
    "title": "Conflict",
    "status": 409,
    "detail": "A workspace must have at least one admin"
}))]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Each input that was refused, with why; only for status 400 on fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
    /// Seconds until the call may be made again; also in `Retry-After`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

/// One refused input.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

/// The kinds of problem, as the reference page lists them: the slug of `type`, the title
/// and the status.
pub const KINDS: [(&str, &str, u16); 11] = [
    ("validation", "Invalid input", 400),
    ("bad-request", "Bad request", 400),
    ("unauthenticated", "Unauthenticated", 401),
    ("forbidden", "Forbidden", 403),
    ("not-found", "Not found", 404),
    ("method-not-allowed", "Method not allowed", 405),
    ("conflict", "Conflict", 409),
    ("too-large", "Payload too large", 413),
    ("rate-limited", "Too many requests", 429),
    ("internal", "Internal error", 500),
    ("busy", "Busy", 503),
];

impl Problem {
    fn of_kind(slug: &str, detail: String) -> Self {
        let (slug, title, status) = KINDS
            .iter()
            .copied()
            .find(|(kind, _, _)| *kind == slug)
            .unwrap_or(("internal", "Internal error", 500));
        Self {
            kind: format!("/api/docs#problem-{slug}"),
            title: title.to_owned(),
            status,
            detail,
            errors: Vec::new(),
            retry_after: None,
        }
    }

    /// A request axum could not read: bad JSON, an unknown field, a bad path or query, or a
    /// body over the limit.
    pub fn unreadable(status: StatusCode, detail: String) -> Self {
        match status {
            StatusCode::PAYLOAD_TOO_LARGE => Self::of_kind("too-large", detail),
            StatusCode::METHOD_NOT_ALLOWED => Self::of_kind("method-not-allowed", detail),
            _ => Self::of_kind("bad-request", detail),
        }
    }
}

impl From<AppError> for Problem {
    fn from(error: AppError) -> Self {
        let slug = match &error {
            AppError::Validation(_) => "validation",
            AppError::BadRequest(_) => "bad-request",
            AppError::Unauthenticated | AppError::InvalidCredentials => "unauthenticated",
            AppError::Forbidden(_) => "forbidden",
            AppError::NotFound => "not-found",
            AppError::Conflict { .. } => "conflict",
            AppError::RateLimited { .. } => "rate-limited",
            AppError::Internal => "internal",
            AppError::Busy { .. } | AppError::Contended | AppError::Network => "busy",
        };
        // A script has no highlighted fields to look at: the fields' messages are the detail.
        let detail = match &error {
            AppError::Validation(fields) if !fields.is_empty() => fields
                .iter()
                .map(|field| format!("{}: {}", field.field, field.message))
                .collect::<Vec<_>>()
                .join("; "),
            _ => error.message(),
        };
        let mut problem = Self::of_kind(slug, detail);
        problem.status = error.status_code();
        problem.retry_after = error.retry_after_secs();
        problem.errors = match error {
            AppError::Validation(fields) => fields
                .into_iter()
                .map(|field| FieldProblem {
                    field: field.field,
                    message: field.message,
                })
                .collect(),
            AppError::Conflict {
                field: Some(field),
                message,
            } => vec![FieldProblem { field, message }],
            _ => Vec::new(),
        };
        problem
    }
}

impl From<sqlx::Error> for Problem {
    fn from(error: sqlx::Error) -> Self {
        AppError::from(error).into()
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(seconds) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if status == StatusCode::UNAUTHORIZED {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"Roster\""),
            );
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_keeps_its_status_and_names_its_kind() {
        for (error, status, kind) in [
            (AppError::field("role", "Choose a role"), 400, "validation"),
            (AppError::Unauthenticated, 401, "unauthenticated"),
            (AppError::Forbidden("no".into()), 403, "forbidden"),
            (AppError::NotFound, 404, "not-found"),
            (AppError::rate_limited(30), 429, "rate-limited"),
            (AppError::Internal, 500, "internal"),
        ] {
            let problem = Problem::from(error);
            assert_eq!(problem.status, status);
            assert_eq!(problem.kind, format!("/api/docs#problem-{kind}"));
            assert!(!problem.detail.is_empty());
        }
    }

    #[test]
    fn field_problems_are_listed_by_field() {
        let problem = Problem::from(AppError::field("role", "Choose a role"));
        assert_eq!(problem.errors.len(), 1);
        assert_eq!(problem.errors[0].field, "role");
        assert_eq!(
            problem.detail, "role: Choose a role",
            "a script sees the fields' messages"
        );
        assert_eq!(problem.retry_after, None);
        assert_eq!(
            Problem::from(AppError::rate_limited(30)).retry_after,
            Some(30)
        );
    }
}
