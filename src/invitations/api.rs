//! Server functions for invitations. Listing, inviting, resending and cancelling are for
//! Admins; reading and accepting a link are open, because the link's token is the credential.

use crate::error::AppError;
use crate::invitations::model::{InvitationLink, InviteResult, PendingInvitation};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::auth::guard::authorize,
    crate::invitations::service,
    crate::policy::Permission,
    crate::server::{AppState, middleware::client_ip},
};

/// The pending and expired invitations of the caller's workspace, newest first.
#[server(endpoint = "invitations")]
pub async fn list_invitations() -> Result<Vec<PendingInvitation>, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageInvitations).await?;
    crate::server::page_reads::read_once(String::new(), || service::list_pending(&state, &member))
        .await
}

/// Invites one or several addresses (commas or new lines) with one role, by an email in
/// `language` (a tag such as `pt-BR`; the workspace's when left out).
#[server(endpoint = "invite")]
pub async fn invite_users(
    emails: String,
    role: crate::policy::Role,
    #[server(default)] language: Option<String>,
) -> Result<Vec<InviteResult>, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageInvitations).await?;
    let ip = client_ip().await;
    service::invite(&state, &member, &emails, role, language.as_deref(), &ip).await
}

/// Sends a pending or expired invitation again with a new link.
#[server(endpoint = "resend_invitation")]
pub async fn resend_invitation(invitation_id: i64) -> Result<(), AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageInvitations).await?;
    let ip = client_ip().await;
    service::resend(&state, &member, invitation_id, &ip).await
}

/// Cancels a pending invitation; its link stops working at once.
#[server(endpoint = "cancel_invitation")]
pub async fn cancel_invitation(invitation_id: i64) -> Result<(), AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageInvitations).await?;
    let ip = client_ip().await;
    crate::db::retry_contended(|| service::cancel(&state, &member, invitation_id, &ip)).await
}

/// What the accept page shows for a link.
#[server(endpoint = "invitation")]
pub async fn read_invitation(token: String) -> Result<InvitationLink, AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    service::describe_link(&state, &token, &ip).await
}

/// Joins the workspace through a link, signs this device in and opens the workspace.
#[server(endpoint = "accept_invitation")]
pub async fn accept_invitation(
    token: String,
    #[server(default)] name: String,
    #[server(default)] password: String,
    #[server(default)] confirm_password: String,
    #[server(default)] code: String,
) -> Result<(), AppError> {
    use crate::auth::session;
    let state = AppState::current()?;
    let ip = client_ip().await;
    let form = service::Acceptance {
        name,
        password,
        confirm_password,
        code,
    };
    let session_token = service::accept(&state, &token, form, &ip, &session::user_agent()).await?;
    session::set_cookie(&state, &session_token);
    // Home greets them as someone who has just joined.
    leptos_axum::redirect("/?joined=1");
    Ok(())
}

/// Whether the caller gets an email when someone joins this workspace.
#[server(endpoint = "join_emails")]
pub async fn join_emails() -> Result<bool, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageInvitations).await?;
    Ok(crate::invitations::repo::join_notifications(
        state.db.pool(),
        member.workspace_id,
        member.user_id(),
    )
    .await?)
}

/// Turns the "New user joined your workspace" emails on or off for the caller here.
#[server(endpoint = "set_join_emails")]
pub async fn set_join_emails(#[server(default)] enabled: bool) -> Result<bool, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageInvitations).await?;
    crate::invitations::repo::set_join_notifications(
        state.db.pool(),
        member.workspace_id,
        member.user_id(),
        enabled,
    )
    .await?;
    Ok(enabled)
}
