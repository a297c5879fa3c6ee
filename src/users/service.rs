//! Changing members: their role, their membership, their sessions. Every change runs under
//! the workspace's lock, so "at least one admin" holds even when two admins act at once.

use crate::activity::action::Action;
use crate::activity::repo::{Entry, record};
use crate::auth::guard::{Member, recheck_under_lock};
use crate::db::Tx;
use crate::error::AppError;
use crate::invitations::service::cancel_sent_by;
use crate::policy::{Permission, Role};
use crate::server::AppState;
use crate::users::model::{MEMBERS_PER_PAGE, MemberDetail, MemberPage, MemberSummary};
use crate::users::repo;
use crate::users::search::{self, PageStart, words};

/// Why the last admin cannot lose the role, in the reader's language.
pub fn last_admin_message() -> String {
    crate::t!(crate::i18n::use_locale(), "users-last-admin")
}

fn last_admin() -> AppError {
    AppError::Conflict {
        field: None,
        message: last_admin_message(),
    }
}

/// A page of the caller's workspace members whose name or email words start with every word
/// of `query`, and who have `role` when one is given; an empty query lists everyone.
pub async fn page(
    state: &AppState,
    member: &Member,
    query: &str,
    role: Option<Role>,
    start: PageStart,
) -> Result<MemberPage, AppError> {
    let words = words::query_words(query);
    let limit = MEMBERS_PER_PAGE as i64 + 1;
    let (mut rows, total) = match role {
        None => search::list_members(&state.db, member.workspace_id, &words, start, limit).await?,
        Some(role) => {
            search::list_members_in_role(&state.db, member.workspace_id, &words, role, start, limit)
                .await?
        }
    };
    let has_more = rows.len() > MEMBERS_PER_PAGE;
    if has_more {
        // Rows come in reading order; the extra one sits past the far end of the walk.
        match start {
            PageStart::Before(_) => {
                rows.remove(0);
            }
            PageStart::First | PageStart::After(_) => rows.truncate(MEMBERS_PER_PAGE),
        }
    }
    let first = rows.first().map(|row| row.user_id);
    let last = rows.last().map(|row| row.user_id);
    let (before, after) = match start {
        PageStart::First => (None, last.filter(|_| has_more)),
        PageStart::After(_) => (first, last.filter(|_| has_more)),
        PageStart::Before(_) => (first.filter(|_| has_more), last),
    };
    let calendar = member.session.calendar();
    let now = state.clock.now();
    let you = member.user_id();
    // Only the admin looking can be the last one (they are an admin), so the count is read
    // only for a page that shows them.
    let you_are_last_admin = match rows.iter().any(|row| row.user_id == you) {
        true => repo::admin_count(state.db.pool(), member.workspace_id).await? <= 1,
        false => false,
    };
    let members = rows
        .into_iter()
        .map(|row| MemberSummary {
            is_you: row.user_id == you,
            removable: !(row.user_id == you && you_are_last_admin),
            pending_invitations: row.pending_invitations,
            two_factor: row.second_factors > 0,
            user_id: row.user_id,
            name: row.name,
            email: row.email,
            role: row.role,
            joined: calendar.moment(row.joined_at, now),
            last_active: row.last_active_at.map(|at| calendar.moment(at, now)),
        })
        .collect();
    Ok(MemberPage {
        members,
        total,
        before,
        after,
    })
}

