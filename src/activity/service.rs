//! The Activity page: the workspace's history in words.

use crate::activity::action::Action;
use crate::activity::model::{ActivityEntry, ActivityPage, PAGE_SIZE};
use crate::activity::repo::{self, ActivityRow};
use crate::auth::guard::Member;
use crate::db::clock::Calendar;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::policy::Role;
use crate::server::AppState;
use crate::t;

fn role_name(stored: &str, locale: Locale) -> String {
    stored
        .parse::<Role>()
        .map_or_else(|_| stored.to_owned(), |role| role.name_in(locale))
}

/// One entry as a sentence after the actor's name, in `locale`.
fn describe(row: &ActivityRow, locale: Locale) -> String {
    let someone = || t!(locale, "activity-someone");
    let subject = row.subject_name.clone().unwrap_or_else(someone);
    let email = row.invitation_email.clone().unwrap_or_else(someone);
    let role = || role_name(&row.detail, locale);
    match row.action {
        Action::WorkspaceCreated => t!(locale, "activity-workspace-created"),
        Action::MemberAdded => t!(
            locale,
            "activity-member-added",
            name = subject,
            role = role()
        ),
        Action::Invited => t!(locale, "activity-invited", email = email, role = role()),
        Action::InvitationResent => t!(locale, "activity-invitation-resent", email = email),
        Action::InvitationCancelled
            if row.detail == crate::invitations::service::SENDER_LOST_ADMIN =>
        {
            t!(
                locale,
                "activity-invitation-cancelled-sender-lost-admin",
                email = email,
                name = subject
            )
        }
        Action::InvitationCancelled => {
            t!(locale, "activity-invitation-cancelled", email = email)
        }
        Action::Joined => t!(locale, "activity-joined", role = role()),
        Action::RoleChanged => match row.detail.split_once(" → ") {
            Some((old, new)) => t!(
                locale,
                "activity-role-changed",
                name = subject,
                old = role_name(old, locale),
                new = role_name(new, locale)
            ),
            None => t!(locale, "activity-role-changed-unknown", name = subject),
        },
        Action::Removed => t!(locale, "activity-removed", name = subject),
        Action::SessionsEnded => t!(locale, "activity-sessions-ended", name = subject),
        Action::WorkspaceSettingsChanged => t!(locale, "activity-settings-changed"),
        Action::TwoFactorEnabled => t!(locale, "activity-two-factor-enabled"),
        Action::TwoFactorDisabled => t!(locale, "activity-two-factor-disabled"),
        Action::RecoveryCodesReplaced => t!(locale, "activity-recovery-codes-replaced"),
        Action::TwoFactorReset => t!(locale, "activity-two-factor-reset", name = subject),
        Action::PasskeyAdded => t!(locale, "activity-passkey-added"),
        Action::PasskeyRemoved => t!(locale, "activity-passkey-removed"),
        Action::ApiTokenCreated => match &row.subject_name {
            Some(owner) => t!(
                locale,
                "activity-api-token-created-for",
                token = row.detail.as_str(),
                name = owner.as_str()
            ),
            None => t!(
                locale,
                "activity-api-token-created",
                token = row.detail.as_str()
            ),
        },
        Action::ApiTokenRevoked => match &row.subject_name {
            Some(owner) => t!(
                locale,
                "activity-api-token-revoked-of",
                token = row.detail.as_str(),
                name = owner.as_str()
            ),
            None => t!(
                locale,
                "activity-api-token-revoked",
                token = row.detail.as_str()
            ),
        },
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
    let locale = calendar.locale;
    rows.map(|row| ActivityEntry {
        id: row.id,
        when: calendar.moment(row.created_at, now),
        who: row
            .actor_name
            .clone()
            .unwrap_or_else(|| t!(locale, "activity-command-line")),
        what: match &row.api_token_name {
            Some(token) => t!(
                locale,
                "activity-via-api-token",
                what = describe(row, locale),
                token = token.as_str()
            ),
            None => describe(row, locale),
        },
    })
    .collect()
}
