//! Server functions for API tokens: each person's own, and an admin's view of a member's.

use crate::auth::api_tokens::model::{Access, CreatedToken, TokenSummary};
use crate::error::AppError;
use leptos::prelude::*;

/// The caller's tokens in their workspace, newest first.
#[server(endpoint = "api_tokens")]
pub async fn list_api_tokens() -> Result<Vec<TokenSummary>, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    crate::auth::api_tokens::service::list(&state, &member, member.user_id()).await
}

/// Makes a token for the caller in their workspace; the answer holds its secret, shown once.
#[server(endpoint = "create_api_token")]
pub async fn create_api_token(
    name: String,
    expires_in_days: u32,
    access: Access,
) -> Result<CreatedToken, AppError> {
    use crate::auth::api_tokens::service::{self, TokenRequest};
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = crate::server::middleware::client_ip().await;
    let request = TokenRequest {
        name,
        lifetime_in_days: expires_in_days,
        access,
    };
    crate::db::retry_contended(|| service::create(&state, &member, request.clone(), &ip)).await
}

/// Revokes one of the caller's tokens.
#[server(endpoint = "revoke_api_token")]
pub async fn revoke_api_token(token_id: i64) -> Result<(), AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = crate::server::middleware::client_ip().await;
    let owner = member.user_id();
    crate::db::retry_contended(|| {
        crate::auth::api_tokens::service::revoke(&state, &member, owner, token_id, &ip)
    })
    .await
}

/// A member's tokens in the caller's workspace, for the user details page. Admins only.
#[server(endpoint = "member_api_tokens")]
pub async fn member_api_tokens(user_id: i64) -> Result<Vec<TokenSummary>, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    crate::auth::api_tokens::service::list(&state, &member, user_id).await
}

/// Revokes a member's token in the caller's workspace. Admins only.
#[server(endpoint = "revoke_member_api_token")]
pub async fn revoke_member_api_token(user_id: i64, token_id: i64) -> Result<(), AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let ip = crate::server::middleware::client_ip().await;
    crate::db::retry_contended(|| {
        crate::auth::api_tokens::service::revoke(&state, &member, user_id, token_id, &ip)
    })
    .await
}
