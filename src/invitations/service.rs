//! Inviting people, and people accepting. Every change is one transaction, and the mail it
//! causes is queued in that same transaction.

use crate::activity::action::Action;
use crate::activity::repo::{Entry, record};
use crate::auth::guard::{Member, recheck_under_lock};
use crate::auth::password::check_new_password;
use crate::auth::rules::{NameOf, clean_name};
use crate::auth::session::{self, CurrentSession};
use crate::auth::token::{hash_token, random_token};
use crate::auth::two_factor;
use crate::db::clock::Calendar;
use crate::db::is_unique_violation;
use crate::email::outbox;
use crate::email::outbox::OutboxStatus;
use crate::error::{AppError, Problems};
use crate::i18n::{Locale, use_locale};
use crate::invitations::mail::{self, InvitationMail, JoinedMail};
use crate::invitations::model::{
    Delivery, InvitationDetails, InvitationLink, InviteResult, MAX_ADDRESSES, PendingInvitation,
};
use crate::invitations::repo::{self, InvitationStatus};
use crate::policy::Permission;
use crate::policy::Role;
use crate::server::AppState;
use crate::server::rate_limit::{self, Limit};
use crate::t;
use crate::users::email::Email;
use crate::users::repo as users;

/// Invitations one admin may send in an hour.
const INVITES_PER_ADMIN: Limit = Limit {
    max_hits: 200,
    window_secs: 60 * 60,
};
/// Invitations one workspace may send in an hour, whoever sends them.
const INVITES_PER_WORKSPACE: Limit = Limit {
    max_hits: 500,
    window_secs: 60 * 60,
};

fn invalid_link() -> AppError {
    AppError::Conflict {
        field: None,
        message: t!(use_locale(), "invitations-link-invalid"),
    }
}

/// The Invitations tab: pending and expired invitations with their delivery state.
pub async fn list_pending(
    state: &AppState,
    member: &Member,
) -> Result<Vec<PendingInvitation>, AppError> {
    let now = state.clock.now();
    let calendar = member.session.calendar();
    let rows = repo::pending(state.db.pool(), member.workspace_id).await?;
    Ok(rows
        .into_iter()
        .map(|row| PendingInvitation {
            id: row.id,
            email: row.email,
            role: row.role,
            expired: row.expires_at <= now,
            delivery: match row.delivery {
                Some(OutboxStatus::Sent) => Delivery::Sent,
                Some(OutboxStatus::Failed) => Delivery::Failed,
                Some(OutboxStatus::Pending | OutboxStatus::Sending | OutboxStatus::Skipped)
                | None => Delivery::Queued,
            },
            sent: calendar.exact(row.sent_at),
            expires: calendar.exact(row.expires_at),
            sent_at: row.sent_at,
            expires_at: row.expires_at,
        })
        .collect())
}

/// The addresses typed into the Email field: commas, semicolons or new lines between them,
/// each compared without regard to case.
fn split_addresses(raw: &str) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    raw.split([',', ';', '\n', '\r'])
        .map(str::trim)
        .filter(|address| !address.is_empty())
        .filter(|address| seen.insert(address.to_lowercase()))
        .collect()
}

/// Invites every address in `raw_emails` with `role`, by an email in `language` (a tag;
/// none or empty means the workspace's). One address answers with its problem as an error
/// beside the field; several answer with a result per address.
pub async fn invite(
    state: &AppState,
    member: &Member,
    raw_emails: &str,
    role: Role,
    language: Option<&str>,
    ip: &str,
) -> Result<Vec<InviteResult>, AppError> {
    let mut problems = Problems::default();
    let language = match language.map(str::trim).filter(|tag| !tag.is_empty()) {
        None => member.session.workspace_locale(),
        Some(tag) => Locale::from_tag(tag).unwrap_or_else(|| {
            problems.push("language", t!(use_locale(), "language-unknown"));
            Locale::default()
        }),
    };
    let addresses = split_addresses(raw_emails);
    if addresses.is_empty() {
        problems.push("emails", t!(use_locale(), "rules-enter-an-email"));
    } else if addresses.len() > MAX_ADDRESSES {
        problems.push(
            "emails",
            t!(
                use_locale(),
                "invitations-too-many-addresses",
                count = MAX_ADDRESSES
            ),
        );
    }
    problems.into_result()?;

    let now = state.clock.now();
    let count = addresses.len() as i64;
    let admin_bucket = format!("invite:user:{}", member.user_id());
    let workspace_bucket = format!("invite:workspace:{}", member.workspace_id);
    rate_limit::hit_by(&state.db, &admin_bucket, INVITES_PER_ADMIN, now, count).await?;
    rate_limit::hit_by(
        &state.db,
        &workspace_bucket,
        INVITES_PER_WORKSPACE,
        now,
        count,
    )
    .await?;

    let single = addresses.len() == 1;
    let mut results = Vec::with_capacity(addresses.len());
    for address in addresses {
        // The budget was charged once above; each address's transaction may run again.
        let outcome =
            crate::db::retry_contended(|| invite_one(state, member, address, role, language, ip))
                .await;
        match outcome {
            Ok(()) => results.push(InviteResult {
                email: address.to_lowercase(),
                problem: None,
            }),
            Err(error) if single => return Err(error),
            Err(AppError::Internal) => return Err(AppError::Internal),
            Err(error) => results.push(InviteResult {
                email: address.to_owned(),
                problem: Some(
                    error
                        .message_for("emails")
                        .unwrap_or_else(|| error.message()),
                ),
            }),
        }
    }
    state.mail_wake.notify_one();
    Ok(results)
}

