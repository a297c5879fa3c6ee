//! Server functions for the members of a workspace. Admins only.

use crate::error::AppError;
use crate::users::model::{MemberDetail, MemberPage};
use leptos::prelude::*;

/// A page of the caller's workspace members matching `query` (words that start a name or
/// email, any case), in name order. `after` or `before` is a member id from the previous
/// answer.
#[server(endpoint = "members")]
pub async fn list_members(
    #[server(default)] query: String,
    after: Option<i64>,
    before: Option<i64>,
) -> Result<MemberPage, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    use crate::users::search::PageStart;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let start = match (after, before) {
        (Some(id), _) => PageStart::After(id),
        (None, Some(id)) => PageStart::Before(id),
        (None, None) => PageStart::First,
    };
    let key = format!("{query}\u{0}{after:?}\u{0}{before:?}");
    crate::server::page_reads::read_once(key, || {
        crate::users::service::page(&state, &member, &query, None, start)
    })
    .await
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
pub async fn change_role(user_id: i64, role: crate::policy::Role) -> Result<(), AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let ip = crate::server::middleware::client_ip().await;
    crate::db::retry_contended(|| {
        crate::users::service::change_role(&state, &member, user_id, role, &ip)
    })
    .await
}

/// Removes a member from the workspace; refused for the last admin.
#[server(endpoint = "remove_member")]
pub async fn remove_member(user_id: i64) -> Result<(), AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let ip = crate::server::middleware::client_ip().await;
    crate::db::retry_contended(|| crate::users::service::remove(&state, &member, user_id, &ip))
        .await
}

/// Signs a member out on every device.
#[server(endpoint = "end_member_sessions")]
pub async fn end_member_sessions(user_id: i64) -> Result<u64, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageUsers).await?;
    let ip = crate::server::middleware::client_ip().await;
    crate::db::retry_contended(|| {
        crate::users::service::end_sessions(&state, &member, user_id, &ip)
    })
    .await
}
