//! The Activity page: the workspace's history in words.

use crate::activity::action::Action;
use crate::activity::model::{ActivityEntry, ActivityPage, PAGE_SIZE};
use crate::activity::repo::{self, ActivityRow};
use crate::auth::guard::Member;
use crate::db::clock::Calendar;
use crate::error::AppError;
use crate::policy::Role;
use crate::server::AppState;

fn role_label(stored: &str) -> String {
    stored
        .parse::<Role>()
        .map_or_else(|_| stored.to_owned(), |role| role.label().to_owned())
}

/// One entry as a sentence after the actor's name.
fn describe(row: &ActivityRow) -> String {
    let subject = row.subject_name.as_deref().unwrap_or("someone");
    let email = row.invitation_email.as_deref().unwrap_or("someone");
    match row.action {
        Action::WorkspaceCreated => "created the workspace".into(),
        Action::MemberAdded => format!("added {subject} as {}", role_label(&row.detail)),
        Action::Invited => format!("invited {email} as {}", role_label(&row.detail)),
        Action::InvitationResent => format!("sent the invitation to {email} again"),
        Action::InvitationCancelled
            if row.detail == crate::invitations::service::SENDER_LOST_ADMIN =>
        {
            format!(
                "cancelled the invitation to {email}, since {subject}, who sent it, is no longer an admin"
            )
        }
        Action::InvitationCancelled => format!("cancelled the invitation to {email}"),
        Action::Joined => format!("joined as {}", role_label(&row.detail)),
        Action::RoleChanged => match row.detail.split_once(" → ") {
            Some((old, new)) => format!(
                "changed {subject}'s role from {} to {}",
                role_label(old),
                role_label(new)
            ),
            None => format!("changed {subject}'s role"),
        },
        Action::Removed => format!("removed {subject}"),
        Action::SessionsEnded => format!("logged {subject} out everywhere"),
        Action::WorkspaceSettingsChanged => "changed the workspace settings".into(),
        Action::TwoFactorEnabled => "turned on two-factor authentication".into(),
        Action::TwoFactorDisabled => "turned off two-factor authentication".into(),
        Action::RecoveryCodesReplaced => "made new recovery codes".into(),
        Action::TwoFactorReset => format!("reset {subject}'s two-factor authentication"),
        Action::PasskeyAdded => "added a passkey".into(),
        Action::PasskeyRemoved => "removed a passkey".into(),
        // Not listed on the page (see Action::is_listed); named plainly should that change.
        Action::SignedIn
        | Action::SessionEnded
        | Action::OtherSessionsEnded
        | Action::PasswordChanged
        | Action::PasswordReset => row.action.as_str().replace('_', " "),
    }
}

pub async fn page(
    state: &AppState,
    member: &Member,
    older_than: Option<i64>,
    person: Option<i64>,
) -> Result<ActivityPage, AppError> {
    // Someone who has left keeps their history and their name in it; anyone who never
    // belonged here is not found, before any of the history is read.
    let person_name = match person {
        Some(user_id) => Some(
            crate::users::repo::name_of_member_or_former_member(
                state.db.pool(),
                member.workspace_id,
                user_id,
            )
            .await?
            .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let rows = repo::page(
        state.db.pool(),
        member.workspace_id,
        older_than,
        person,
        PAGE_SIZE + 1,
    )
    .await?;
    let more = rows.len() as i64 > PAGE_SIZE;
    let entries = entries(
        rows.iter().take(PAGE_SIZE as usize),
        state.clock.now(),
        member.session.calendar(),
    );
    Ok(ActivityPage {
        older_than: more.then(|| entries.last().map(|e| e.id)).flatten(),
        entries,
        person: person_name,
    })
}

/// The `count` newest entries of the caller's workspace, for its Home page.
pub async fn latest(
    state: &AppState,
    member: &Member,
    count: i64,
) -> Result<Vec<ActivityEntry>, AppError> {
    let rows = repo::page(state.db.pool(), member.workspace_id, None, None, count).await?;
    Ok(entries(
        rows.iter(),
        state.clock.now(),
        member.session.calendar(),
    ))
}

fn entries<'a>(
    rows: impl Iterator<Item = &'a ActivityRow>,
    now: i64,
    calendar: Calendar<'_>,
) -> Vec<ActivityEntry> {
    rows.map(|row| ActivityEntry {
        id: row.id,
        when: calendar.moment(row.created_at, now),
        who: row
            .actor_name
            .clone()
            .unwrap_or_else(|| "The server's command line".into()),
        what: describe(row),
    })
    .collect()
}
