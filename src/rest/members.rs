//! `/members`: the Users tab's list, details, role changes and removals.

use crate::db::retry_contended;
use crate::policy::Permission;
use crate::rest::caller::{ApiCaller, Effect};
use crate::rest::extract::{ApiJson, ApiPath, ApiQuery};
use crate::rest::problem::Problem;
use crate::rest::schema::{Member, MemberChange, MemberList, MembersQuery, cursor};
use crate::server::AppState;
use crate::server::middleware::client_ip;
use crate::users::model::{MemberDetail, MemberSummary};
use crate::users::search::PageStart;
use crate::users::service;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

impl From<MemberSummary> for Member {
    fn from(member: MemberSummary) -> Self {
        Self {
            id: member.user_id,
            name: member.name,
            email: member.email,
            role: member.role,
            joined_at: member.joined.machine,
            last_active_at: member.last_active.map(|moment| moment.machine),
            two_factor: member.two_factor,
        }
    }
}

impl From<MemberDetail> for Member {
    fn from(member: MemberDetail) -> Self {
        Self {
            id: member.user_id,
            name: member.name,
            email: member.email,
            role: member.role,
            joined_at: member.joined.machine,
            last_active_at: member.last_active.map(|moment| moment.machine),
            two_factor: member.two_factor,
        }
    }
}

/// Lists the workspace's members matching `q` (and `role`, when given), 50 per page, in
/// name order.
#[utoipa::path(
    get, path = "/members", tag = "Members",
    params(MembersQuery),
    responses(
        (status = 200, description = "A page of members", body = MemberList),
        (status = 400, description = "A bad cursor or an unknown parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The owner's role may not manage users", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "The token's calls per minute are spent", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn list_members(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiQuery(query): ApiQuery<MembersQuery>,
) -> Result<Json<MemberList>, Problem> {
    let member = caller
        .permit(Permission::ManageUsers, Effect::Reads)
        .await?;
    let start = match cursor(query.cursor.as_deref())? {
        Some(id) => PageStart::After(id),
        None => PageStart::First,
    };
    let words = query.q.unwrap_or_default();
    let page = service::page(&state, member, &words, query.role, start).await?;
    Ok(Json(MemberList {
        members: page.members.into_iter().map(Member::from).collect(),
        total: page.total,
        next_cursor: page.after.map(|id| id.to_string()),
    }))
}

/// One member of the workspace.
#[utoipa::path(
    get, path = "/members/{id}", tag = "Members",
    params(("id" = i64, Path, description = "The member's id")),
    responses(
        (status = 200, description = "The member", body = Member),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The owner's role may not manage users", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such member here", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn get_member(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Member>, Problem> {
    let member = caller
        .permit(Permission::ManageUsers, Effect::Reads)
        .await?;
    Ok(Json(service::detail(&state, member, id).await?.into()))
}

/// Gives a member another role; refused for the workspace's last admin.
#[utoipa::path(
    patch, path = "/members/{id}", tag = "Members",
    params(("id" = i64, Path, description = "The member's id")),
    request_body = MemberChange,
    responses(
        (status = 200, description = "The member with their new role", body = Member),
        (status = 400, description = "An unknown role or field", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or a role that may not manage users", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such member here", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The last admin cannot lose the role", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn change_member(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<i64>,
    ApiJson(change): ApiJson<MemberChange>,
) -> Result<Json<Member>, Problem> {
    let member = caller
        .permit(Permission::ManageUsers, Effect::Changes)
        .await?;
    let ip = client_ip().await;
    retry_contended(|| service::change_role(&state, member, id, change.role, &ip)).await?;
    Ok(Json(service::detail(&state, member, id).await?.into()))
}

/// Removes a member from the workspace; refused for the last admin. Their sessions and
/// tokens here end at once.
#[utoipa::path(
    delete, path = "/members/{id}", tag = "Members",
    params(("id" = i64, Path, description = "The member's id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read-only token, or a role that may not manage users", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such member here", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The last admin cannot be removed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn remove_member(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, Problem> {
    let member = caller
        .permit(Permission::ManageUsers, Effect::Changes)
        .await?;
    let ip = client_ip().await;
    retry_contended(|| service::remove(&state, member, id, &ip)).await?;
    Ok(StatusCode::NO_CONTENT)
}
