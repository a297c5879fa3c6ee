//! The one error type every server function returns, shared by the server and the browser.
//!
//! Variants carry only what a person may see; the cause of an internal failure is logged on the
//! server where it happens and never serialised.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A problem with one input field, shown next to that field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's `name`, so the UI can place the message beside it.
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

/// Collects every field problem of a form, so one answer lists them all.
#[derive(Debug, Default)]
pub struct Problems(Vec<FieldError>);

impl Problems {
    /// Keeps `result`'s value, or notes its message against `field`.
    pub fn check<T>(&mut self, field: &str, result: Result<T, String>) -> Option<T> {
        result.map_err(|message| self.push(field, message)).ok()
    }

    pub fn push(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }

    pub fn into_result(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.0))
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("Please correct the highlighted fields")]
    Validation(Vec<FieldError>),
    #[error("Please sign in to continue")]
    Unauthenticated,
    /// The one answer to every failed sign-in, whatever the reason, so it reveals nothing.
    #[error("The email or password is not right")]
    InvalidCredentials,
    #[error("{0}")]
    Forbidden(String),
    #[error("Not found")]
    NotFound,
    #[error("{message}")]
    Conflict {
        field: Option<String>,
        message: String,
    },
    #[error("Too many attempts, try again in {} minutes", retry_after_secs.div_ceil(60).max(1))]
    RateLimited {
        retry_after_secs: u64,
        /// The same in the reader's language, written on the server, which knows the plural
        /// forms of every language.
        #[serde(default)]
        message: String,
    },
    #[error("The request could not be understood: {0}")]
    BadRequest(String),
    /// Roster has more work of one kind queued than it will take on (password hashing), so
    /// the caller is told to come back rather than made to wait without end.
    #[error("Roster is busy, try again in a few seconds")]
    Busy { retry_after_secs: u64 },
    /// The database could not order this request's transaction against another's (a
    /// serialization failure or deadlock); nothing changed, and the same request may simply
    /// run again, which the server does itself a few times before answering with this
    /// ([`crate::db::retry_contended`]).
    #[error("Roster is busy, try again in a few seconds")]
    Contended,
    #[error("Something went wrong")]
    Internal,
    /// Raised in the browser when the server could not be reached at all.
    #[error("Could not reach the server, check your connection and try again")]
    Network,
}

impl AppError {
    /// A failure that is Roster's, not the caller's: `cause` is logged beside `context` (what
    /// was being done) and the caller's line of code, where it helps, and the person reads
    /// only "Something went wrong", which reveals nothing.
    #[cfg(feature = "ssr")]
    #[track_caller]
    pub fn internal(context: &'static str, cause: impl std::fmt::Display) -> Self {
        let at = std::panic::Location::caller();
        tracing::error!(context, cause = %cause, %at, "internal error");
        Self::Internal
    }

    /// The refusal of a limit of `retry_after_secs` seconds, in the reader's language.
    #[cfg(feature = "ssr")]
    pub fn rate_limited(retry_after_secs: u64) -> Self {
        let minutes = retry_after_secs.div_ceil(60).max(1);
        Self::RateLimited {
            retry_after_secs,
            message: crate::t!(
                crate::i18n::use_locale(),
                "error-rate-limited",
                minutes = minutes
            ),
        }
    }

    /// What the person reads, in their language; `Display` is the English for logs.
    pub fn message(&self) -> String {
        use crate::t;
        let locale = crate::i18n::use_locale();
        match self {
            Self::Validation(_) => t!(locale, "error-validation"),
            Self::Unauthenticated => t!(locale, "error-unauthenticated"),
            Self::InvalidCredentials => t!(locale, "error-invalid-credentials"),
            Self::Forbidden(message) | Self::Conflict { message, .. } => message.clone(),
            Self::NotFound => t!(locale, "error-not-found"),
            Self::RateLimited { message, .. } if !message.is_empty() => message.clone(),
            Self::RateLimited { .. } => self.to_string(),
            // What the decoder said is for developers, and stays as it said it.
            Self::BadRequest(detail) => format!("{}: {detail}", t!(locale, "error-bad-request")),
            Self::Busy { .. } | Self::Contended => t!(locale, "error-busy"),
            Self::Internal => t!(locale, "error-internal"),
            Self::Network => t!(locale, "error-network"),
        }
    }

