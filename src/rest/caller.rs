//! Who an API call acts as: the owner of its bearer token, in the token's workspace, checked
//! on every call.

use crate::auth::api_tokens::service;
use crate::auth::guard::{Member, permit_token};
use crate::error::AppError;
use crate::policy::Permission;
use crate::rest::problem::Problem;
use crate::server::AppState;
use crate::server::middleware::client_ip;
use crate::server::rate_limit::{self, Limit};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

/// The member behind a call's `Authorization: Bearer` token.
pub struct ApiCaller(pub Member);

/// Whether a call changes something, which a read-only token may not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Reads,
    Changes,
}

impl ApiCaller {
    /// Lets the call through when the owner's current role has `permission` and the token
    /// allows `effect`; the member to act as.
    pub async fn permit(&self, permission: Permission, effect: Effect) -> Result<&Member, Problem> {
        permit_token(&self.0, permission, effect == Effect::Changes).await?;
        Ok(&self.0)
    }
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let now = state.clock.now();
        let member = match service::bearer(&parts.headers) {
            Some(secret) => service::caller(state, secret).await?,
            None => None,
        };
        let Some(member) = member else {
            // Guessing costs a lookup per try; past the budget for one-time links, the
            // address is refused before any lookup.
            let ip = client_ip().await;
            tracing::info!(event = "authz_denied", ip, reason = "no valid API token");
            rate_limit::token_lookup(&state.db, &ip, now).await?;
            return Err(AppError::Unauthenticated.into());
        };
        // Every message from here on is in the owner's language.
        leptos::prelude::provide_context(member.session.locale());
        if let Some(token) = &member.token {
            let limit = Limit {
                max_hits: i64::from(state.config.api_requests_per_minute),
                window_secs: 60,
            };
            rate_limit::hit(&state.db, &format!("api:token:{}", token.id), limit, now).await?;
        }
        Ok(Self(member))
    }
}
