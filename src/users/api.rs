//! Server functions for the members of a workspace. Admins only.

use crate::error::AppError;
use crate::users::model::MemberSummary;
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
