//! `/me` and `/workspace`: who the token acts as, and the workspace's settings.

use crate::policy::Permission;
use crate::rest::caller::{ApiCaller, Effect};
use crate::rest::extract::ApiJson;
use crate::rest::problem::Problem;
use crate::rest::schema::{Me, TokenInfo, Workspace, WorkspaceChange, WorkspaceRef, timestamp};
use crate::server::AppState;
use crate::server::middleware::client_ip;
use crate::workspace::model::WorkspaceSettings;
use crate::workspace::service::{self, SettingsForm, Timezones};
use axum::Json;
use axum::extract::State;

/// Who the token acts as: its owner, with their role now, and the token.
#[utoipa::path(
    get, path = "/me", tag = "Token",
    responses(
        (status = 200, description = "The token's owner and the token", body = Me),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn me(caller: ApiCaller) -> Result<Json<Me>, Problem> {
    let member = caller
        .permit(Permission::ManageOwnAccount, Effect::Reads)
        .await?;
    let session = &member.session;
    let token = member
        .token
        .as_ref()
        .ok_or(crate::error::AppError::Unauthenticated)?;
    Ok(Json(Me {
        user_id: session.user_id,
        name: session.name.clone(),
        email: session.email.clone(),
        role: member.role,
        workspace: WorkspaceRef {
            id: member.workspace_id,
            name: session.workspace_name.clone().unwrap_or_default(),
        },
        token: TokenInfo {
            name: token.name.clone(),
            access: token.access,
            expires_at: timestamp(token.expires_at),
        },
    }))
}

fn workspace(id: i64, settings: WorkspaceSettings) -> Workspace {
    Workspace {
        id,
        name: settings.name,
        language: settings.language,
        timezone: settings.timezone,
        two_factor_rule: settings.two_factor_rule,
    }
}

/// The workspace's settings.
#[utoipa::path(
    get, path = "/workspace", tag = "Workspace",
    responses(
        (status = 200, description = "The settings", body = Workspace),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The owner's role may not see the settings", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn get_workspace(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<Workspace>, Problem> {
    let member = caller
        .permit(Permission::ViewWorkspaceSettings, Effect::Reads)
        .await?;
    let settings = service::load_settings(&state, member, Timezones::Omitted).await?;
    Ok(Json(workspace(member.workspace_id, settings)))
}

/// Changes some of the workspace's settings, checked as the settings page checks them:
/// nothing changes unless every one given is valid.
#[utoipa::path(
    patch, path = "/workspace", tag = "Workspace",
    request_body = WorkspaceChange,
    responses(
        (status = 200, description = "The settings after the change", body = Workspace),
        (status = 400, description = "A setting that is not valid, or an unknown field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or a role that may not change the settings", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another workspace has that name", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn change_workspace(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(change): ApiJson<WorkspaceChange>,
) -> Result<Json<Workspace>, Problem> {
    let member = caller
        .permit(Permission::ChangeWorkspaceSettings, Effect::Changes)
        .await?;
    let ip = client_ip().await;
    let current = service::load_settings(&state, member, Timezones::Omitted).await?;
    let form = SettingsForm {
        workspace_name: change.name.unwrap_or(current.name),
        language: change.language.unwrap_or(current.language),
        timezone: change.timezone.unwrap_or(current.timezone),
        two_factor_rule: change.two_factor_rule.map(|rule| rule.as_str().to_owned()),
    };
    let saved = crate::db::retry_contended(|| {
        service::save_settings(&state, member, form.clone(), &ip, Timezones::Omitted)
    })
    .await?;
    Ok(Json(workspace(member.workspace_id, saved)))
}
