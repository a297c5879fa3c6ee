//! `/invitations`: the Invitations tab's list, inviting, resending and cancelling.

use crate::db::retry_contended;
use crate::invitations::model::{Delivery, PendingInvitation};
use crate::invitations::service;
use crate::policy::Permission;
use crate::rest::caller::{ApiCaller, Effect};
use crate::rest::extract::{ApiJson, ApiPath};
use crate::rest::problem::Problem;
use crate::rest::schema::{
    Invitation, InvitationRequest, InvitationResult, InvitationResults, timestamp,
};
use crate::server::AppState;
use crate::server::middleware::client_ip;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

impl From<PendingInvitation> for Invitation {
    fn from(invitation: PendingInvitation) -> Self {
        Self {
            id: invitation.id,
            email: invitation.email,
            role: invitation.role,
            status: match invitation.expired {
                true => "expired",
                false => "pending",
            }
            .to_owned(),
            delivery: match invitation.delivery {
                Delivery::Queued => "queued",
                Delivery::Sent => "sent",
                Delivery::Failed => "failed",
            }
            .to_owned(),
            sent_at: timestamp(invitation.sent_at),
            expires_at: timestamp(invitation.expires_at),
        }
    }
}

/// The workspace's pending and expired invitations, newest first.
#[utoipa::path(
    get, path = "/invitations", tag = "Invitations",
    responses(
        (status = 200, description = "Every pending or expired invitation", body = [Invitation]),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The owner's role may not manage invitations", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn list_invitations(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<Vec<Invitation>>, Problem> {
    let member = caller
        .permit(Permission::ManageInvitations, Effect::Reads)
        .await?;
    let invitations = service::list_pending(&state, member).await?;
    Ok(Json(
        invitations.into_iter().map(Invitation::from).collect(),
    ))
}

/// Invites up to 100 addresses with one role. Each address gets its own result; the
/// invitations' limits per hour apply as in the Invite form.
#[utoipa::path(
    post, path = "/invitations", tag = "Invitations",
    request_body = InvitationRequest,
    responses(
        (status = 200, description = "What became of each address", body = InvitationResults),
        (status = 400, description = "No address, too many, an unknown role, language or field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or a role that may not invite", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "A body over 1 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many invitations this hour", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn invite(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiJson(request): ApiJson<InvitationRequest>,
) -> Result<Json<InvitationResults>, Problem> {
    let member = caller
        .permit(Permission::ManageInvitations, Effect::Changes)
        .await?;
    let ip = client_ip().await;
    let emails = request.emails.join("\n");
    let answer = service::invite(
        &state,
        member,
        &emails,
        request.role,
        request.language.as_deref(),
        &ip,
    )
    .await;
    let results = match answer {
        Ok(results) => results
            .into_iter()
            .map(|result| InvitationResult {
                email: result.email,
                invited: result.problem.is_none(),
                problem: result.problem,
            })
            .collect(),
        // One address is refused beside the form's field; here it is its result.
        Err(error) if request.emails.len() == 1 => match error.message_for("emails") {
            Some(problem) => vec![InvitationResult {
                email: request.emails[0].trim().to_owned(),
                invited: false,
                problem: Some(problem),
            }],
            None => return Err(error.into()),
        },
        Err(error) => return Err(error.into()),
    };
    Ok(Json(InvitationResults { results }))
}

/// Sends an invitation again with a new link and a new expiry; the old link dies.
#[utoipa::path(
    post, path = "/invitations/{id}/resend", tag = "Invitations",
    params(("id" = i64, Path, description = "The invitation's id")),
    responses(
        (status = 204, description = "Sent again"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or a role that may not invite", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such invitation waiting here", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many invitations this hour", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn resend(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, Problem> {
    let member = caller
        .permit(Permission::ManageInvitations, Effect::Changes)
        .await?;
    let ip = client_ip().await;
    service::resend(&state, member, id, &ip).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Cancels an invitation; its link stops working at once.
#[utoipa::path(
    delete, path = "/invitations/{id}", tag = "Invitations",
    params(("id" = i64, Path, description = "The invitation's id")),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or a role that may not invite", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such invitation waiting here", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn cancel(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, Problem> {
    let member = caller
        .permit(Permission::ManageInvitations, Effect::Changes)
        .await?;
    let ip = client_ip().await;
    retry_contended(|| service::cancel(&state, member, id, &ip)).await?;
    Ok(StatusCode::NO_CONTENT)
}