    /// One field is wrong.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        Self::Validation(vec![FieldError::new(field, message)])
    }

    /// The message for `field`, when this error is about that field.
    pub fn message_for(&self, field: &str) -> Option<String> {
        match self {
            Self::Validation(errors) => errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone()),
            Self::Conflict {
                field: Some(f),
                message,
            } if f == field => Some(message.clone()),
            _ => None,
        }
    }

    /// How long the caller should wait before trying again, for `Retry-After`.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            Self::RateLimited {
                retry_after_secs, ..
            }
            | Self::Busy { retry_after_secs } => Some(*retry_after_secs),
            Self::Contended => Some(1),
            _ => None,
        }
    }

    /// The HTTP status this error is answered with.
    pub fn status_code(&self) -> u16 {
        match self {
            Self::Validation(_) | Self::BadRequest(_) => 400,
            Self::Unauthenticated | Self::InvalidCredentials => 401,
            Self::Forbidden(_) => 403,
            Self::NotFound => 404,
            Self::Conflict { .. } => 409,
            Self::RateLimited { .. } => 429,
            Self::Internal => 500,
            Self::Busy { .. } | Self::Contended | Self::Network => 503,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Malformed or missing arguments are the caller's mistake.
            // A role Roster does not know is a mistake in the Role field, told beside it, as
            // every other field's problem is; the form decoder passes on only the text of
            // `Role`'s error.
            ServerFnErrorErr::Args(message) | ServerFnErrorErr::Deserialization(message)
                if message.contains(crate::policy::UnknownRole::MESSAGE_START) =>
            {
                Self::field("role", crate::policy::choose_a_role())
            }
            ServerFnErrorErr::Args(message)
            | ServerFnErrorErr::MissingArg(message)
            | ServerFnErrorErr::Deserialization(message) => Self::BadRequest(message),
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => Self::Network,
            other => {
                // In the browser the cause reaches the person as "Something went wrong"; the
                // server's log is where it helps.
                #[cfg(feature = "ssr")]
                return Self::internal("server function failed", other);
                #[cfg(not(feature = "ssr"))]
                {
                    let _ = other;
                    Self::Internal
                }
            }
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    /// A transaction that lost a race the database could not order (a PostgreSQL
    /// serialization failure or deadlock, SQLite still busy after its timeout) changed
    /// nothing and may simply be tried again: [`AppError::Contended`], which
    /// [`crate::db::retry_contended`] runs again, never a 500 (CONC-09). SQLite still busy after
    /// its 5 s timeout is not worth waiting for three times: the caller is asked to come back.
    #[track_caller]
    fn from(error: sqlx::Error) -> Self {
        let code = error
            .as_database_error()
            .and_then(|db_error| db_error.code())
            .map(|code| code.into_owned());
        match code.as_deref() {
            Some(code @ ("40001" | "40P01")) => {
                tracing::warn!(code, error = %error, "transaction lost a race");
                return Self::Contended;
            }
            Some(code @ ("5" | "517")) => {
                tracing::warn!(code, error = %error, "database busy past its timeout");
                return Self::Busy {
                    retry_after_secs: 1,
                };
            }
            _ => {}
        }
        Self::internal("database error", format_args!("{error} ({error:?})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a test's tracing subscriber wrote.
    #[cfg(feature = "ssr")]
    #[derive(Clone, Default)]
    struct Written(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    #[cfg(feature = "ssr")]
    impl std::io::Write for Written {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn an_internal_error_is_logged_with_its_context_cause_and_place() {
        let written = Written::default();
        let writer = written.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let error = tracing::subscriber::with_default(subscriber, || {
            AppError::internal("reading the workspace", "disk full")
        });
        assert_eq!(error, AppError::Internal);
        assert_eq!(error.to_string(), "Something went wrong");
        let log = String::from_utf8(written.0.lock().unwrap().clone()).unwrap();
        assert!(
            log.contains("internal error")
                && log.contains("reading the workspace")
                && log.contains("disk full")
                && log.contains("src/error.rs:"),
            "{log}"
        );
    }

    #[test]
    fn each_error_maps_to_its_http_status() {
        assert_eq!(AppError::field("email", "bad").status_code(), 400);
        assert_eq!(AppError::Unauthenticated.status_code(), 401);
        assert_eq!(AppError::Forbidden("no".into()).status_code(), 403);
        assert_eq!(AppError::NotFound.status_code(), 404);
        let conflict = AppError::Conflict {
            field: None,
            message: "taken".into(),
        };
        assert_eq!(conflict.status_code(), 409);
        let limited = AppError::rate_limited(61);
        assert_eq!(limited.status_code(), 429);
        assert_eq!(
            limited.to_string(),
            "Too many attempts, try again in 2 minutes"
        );
        assert_eq!(limited.message(), limited.to_string());
        assert_eq!(
            AppError::rate_limited(30).message(),
            "Too many attempts, try again in 1 minute"
        );
        assert_eq!(AppError::Internal.to_string(), "Something went wrong");
        let busy = AppError::Busy {
            retry_after_secs: 5,
        };
        assert_eq!(busy.status_code(), 503);
        assert_eq!(busy.retry_after_secs(), Some(5));
        assert_eq!(
            busy.to_string(),
            "Roster is busy, try again in a few seconds"
        );
    }

    #[test]
    fn a_field_message_is_found_only_for_its_field() {
        let error = AppError::field("email", "Enter a valid email address");
        assert_eq!(
            error.message_for("email").as_deref(),
            Some("Enter a valid email address")
        );
        assert_eq!(error.message_for("password"), None);
    }

    #[test]
    fn an_unknown_role_is_told_beside_the_role_field() {
        let refused = "superadmin".parse::<crate::policy::Role>().unwrap_err();
        let error =
            AppError::from_server_fn_error(ServerFnErrorErr::Args(format!("role: {refused}")));
        assert_eq!(
            error.message_for("role").as_deref(),
            Some("Choose a role: Admin, Editor or Agent")
        );
        assert_eq!(error.status_code(), 400);
    }

    #[test]
    fn malformed_arguments_become_bad_requests() {
        let error = AppError::from_server_fn_error(ServerFnErrorErr::Args("user_id".into()));
        assert_eq!(error.status_code(), 400);
    }
}
