use crate::auth::password::Hasher;
use crate::db::{Clock, Db};
use crate::server::Config;
use crate::workspace::setup_code::SetupCode;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use leptos::prelude::use_context;
use std::sync::Arc;
use tokio::sync::Notify;

/// Everything a request handler or server function needs, cloned cheaply per request.
#[derive(Clone, Debug)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub config: Arc<Config>,
    pub db: Db,
    pub clock: Clock,
    pub setup_code: SetupCode,
    /// Every password hash of this instance goes through it: bounded slots and queue.
    pub hasher: Hasher,
    /// Wakes the outbox worker after a request queued mail.
    pub mail_wake: Arc<Notify>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl AppState {
    /// The state inside a server function, where the router provides it as context.
    pub fn current() -> Result<Self, crate::error::AppError> {
        use_context::<Self>().ok_or_else(|| {
            crate::error::AppError::internal(
                "reading the server function context",
                "AppState is missing",
            )
        })
    }

    /// The domain for Message-IDs of outgoing mail.
    pub fn mail_domain(&self) -> String {
        self.config
            .base_url
            .host_str()
            .unwrap_or("localhost")
            .to_owned()
    }
}
