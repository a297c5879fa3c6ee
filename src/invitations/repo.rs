//! SQL for invitations. Every statement that changes an invitation names its workspace and
//! the state it expects, so a stale or foreign id changes nothing.

use crate::db::Tx;
use crate::policy::Role;
use sqlx::AnyPool;
use strum::{Display, EnumString, IntoStaticStr};

/// Where an invitation is in its life, stored by its lowercase name; it reads as the end of
/// "This invitation was already …".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Display, EnumString, IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Cancelled,
    Expired,
}

/// Everything needed to write one invitation.
pub struct NewInvitation<'a> {
    pub workspace_id: i64,
    pub email: &'a str,
    pub role: Role,
    pub token_hash: &'a str,
    pub invited_by: i64,
    pub expires_at: i64,
    /// The language its email is written in.
    pub language: crate::i18n::Locale,
}

/// Fails with a unique violation when the email already has a pending invitation here.
pub async fn insert(
    tx: &mut Tx,
    now: i64,
    invitation: &NewInvitation<'_>,
) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO invitations (workspace_id, email, role, token_hash, status, invited_by, \
         created_at, sent_at, expires_at, language) \
         VALUES ($1, $2, $3, $4, 'pending', $5, $6, $6, $7, $8) RETURNING id",
    )
    .bind(invitation.workspace_id)
    .bind(invitation.email)
    .bind(invitation.role)
    .bind(invitation.token_hash)
    .bind(invitation.invited_by)
    .bind(now)
    .bind(invitation.expires_at)
    .bind(invitation.language.tag())
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Remembers which outbox message carries the invitation's current link.
pub async fn set_outbox(
    tx: &mut Tx,
    invitation_id: i64,
    outbox_id: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE invitations SET outbox_id = $1 WHERE id = $2")
        .bind(outbox_id)
        .bind(invitation_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
pub struct PendingRow {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub sent_at: i64,
    pub expires_at: i64,
    /// The state of the latest message with the link, if one was queued.
    pub delivery: Option<crate::email::outbox::OutboxStatus>,
}

/// The workspace's pending invitations (expired ones included), newest first.
pub async fn pending(pool: &AnyPool, workspace_id: i64) -> Result<Vec<PendingRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.id, i.email, i.role, i.sent_at, i.expires_at, o.status AS delivery \
         FROM invitations i LEFT JOIN outbox o ON o.id = i.outbox_id \
         WHERE i.workspace_id = $1 AND i.status = 'pending' ORDER BY i.sent_at DESC, i.id DESC",
    )
    .bind(workspace_id)
    .fetch_all(pool)
    .await
}

/// Whether message `outbox_id` still carries a working link: the invitation is pending and
/// this is its latest message, not one a resend replaced.
pub async fn still_links_to(
    pool: &AnyPool,
    invitation_id: i64,
    outbox_id: i64,
) -> Result<bool, sqlx::Error> {
    let row: Option<(InvitationStatus, Option<i64>)> =
        sqlx::query_as("SELECT status, outbox_id FROM invitations WHERE id = $1")
            .bind(invitation_id)
            .fetch_optional(pool)
            .await?;
    Ok(matches!(row, Some((InvitationStatus::Pending, current)) if current == Some(outbox_id)))
}

/// The status of an invitation of this workspace, or `None` when there is none such here.
pub async fn status_in_workspace(
    pool: &AnyPool,
    workspace_id: i64,
    invitation_id: i64,
) -> Result<Option<InvitationStatus>, sqlx::Error> {
    let row: Option<(InvitationStatus,)> =
        sqlx::query_as("SELECT status FROM invitations WHERE id = $1 AND workspace_id = $2")
            .bind(invitation_id)
            .bind(workspace_id)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(status,)| status))
}

/// Gives a pending invitation a new link and expiry; the old link dies with its hash.
/// Returns the email and role, or `None` when it is not pending in this workspace.
pub async fn renew(
    tx: &mut Tx,
    now: i64,
    workspace_id: i64,
    invitation_id: i64,
    token_hash: &str,
    expires_at: i64,
    resent_by: i64,
) -> Result<Option<(String, Role, Option<String>)>, sqlx::Error> {
    // The admin who sends it again vouches for it now: the mail names them, and the
    // invitation lives as long as their right to invite.
    sqlx::query_as(
        "UPDATE invitations SET token_hash = $1, sent_at = $2, expires_at = $3, invited_by = $6 \
         WHERE id = $4 AND workspace_id = $5 AND status = 'pending' \
         RETURNING email, role, language",
    )
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .bind(invitation_id)
    .bind(workspace_id)
    .bind(resent_by)
    .fetch_optional(&mut **tx)
    .await
}

/// Cancels a pending invitation of this workspace. Returns its email, or `None` when it was
/// not pending here.
pub async fn cancel(
    tx: &mut Tx,
    now: i64,
    workspace_id: i64,
    invitation_id: i64,
    cancelled_by: i64,
) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> = sqlx::query_as(
        "UPDATE invitations SET status = 'cancelled', cancelled_at = $1, cancelled_by = $2 \
         WHERE id = $3 AND workspace_id = $4 AND status = 'pending' RETURNING email",
    )
    .bind(now)
    .bind(cancelled_by)
    .bind(invitation_id)
    .bind(workspace_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(email,)| email))
}

