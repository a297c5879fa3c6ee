//! The one door every server function goes through: who is calling, in which workspace, with
//! which role, all read from the database for this request, then the permission check.

use crate::auth::api_tokens::model::Access;
use crate::auth::api_tokens::repo::CallerRow;
use crate::auth::session::{self, CurrentSession};
use crate::error::AppError;
use crate::policy::{Permission, Role, can};
use crate::server::AppState;
use crate::server::middleware::client_ip;

/// A signed-in person acting in their session's workspace, or a script acting with one of
/// their API tokens in the token's workspace.
#[derive(Debug, Clone)]
pub struct Member {
    pub session: CurrentSession,
    pub workspace_id: i64,
    pub role: Role,
    /// The API token the call came with; `None` for a browser's session.
    pub token: Option<TokenUse>,
}

/// The API token behind a call.
#[derive(Debug, Clone)]
pub struct TokenUse {
    pub id: i64,
    pub name: String,
    pub access: Access,
    pub expires_at: i64,
}

impl Member {
    pub fn user_id(&self) -> i64 {
        self.session.user_id
    }
}

/// The caller behind an API token's row, while its owner is still a member of the token's
/// workspace.
pub fn member_with_token(row: CallerRow) -> Option<Member> {
    let role = row.role?;
    let token = TokenUse {
        id: row.id,
        name: row.token_name.clone(),
        access: row.access,
        expires_at: row.expires_at,
    };
    Some(Member {
        workspace_id: row.workspace_id,
        role,
        token: Some(token),
        session: CurrentSession::of_api_token(row),
    })
}

/// Lets an API token's call through when its owner's current role has `permission` and,
/// for a call that changes something, the token's access allows changes; 403 otherwise.
pub async fn permit_token(
    member: &Member,
    permission: Permission,
    changes: bool,
) -> Result<(), AppError> {
    let session = &member.session;
    if changes
        && member
            .token
            .as_ref()
            .is_some_and(|t| !t.access.allows_changes())
    {
        tracing::info!(
            event = "authz_denied",
            user_id = session.user_id,
            workspace_id = member.workspace_id,
            ?permission,
            reason = "read-only API token"
        );
        return Err(AppError::Forbidden(crate::t!(
            session.locale(),
            "api-tokens-read-only-refused"
        )));
    }
    permit(session, member.workspace_id, member.role, permission).await
}

/// Lets the request through when the caller is an active member whose role has
/// `permission`: signed out or no longer a member answers 401, a role without the permission
/// answers 403 with the reason in words. Denials are logged with who asked for what.
pub async fn authorize(state: &AppState, permission: Permission) -> Result<Member, AppError> {
    let Some(session) = session::current(state).await? else {
        let ip = client_ip().await;
        tracing::info!(
            event = "authz_denied",
            ?permission,
            ip,
            reason = "signed out"
        );
        return Err(AppError::Unauthenticated);
    };
    authorize_session(session, permission).await
}

/// [`authorize`] for a session already read: no longer a member of its workspace answers
/// 401, a role without the permission 403.
pub async fn authorize_session(
    session: CurrentSession,
    permission: Permission,
) -> Result<Member, AppError> {
    let (Some(workspace_id), Some(role)) = (session.workspace_id, session.role) else {
        let ip = client_ip().await;
        tracing::warn!(
            event = "authz_denied",
            user_id = session.user_id,
            ip,
            ?permission,
            reason = "not a member of the session's workspace"
        );
        return Err(AppError::Unauthenticated);
    };
    permit(&session, workspace_id, role, permission).await?;
    Ok(Member {
        session,
        workspace_id,
        role,
        token: None,
    })
}

/// The checks after who is calling is known: the workspace's second-factor rule, then the
/// role's permission.
async fn permit(
    session: &CurrentSession,
    workspace_id: i64,
    role: Role,
    permission: Permission,
) -> Result<(), AppError> {
    if session.lacks_required_second_factor() && permission != Permission::ManageOwnAccount {
        tracing::info!(
            event = "authz_denied",
            user_id = session.user_id,
            workspace_id,
            ?permission,
            reason = "the workspace requires a second factor they have not set up"
        );
        return Err(AppError::Forbidden(crate::t!(
            session.locale(),
            "denied-two-factor-required",
            workspace = session.workspace_name.as_deref().unwrap_or("Roster")
        )));
    }
    if !can(role, permission) {
        let ip = client_ip().await;
        tracing::warn!(
            event = "authz_denied",
            user_id = session.user_id,
            workspace_id,
            role = role.as_str(),
            ?permission,
            ip
        );
        return Err(AppError::Forbidden(permission.denial(session.locale())));
    }
    Ok(())
}

/// Takes the workspace's lock inside `tx` and checks again, under it, that `member` still has
/// `permission` (CONC-05): another admin may have demoted or removed them a moment after
/// [`authorize`] let the request in, and a change made after that would outlive their right.
pub async fn recheck_under_lock(
    state: &AppState,
    tx: &mut crate::db::Tx,
    member: &Member,
    permission: Permission,
) -> Result<(), AppError> {
    state.db.lock_workspace(tx, member.workspace_id).await?;
    let role = crate::users::repo::active_role(tx, member.workspace_id, member.user_id()).await?;
    if role.is_some_and(|role| can(role, permission)) {
        Ok(())
    } else {
        tracing::warn!(
            event = "authz_denied",
            user_id = member.user_id(),
            workspace_id = member.workspace_id,
            ?permission,
            reason = "lost the right while the request ran"
        );
        Err(AppError::Forbidden(
            permission.denial(crate::i18n::use_locale()),
        ))
    }
}