async fn invite_one(
    state: &AppState,
    member: &Member,
    address: &str,
    role: Role,
    language: Locale,
    ip: &str,
) -> Result<(), AppError> {
    let email = Email::parse(address).map_err(|message| AppError::field("emails", message))?;
    let conflict = |message: String| AppError::Conflict {
        field: Some("emails".into()),
        message,
    };
    let already_member = || {
        conflict(t!(
            use_locale(),
            "invitations-already-member",
            email = email.as_str()
        ))
    };
    let already_invited = || {
        conflict(t!(
            use_locale(),
            "invitations-already-invited",
            email = email.as_str()
        ))
    };
    let pool = state.db.pool();
    if repo::is_member(pool, member.workspace_id, email.as_str()).await? {
        return Err(already_member());
    }
    if repo::has_pending(pool, member.workspace_id, email.as_str()).await? {
        return Err(already_invited());
    }

    let now = state.clock.now();
    let token = random_token();
    let token_hash = hash_token(&token);
    let expires_at = now + state.config.invite_ttl.as_secs() as i64;
    let mut tx = state.db.begin_write().await?;
    recheck_under_lock(state, &mut tx, member, Permission::ManageInvitations).await?;
    let new = repo::NewInvitation {
        workspace_id: member.workspace_id,
        email: email.as_str(),
        role,
        token_hash: &token_hash,
        invited_by: member.user_id(),
        expires_at,
        language,
    };
    // The partial unique index settles two admins inviting the same person at once.
    let invitation_id = repo::insert(&mut tx, now, &new).await.map_err(|error| {
        if is_unique_violation(
            &error,
            "invitations_one_pending_per_email",
            "invitations.workspace_id, invitations.email",
        ) {
            already_invited()
        } else {
            error.into()
        }
    })?;
    queue_invitation_mail(
        state,
        &mut tx,
        member,
        &Invitee {
            invitation_id,
            email: email.as_str(),
            role,
            language,
        },
        &token,
        &token_hash,
        expires_at,
    )
    .await?;
    record(
        &mut tx,
        now,
        &Entry {
            invitation_id: Some(invitation_id),
            detail: role.as_str(),
            ..Entry::by(member, Action::Invited, ip)
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(invitation_id, "invitation queued");
    Ok(())
}

/// Whom an invitation's email goes to, and in which language.
struct Invitee<'a> {
    invitation_id: i64,
    email: &'a str,
    role: Role,
    language: Locale,
}

async fn queue_invitation_mail(
    state: &AppState,
    tx: &mut crate::db::Tx,
    member: &Member,
    invitee: &Invitee<'_>,
    token: &str,
    token_hash: &str,
    expires_at: i64,
) -> Result<(), AppError> {
    let Invitee {
        invitation_id,
        email,
        role,
        language,
    } = *invitee;
    let link = state.config.link(&format!("/invite/{token}"));
    let expires = Calendar {
        locale: language,
        timezone: &member.session.workspace_timezone,
    }
    .exact(expires_at);
    let workspace = member.session.workspace_name.clone().unwrap_or_default();
    let message = mail::invitation(&InvitationMail {
        invitation_id,
        link_key: token_hash,
        locale: language,
        workspace: &workspace,
        email,
        role,
        inviter: &member.session.name,
        link: &link,
        expires: &expires,
    });
    let outbox_id = outbox::enqueue(tx, state.clock.now(), &state.mail_domain(), &message).await?;
    repo::set_outbox(tx, invitation_id, outbox_id).await?;
    Ok(())
}

/// Why an invitation of this workspace could not be changed: 404 when there is no such
/// invitation here, 409 when it is no longer pending.
async fn not_pending(state: &AppState, member: &Member, invitation_id: i64) -> AppError {
    match repo::status_in_workspace(state.db.pool(), member.workspace_id, invitation_id).await {
        Ok(None) => AppError::NotFound,
        Ok(Some(status)) => AppError::Conflict {
            field: None,
            message: match status {
                InvitationStatus::Pending => t!(use_locale(), "invitations-already-pending"),
                InvitationStatus::Accepted => t!(use_locale(), "invitations-already-accepted"),
                InvitationStatus::Cancelled => t!(use_locale(), "invitations-already-cancelled"),
                InvitationStatus::Expired => t!(use_locale(), "invitations-already-expired"),
            },
        },
        Err(error) => error.into(),
    }
}

/// Sends a pending (or expired) invitation again with a new link and expiry; the old link
/// stops working.
pub async fn resend(
    state: &AppState,
    member: &Member,
    invitation_id: i64,
    ip: &str,
) -> Result<(), AppError> {
    let now = state.clock.now();
    rate_limit::hit(
        &state.db,
        &format!("invite:user:{}", member.user_id()),
        INVITES_PER_ADMIN,
        now,
    )
    .await?;
    let token = random_token();
    let token_hash = hash_token(&token);
    let expires_at = now + state.config.invite_ttl.as_secs() as i64;
    let mut tx = state.db.begin_write().await?;
    recheck_under_lock(state, &mut tx, member, Permission::ManageInvitations).await?;
    let Some((email, role, language)) = repo::renew(
        &mut tx,
        now,
        member.workspace_id,
        invitation_id,
        &token_hash,
        expires_at,
        member.user_id(),
    )
    .await?
    else {
        drop(tx);
        return Err(not_pending(state, member, invitation_id).await);
    };
    // Invitations made before they had a language follow the workspace's.
    let language = language
        .as_deref()
        .and_then(Locale::from_tag)
        .unwrap_or_else(|| member.session.workspace_locale());
    queue_invitation_mail(
        state,
        &mut tx,
        member,
        &Invitee {
            invitation_id,
            email: &email,
            role,
            language,
        },
        &token,
        &token_hash,
        expires_at,
    )
    .await?;
    record(
        &mut tx,
        now,
        &Entry {
            invitation_id: Some(invitation_id),
            ..Entry::by(member, Action::InvitationResent, ip)
        },
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    Ok(())
}

/// Cancels a pending invitation; its link dies at once.
pub async fn cancel(
    state: &AppState,
    member: &Member,
    invitation_id: i64,
    ip: &str,
) -> Result<(), AppError> {
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    recheck_under_lock(state, &mut tx, member, Permission::ManageInvitations).await?;
    if repo::cancel(
        &mut tx,
        now,
        member.workspace_id,
        invitation_id,
        member.user_id(),
    )
    .await?
    .is_none()
    {
        drop(tx);
        return Err(not_pending(state, member, invitation_id).await);
    }
    record(
        &mut tx,
        now,
        &Entry {
            invitation_id: Some(invitation_id),
            ..Entry::by(member, Action::InvitationCancelled, ip)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// What [`cancel_sent_by`] writes in Activity's detail, so the page can say why.
pub const SENDER_LOST_ADMIN: &str = "sender is no longer an admin";

/// Cancels the pending invitations `inviter_id` sent, inside the transaction that takes away
/// their right to invite (removal or demotion), with an Activity entry for each. `actor` is
/// the admin acting, `None` for the server's command line. Returns how many were cancelled.
pub async fn cancel_sent_by(
    tx: &mut crate::db::Tx,
    now: i64,
    workspace_id: i64,
    inviter_id: i64,
    actor: Option<i64>,
    ip: &str,
) -> Result<usize, AppError> {
    let cancelled = repo::cancel_sent_by(tx, now, workspace_id, inviter_id, actor).await?;
    for invitation_id in &cancelled {
        record(
            tx,
            now,
            &Entry {
                workspace_id: Some(workspace_id),
                actor_user_id: actor,
                subject_user_id: Some(inviter_id),
                invitation_id: Some(*invitation_id),
                detail: SENDER_LOST_ADMIN,
                ip,
                ..Entry::of(Action::InvitationCancelled)
            },
        )
        .await?;
    }
    if !cancelled.is_empty() {
        tracing::info!(
            inviter_id,
            count = cancelled.len(),
            "invitations of a former admin cancelled"
        );
    }
    Ok(cancelled.len())
}

/// What the accept page shows for `token`.
pub async fn describe_link(
    state: &AppState,
    token: &str,
    ip: &str,
) -> Result<InvitationLink, AppError> {
    let now = state.clock.now();
    rate_limit::token_lookup(&state.db, ip, now).await?;
    let Some(row) = repo::usable_link(state.db.pool(), &hash_token(token), now).await? else {
        return Ok(InvitationLink::Invalid);
    };
    let email = Email::parse(&row.email)
        .map_err(|problem| AppError::internal("reading an invitation's address", problem))?;
    let has_account = users::find_user_id_by_email(state.db.pool(), &email)
        .await?
        .is_some();
    let signed_in = session::current(state).await?;
    let signed_in_as_invitee = signed_in.as_ref().is_some_and(|s| s.email == row.email);
    Ok(InvitationLink::Valid(InvitationDetails {
        workspace_name: row.workspace_name,
        role: row.role,
        invited_by: row.inviter_name,
        expires: Calendar {
            locale: crate::i18n::use_locale(),
            timezone: &row.timezone,
        }
        .exact(row.expires_at),
        has_account,
        signed_in_as_other: signed_in.filter(|s| s.email != row.email).map(|s| s.email),
        signed_in_as_invitee,
        email: row.email,
    }))
}

/// What the accept form sends. A new person fills in all three; someone with an account
/// gives only their password; someone already signed in as the invitee gives nothing.
pub struct Acceptance {
    pub name: String,
    pub password: String,
    pub confirm_password: String,
    /// A code from the app (or a recovery code) of an existing account with two-factor on.
    pub code: String,
}

/// Joins the invitee to the workspace with the invited role and signs this device in.
/// Returns the new session token.
pub async fn accept(
    state: &AppState,
    token: &str,
    form: Acceptance,
    ip: &str,
    user_agent: &str,
) -> Result<String, AppError> {
    let token_hash = hash_token(token);
    let now = state.clock.now();
    rate_limit::token_lookup(&state.db, ip, now).await?;
    let Some(link) = repo::usable_link(state.db.pool(), &token_hash, now).await? else {
        return Err(invalid_link());
    };
    let email = Email::parse(&link.email)
        .map_err(|problem| AppError::internal("reading an invitation's address", problem))?;
    let signed_in: Option<CurrentSession> = session::current(state).await?;
    if let Some(other) = signed_in.as_ref().filter(|s| s.email != link.email) {
        return Err(AppError::Conflict {
            field: None,
            message: t!(
                use_locale(),
                "invitations-signed-in-as-other",
                current = other.email.as_str(),
                invitee = link.email.as_str()
            ),
        });
    }

    // Work out who joins before taking the write lock: hashing is slow.
    let existing = crate::auth::repo::credentials_by_email(state.db.pool(), email.as_str()).await?;
    let mut second_factor_of = None;
    let new_account = match (&existing, &signed_in) {
        (Some(_), Some(_)) => None,
        (Some((user_id, stored_hash)), None) => {
            let (ip_bucket, account_bucket) = crate::auth::service::sign_in_buckets(&email, ip);
            rate_limit::hit(
                &state.db,
                &account_bucket,
                crate::auth::service::LOGIN_PER_ACCOUNT,
                now,
            )
            .await?;
            if form.password.is_empty()
                || !state
                    .hasher
                    .verify(ip, form.password, stored_hash.clone())
                    .await?
            {
                return Err(AppError::field(
                    "password",
                    t!(
                        use_locale(),
                        "invitations-not-the-password",
                        email = email.as_str()
                    ),
                ));
            }
            // Joining signs this device in, so it takes the account's second factor too,
            // and wrong codes stay counted as they do at sign-in.
            if !two_factor::repo::has_second_factor(state.db.pool(), *user_id).await? {
                rate_limit::clear(&state.db, &account_bucket).await?;
            } else {
                rate_limit::forgive(&state.db, &account_bucket).await?;
                if form.code.trim().is_empty() {
                    return Err(AppError::field(
                        "code",
                        t!(use_locale(), "invitations-enter-code"),
                    ));
                }
                rate_limit::hit(
                    &state.db,
                    &ip_bucket,
                    crate::auth::service::LOGIN_PER_IP,
                    now,
                )
                .await?;
                rate_limit::hit(
                    &state.db,
                    &account_bucket,
                    crate::auth::service::LOGIN_PER_ACCOUNT,
                    now,
                )
                .await?;
                second_factor_of = Some((*user_id, account_bucket));
            }
            None
        }
        (None, _) => {
            let mut problems = Problems::default();
            let name = problems.check("name", clean_name(&form.name, NameOf::You));
            problems.check("password", check_new_password(&form.password));
            if form.password != form.confirm_password {
                problems.push(
                    "confirm_password",
                    t!(use_locale(), "rules-passwords-differ"),
                );
            }
            problems.into_result()?;
            let hash = state.hasher.hash(ip, form.password).await?;
            Some((name.unwrap_or_default(), hash))
        }
    };

    let mut tx = state.db.begin_write().await?;
    if let Some((user_id, _)) = &second_factor_of
        && !two_factor::service::use_second_factor(&mut tx, now, *user_id, &form.code).await?
    {
        tx.rollback().await?;
        return Err(AppError::field(
            "code",
            t!(use_locale(), "invitations-wrong-code"),
        ));
    }
    let Some(claimed) = repo::claim(&mut tx, &token_hash, now).await? else {
        return Err(invalid_link());
    };
    let role = claimed.role;
    let (user_id, name) = match (&new_account, &existing) {
        (Some((name, hash)), _) => {
            let id = users::insert_user(&mut tx, now, &email, name, hash)
                .await
                .map_err(|error| {
                    if is_unique_violation(&error, "users_email_key", "users.email") {
                        AppError::Conflict {
                            field: None,
                            message: t!(use_locale(), "invitations-account-just-created"),
                        }
                    } else {
                        error.into()
                    }
                })?;
            (id, name.clone())
        }
        (None, Some((id, _))) => {
            let name = signed_in
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            (*id, name)
        }
        (None, None) => {
            return Err(AppError::internal(
                "joining a workspace",
                "neither a new account nor a signed-in invitee",
            ));
        }
    };
    users::insert_membership(
        &mut tx,
        now,
        claimed.workspace_id,
        user_id,
        role,
        Some(claimed.invited_by),
    )
    .await
    .map_err(|error| {
        if is_unique_violation(
            &error,
            "memberships_active_member",
            "memberships.workspace_id, memberships.user_id",
        ) {
            AppError::Conflict {
                field: None,
                message: format!(
                    "{} is already a member of {}",
                    email.as_str(),
                    link.workspace_name
                ),
            }
        } else {
            error.into()
        }
    })?;
    repo::set_accepted_user(&mut tx, claimed.id, user_id).await?;
    record(
        &mut tx,
        now,
        &Entry {
            workspace_id: Some(claimed.workspace_id),
            actor_user_id: Some(user_id),
            action: Action::Joined,
            subject_user_id: Some(user_id),
            invitation_id: Some(claimed.id),
            detail: role.as_str(),
            ip,
            api_token_name: None,
        },
    )
    .await?;
    let display_name = if name.is_empty() {
        users::name_of(&mut tx, user_id).await?
    } else {
        name
    };
    let settings_link = state.config.link("/account/notifications");
    for admin in repo::admins_to_notify(&mut tx, claimed.workspace_id, user_id).await? {
        let message = mail::joined(&JoinedMail {
            invitation_id: claimed.id,
            admin_id: admin.id,
            admin_email: &admin.email,
            locale: Locale::for_mail(admin.language.as_deref(), Some(&admin.workspace_language)),
            workspace: &link.workspace_name,
            name: &display_name,
            email: email.as_str(),
            role,
            settings_link: &settings_link,
        });
        outbox::enqueue(&mut tx, now, &state.mail_domain(), &message).await?;
    }
    if let Some(session_id) = signed_in.as_ref().and_then(|current| current.session_id) {
        crate::auth::repo::delete_session(&mut *tx, session_id).await?;
    }
    let session_token = session::create(
        &mut tx,
        now,
        user_id,
        Some(claimed.workspace_id),
        user_agent,
        ip,
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    if let Some((_, account_bucket)) = &second_factor_of {
        rate_limit::clear(&state.db, account_bucket).await?;
    }
    tracing::info!(invitation_id = claimed.id, user_id, "invitation accepted");
    Ok(session_token)
}