/// Cancels every pending invitation `inviter_id` sent in this workspace, e.g. when they stop
/// being an admin: an invitation is only as good as its sender's right to invite. Returns
/// the ids cancelled.
pub async fn cancel_sent_by(
    tx: &mut Tx,
    now: i64,
    workspace_id: i64,
    inviter_id: i64,
    cancelled_by: Option<i64>,
) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "UPDATE invitations SET status = 'cancelled', cancelled_at = $1, cancelled_by = $2 \
         WHERE workspace_id = $3 AND invited_by = $4 AND status = 'pending' RETURNING id",
    )
    .bind(now)
    .bind(cancelled_by)
    .bind(workspace_id)
    .bind(inviter_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// How many pending invitations `inviter_id` has sent in this workspace, for the warning
/// before they are removed or demoted. Expired ones count too: "Resend" would revive them.
pub async fn pending_sent_by(
    pool: &sqlx::AnyPool,
    workspace_id: i64,
    inviter_id: i64,
) -> Result<i64, sqlx::Error> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM invitations \
         WHERE workspace_id = $1 AND invited_by = $2 AND status = 'pending'",
    )
    .bind(workspace_id)
    .bind(inviter_id)
    .fetch_one(pool)
    .await?;
    Ok(count)
}

#[derive(sqlx::FromRow)]
pub struct LinkRow {
    pub workspace_name: String,
    pub email: String,
    pub role: Role,
    pub inviter_name: String,
    pub expires_at: i64,
    pub timezone: String,
}

/// A usable link: pending and not expired.
pub async fn usable_link(
    pool: &AnyPool,
    token_hash: &str,
    now: i64,
) -> Result<Option<LinkRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT w.name AS workspace_name, i.email, i.role, u.name AS inviter_name, i.expires_at, \
                w.timezone \
         FROM invitations i JOIN workspaces w ON w.id = i.workspace_id \
         JOIN users u ON u.id = i.invited_by \
         WHERE i.token_hash = $1 AND i.status = 'pending' AND i.expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await
}

#[derive(sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub workspace_id: i64,
    pub email: String,
    pub role: Role,
    pub invited_by: i64,
}

/// Marks a usable link accepted. One conditional UPDATE: of two accepts racing with one
/// link, or an accept racing a cancel, exactly one wins.
pub async fn claim(
    tx: &mut Tx,
    token_hash: &str,
    now: i64,
) -> Result<Option<Claimed>, sqlx::Error> {
    sqlx::query_as(
        "UPDATE invitations SET status = 'accepted', accepted_at = $2 \
         WHERE token_hash = $1 AND status = 'pending' AND expires_at > $2 \
         RETURNING id, workspace_id, email, role, invited_by",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await
}

pub async fn set_accepted_user(
    tx: &mut Tx,
    invitation_id: i64,
    user_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE invitations SET accepted_user_id = $1 WHERE id = $2")
        .bind(user_id)
        .bind(invitation_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether an account with this email is an active member of the workspace.
pub async fn is_member(
    pool: &AnyPool,
    workspace_id: i64,
    email: &str,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 AND u.email = $2 AND m.removed_at IS NULL",
    )
    .bind(workspace_id)
    .bind(email)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// Whether the email already has a pending invitation to the workspace.
pub async fn has_pending(
    pool: &AnyPool,
    workspace_id: i64,
    email: &str,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM invitations WHERE workspace_id = $1 AND email = $2 AND status = 'pending'",
    )
    .bind(workspace_id)
    .bind(email)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// An admin who wants an email when someone joins, with what decides its language.
#[derive(sqlx::FromRow)]
pub struct AdminToNotify {
    pub id: i64,
    pub email: String,
    pub language: Option<String>,
    pub workspace_language: String,
}

/// The admins who want an email when someone joins, except the newcomer.
pub async fn admins_to_notify(
    tx: &mut Tx,
    workspace_id: i64,
    except_user_id: i64,
) -> Result<Vec<AdminToNotify>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.email, u.language, w.language AS workspace_language \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         JOIN workspaces w ON w.id = m.workspace_id \
         WHERE m.workspace_id = $1 AND m.role = 'admin' AND m.removed_at IS NULL \
           AND m.notify_on_join = 1 AND u.id <> $2 AND u.deactivated_at IS NULL ORDER BY u.id",
    )
    .bind(workspace_id)
    .bind(except_user_id)
    .fetch_all(&mut **tx)
    .await
}

/// Turns the "someone joined" emails on or off for one admin in one workspace.
pub async fn set_join_notifications(
    pool: &AnyPool,
    workspace_id: i64,
    user_id: i64,
    enabled: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE memberships SET notify_on_join = $1 \
         WHERE workspace_id = $2 AND user_id = $3 AND removed_at IS NULL",
    )
    .bind(i64::from(enabled))
    .bind(workspace_id)
    .bind(user_id)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn join_notifications(
    pool: &AnyPool,
    workspace_id: i64,
    user_id: i64,
) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT notify_on_join FROM memberships \
         WHERE workspace_id = $1 AND user_id = $2 AND removed_at IS NULL",
    )
    .bind(workspace_id)
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some_and(|(on,)| on != 0))
}

/// How many of the workspace's invitations can still be accepted, and how many of those
/// expire before `soon`.
pub async fn pending_counts(
    pool: &AnyPool,
    workspace_id: i64,
    now: i64,
    soon: i64,
) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN expires_at <= $3 THEN 1 ELSE 0 END), 0) \
         FROM invitations WHERE workspace_id = $1 AND status = 'pending' AND expires_at > $2",
    )
    .bind(workspace_id)
    .bind(now)
    .bind(soon)
    .fetch_one(pool)
    .await
}
