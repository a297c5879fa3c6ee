//! Server functions for the members of a workspace. Admins only.

use crate::error::AppError;
use crate::users::model::{MemberDetail, MemberSummary};
use leptos::prelude::*;

/// The active members of the caller's workspace.
#[server(endpoint = "members")]
pub async fn list_members() -> Result<Vec<MemberSummary>, AppError> {
    use crate::auth::guard::authorize;
    use crate::db::clock::format_in_zone;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let rows = crate::users::repo::list_members(state.db.pool(), member.workspace_id).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            Some(MemberSummary {
                user_id: row.user_id,
                name: row.name,
                email: row.email,
                role: row.role.parse().ok()?,
                joined: format_in_zone(row.joined_at, &member.session.workspace_timezone),
            })
        })
        .collect())
}

/// One member of the caller's workspace, for the user details page.
#[server(endpoint = "member")]
pub async fn load_member(user_id: i64) -> Result<MemberDetail, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    crate::users::service::detail(&state, &member, user_id).await
}

/// Gives a member another role; refused for the last admin.
#[server(endpoint = "change_role")]
pub async fn change_role(user_id: i64, role: String) -> Result<(), AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let ip = crate::server::middleware::client_ip().await;
    crate::users::service::change_role(&state, &member, user_id, &role, &ip).await
}

/// Removes a member from the workspace; refused for the last admin.
#[server(endpoint = "remove_member")]
pub async fn remove_member(user_id: i64) -> Result<(), AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let ip = crate::server::middleware::client_ip().await;
    crate::users::service::remove(&state, &member, user_id, &ip).await
}

/// Signs a member out on every device.
#[server(endpoint = "end_member_sessions")]
pub async fn end_member_sessions(user_id: i64) -> Result<u64, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let ip = crate::server::middleware::client_ip().await;
    crate::users::service::end_sessions(&state, &member, user_id, &ip).await
}