/// One member of the caller's workspace; anyone else, here or elsewhere, is 404.
pub async fn detail(
    state: &AppState,
    member: &Member,
    user_id: i64,
) -> Result<MemberDetail, AppError> {
    let row = repo::member_detail(state.db.pool(), member.workspace_id, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let calendar = member.session.calendar();
    let now = state.clock.now();
    let role = row.role;
    let pending_invitations = if role == Role::Admin {
        crate::invitations::repo::pending_sent_by(state.db.pool(), member.workspace_id, row.user_id)
            .await?
    } else {
        0
    };
    let is_you = row.user_id == member.user_id();
    let removable =
        role != Role::Admin || repo::admin_count(state.db.pool(), member.workspace_id).await? > 1;
    Ok(MemberDetail {
        user_id: row.user_id,
        name: row.name,
        email: row.email,
        role,
        joined: calendar.moment(row.joined_at, now),
        last_active: row.last_active.map(|at| calendar.moment(at, now)),
        is_you,
        removable,
        pending_invitations,
        two_factor: row.second_factors > 0,
    })
}

/// Locks the workspace, checks again under the lock that the actor may still manage users
/// (another admin may have demoted them a moment ago), and reads the target's role there;
/// 404 when they are not a member.
async fn locked_target_role(
    state: &AppState,
    tx: &mut Tx,
    member: &Member,
    user_id: i64,
) -> Result<Role, AppError> {
    recheck_under_lock(state, tx, member, Permission::ManageUsers).await?;
    repo::active_role(tx, member.workspace_id, user_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Cancels the pending invitations `user_id` sent, as `member` takes away their right to
/// invite (inside that change's transaction).
async fn cancel_invitations_sent_by(
    tx: &mut Tx,
    now: i64,
    member: &Member,
    user_id: i64,
    ip: &str,
) -> Result<usize, AppError> {
    cancel_sent_by(
        tx,
        now,
        member.workspace_id,
        user_id,
        Some(member.user_id()),
        ip,
    )
    .await
}

/// Gives a member another role. Takes effect on their next request on every device, since
/// roles are read from the database on each one.
pub async fn change_role(
    state: &AppState,
    member: &Member,
    user_id: i64,
    role: Role,
    ip: &str,
) -> Result<(), AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    let old = locked_target_role(state, &mut tx, member, user_id).await?;
    if old == role {
        return Ok(());
    }
    if old == Role::Admin && repo::admin_count(&mut *tx, member.workspace_id).await? <= 1 {
        return Err(last_admin());
    }
    repo::set_role(&mut tx, member.workspace_id, user_id, role).await?;
    if old == Role::Admin {
        cancel_invitations_sent_by(&mut tx, now, member, user_id, ip).await?;
    }
    let detail = format!("{} → {}", old.as_str(), role.as_str());
    record(
        &mut tx,
        now,
        &Entry {
            subject_user_id: Some(user_id),
            detail: &detail,
            ..Entry::by(member, Action::RoleChanged, ip)
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(
        user_id,
        from = old.as_str(),
        to = role.as_str(),
        "role changed"
    );
    Ok(())
}

/// Ends a membership: their sessions in this workspace end at once, and any other request
/// they make here is refused; the account and its history stay.
pub async fn remove(
    state: &AppState,
    member: &Member,
    user_id: i64,
    ip: &str,
) -> Result<(), AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    let role = locked_target_role(state, &mut tx, member, user_id).await?;
    if role == Role::Admin && repo::admin_count(&mut *tx, member.workspace_id).await? <= 1 {
        return Err(last_admin());
    }
    repo::remove_membership(&mut tx, now, member.workspace_id, user_id, member.user_id()).await?;
    crate::auth::repo::delete_sessions_in_workspace(&mut tx, user_id, member.workspace_id).await?;
    crate::auth::api_tokens::repo::delete_in_workspace(&mut tx, member.workspace_id, user_id)
        .await?;
    cancel_invitations_sent_by(&mut tx, now, member, user_id, ip).await?;
    record(
        &mut tx,
        now,
        &Entry {
            subject_user_id: Some(user_id),
            detail: role.as_str(),
            ..Entry::by(member, Action::Removed, ip)
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(user_id, "member removed");
    Ok(())
}

/// Signs a member out of this workspace on every device: the sessions working in another
/// workspace are that workspace's business. Returns how many sessions ended.
pub async fn end_sessions(
    state: &AppState,
    member: &Member,
    user_id: i64,
    ip: &str,
) -> Result<u64, AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    locked_target_role(state, &mut tx, member, user_id).await?;
    let ended =
        crate::auth::repo::delete_sessions_in_workspace(&mut tx, user_id, member.workspace_id)
            .await?;
    // Their sessions working in other workspaces stay there, and may not switch back in.
    repo::mark_sessions_ended(&mut tx, member.workspace_id, user_id, now).await?;
    record(
        &mut tx,
        now,
        &Entry {
            subject_user_id: Some(user_id),
            ..Entry::by(member, Action::SessionsEnded, ip)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(ended)
}
