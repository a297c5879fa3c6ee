//! Signing in, devices and passwords.

use crate::activity::action::Action;
use crate::activity::repo::{Entry, record};
use crate::auth::model::DeviceSession;
use crate::auth::password::{Hasher, check_new_password, needs_rehash};
use crate::auth::session::CurrentSession;
use crate::auth::token::{hash_token, random_token};
use crate::auth::{repo, session, two_factor};
use crate::email::Letter;
use crate::email::outbox::{self, NewMail};
use crate::error::{AppError, Problems};
use crate::i18n::Locale;
use crate::server::AppState;
use crate::server::rate_limit::{self, Limit};
use crate::t;
use crate::users::email::Email;
use tokio::sync::OnceCell;

/// Verified against when the email is unknown, so that answer takes as long as a wrong
/// password and timing does not tell which emails have accounts.
static DUMMY_HASH: OnceCell<String> = OnceCell::const_new();

async fn dummy_hash(hasher: &Hasher) -> Result<String, AppError> {
    DUMMY_HASH
        .get_or_try_init(|| async {
            hasher
                .hash("", "not a real password, only spends time".into())
                .await
                .map_err(AppError::from)
        })
        .await
        .cloned()
}

/// Failed sign-ins one email may have in a window, whether or not it has an account, so
/// being throttled says nothing about which emails exist.
pub const LOGIN_PER_ACCOUNT: Limit = Limit {
    max_hits: 10,
    window_secs: 15 * 60,
};
/// Failed sign-ins one address may make across all emails, against password spraying.
pub const LOGIN_PER_IP: Limit = Limit {
    max_hits: 50,
    window_secs: 15 * 60,
};
/// Reset links one address or one email may ask for in a window.
const RESET_REQUESTS: Limit = Limit {
    max_hits: 5,
    window_secs: 60 * 60,
};
/// How long a password-reset link works.
pub const RESET_LINK_TTL_SECS: i64 = 60 * 60;

fn account_bucket(purpose: &str, email: &Email) -> String {
    // Hashed so the table of counters is not also a list of addresses people typed.
    format!("{purpose}:account:{}", hash_token(email.as_str()))
}

/// Where a right password leads.
#[derive(Debug)]
pub enum SignedIn {
    /// A session started; the cookie token.
    Session(String),
    /// The person guards their sign-in with a second factor: the token of the half-done
    /// sign-in, for the second step's cookie. No session exists yet.
    SecondFactorNeeded(String),
}

/// Checks the credentials and starts a session on this device, or, for a person with a
/// second factor, the half-done sign-in that waits for it.
///
/// Unknown email, wrong password, and an account with no workspace left all get
/// [`AppError::InvalidCredentials`] after the same amount of work. Throttling is checked
/// before any hashing, so a flood of attempts costs the server little.
pub async fn sign_in(
    state: &AppState,
    raw_email: &str,
    password: String,
    ip: &str,
    user_agent: &str,
) -> Result<SignedIn, AppError> {
    let email = Email::parse(raw_email).map_err(|message| AppError::field("email", message))?;
    if password.is_empty() {
        return Err(AppError::field(
            "password",
            t!(crate::i18n::use_locale(), "rules-enter-your-password"),
        ));
    }
    let now = state.clock.now();
    let (ip_bucket, account_bucket) = sign_in_buckets(&email, ip);
    rate_limit::hit(&state.db, &ip_bucket, LOGIN_PER_IP, now).await?;
    if let Err(limited) = rate_limit::hit(&state.db, &account_bucket, LOGIN_PER_ACCOUNT, now).await
    {
        tracing::warn!(ip, "sign-in throttled");
        return Err(limited);
    }

    let candidate = repo::sign_in_candidate(state.db.pool(), email.as_str()).await?;
    let checked = async {
        let (user_id, stored_hash, workspace_id, second_factor) = match candidate {
            Some(found) => (
                Some(found.id),
                found.password_hash,
                found.workspace_id,
                found.second_factors > 0,
            ),
            None => (None, dummy_hash(&state.hasher).await?, None, false),
        };
        let password_ok = state
            .hasher
            .verify(ip, password.clone(), stored_hash.clone())
            .await?;
        Ok::<_, AppError>((
            user_id,
            stored_hash,
            workspace_id,
            second_factor,
            password_ok,
        ))
    };
    let (user_id, stored_hash, workspace_id, second_factor, password_ok) = match checked.await {
        Ok(checked) => checked,
        // Turned away before the password was checked: the account is not throttled for it,
        // so strangers cannot lock a person out by keeping Roster busy. The address still
        // pays, so a flood from a few addresses soon meets their limit before any hashing.
        Err(busy @ AppError::Busy { .. }) => {
            rate_limit::forgive(&state.db, &account_bucket).await?;
            return Err(busy);
        }
        Err(other) => return Err(other),
    };
    let (Some(user_id), true, Some(workspace_id)) = (user_id, password_ok, workspace_id) else {
        tracing::warn!(ip, "sign-in failed");
        return Err(AppError::InvalidCredentials);
    };
    rate_limit::forgive(&state.db, &ip_bucket).await?;
    if second_factor {
        // The failures stay counted until the code passes too: a right password must not
        // wipe the wrong codes tried after it, or each sign-in would buy more guesses.
        rate_limit::forgive(&state.db, &account_bucket).await?;
    } else {
        rate_limit::clear(&state.db, &account_bucket).await?;
    }

    let upgraded_hash = if needs_rehash(&stored_hash) {
        Some(state.hasher.hash(ip, password).await?)
    } else {
        None
    };
    if let Some(hash) = &upgraded_hash {
        let mut tx = state.db.begin_write().await?;
        repo::set_password_hash(&mut tx, now, user_id, hash).await?;
        tx.commit().await?;
    }
    if second_factor {
        let challenge = two_factor::service::start_sign_in(state, user_id, workspace_id).await?;
        tracing::info!(user_id, ip, "password accepted, second factor asked for");
        return Ok(SignedIn::SecondFactorNeeded(challenge));
    }
    let mut tx = state.db.begin_write().await?;
    let token = start_session(&mut tx, now, user_id, workspace_id, user_agent, ip).await?;
    tx.commit().await?;
    tracing::info!(user_id, ip, "signed in");
    Ok(SignedIn::Session(token))
}

/// Starts the session of a finished sign-in inside `tx`, with its Activity entry. Returns
/// the cookie token.
pub async fn start_session(
    tx: &mut crate::db::Tx,
    now: i64,
    user_id: i64,
    workspace_id: i64,
    user_agent: &str,
    ip: &str,
) -> Result<String, AppError> {
    let token = session::create(tx, now, user_id, Some(workspace_id), user_agent, ip).await?;
    record(
        tx,
        now,
        &Entry {
            workspace_id: Some(workspace_id),
            actor_user_id: Some(user_id),
            ip,
            ..Entry::of(Action::SignedIn)
        },
    )
    .await?;
    Ok(token)
}

/// The account buckets failed sign-ins of `email` count against: the password's, and the
/// second step's, which shares them so that codes cannot be guessed faster than passwords.
pub fn sign_in_buckets(email: &Email, ip: &str) -> (String, String) {
    (
        format!("login:ip:{}", rate_limit::client_key(ip)),
        account_bucket("login", email),
    )
}

/// Asks the signed-in person for their password again before a change that guards their
/// account (a second factor, new recovery codes); a wrong one is told beside `field`.
/// Counted against the same limit as password changes, so it cannot be guessed here either.
pub async fn confirm_password(
    state: &AppState,
    current: &CurrentSession,
    field: &str,
    password: String,
    ip: &str,
) -> Result<(), AppError> {
    if password.is_empty() {
        return Err(AppError::field(
            field,
            t!(crate::i18n::use_locale(), "rules-enter-current-password"),
        ));
    }
    let bucket = format!("password:user:{}", current.user_id);
    rate_limit::hit(&state.db, &bucket, LOGIN_PER_ACCOUNT, state.clock.now()).await?;
    let stored = repo::password_hash(state.db.pool(), current.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !state.hasher.verify(ip, password, stored).await? {
        return Err(AppError::field(
            field,
            t!(crate::i18n::use_locale(), "rules-not-current-password"),
        ));
    }
    rate_limit::clear(&state.db, &bucket).await?;
    Ok(())
}

/// Every device the person is signed in on, most recently active first.
pub async fn list_devices(
    state: &AppState,
    current: &CurrentSession,
) -> Result<Vec<DeviceSession>, AppError> {
    let now = state.clock.now();
    let rows = repo::list_sessions(state.db.pool(), current.user_id).await?;
    let calendar = current.calendar();
    Ok(rows
        .into_iter()
        .map(|row| DeviceSession {
            id: row.id,
            device: describe_device(&row.user_agent, calendar.locale),
            ip: if row.ip.is_empty() {
                t!(calendar.locale, "sessions-unknown-ip")
            } else {
                row.ip
            },
            signed_in: calendar.moment(row.created_at, now),
            last_active: (Some(row.id) != current.session_id && now - row.last_seen_at >= 120)
                .then(|| calendar.moment(row.last_seen_at, now)),
            this_device: Some(row.id) == current.session_id,
        })
        .collect())
}

/// "Chrome 131 on Android" from a user-agent header, or a plain fallback, in `locale`.
pub fn describe_device(user_agent: &str, locale: Locale) -> String {
    let Some(parsed) = woothee::parser::Parser::new().parse(user_agent) else {
        return t!(locale, "sessions-unknown-browser");
    };
    let known = |value: &str| !value.is_empty() && value != woothee::woothee::VALUE_UNKNOWN;
    let browser = match (known(parsed.name), known(parsed.version)) {
        (true, true) => {
            let major = parsed.version.split('.').next().unwrap_or(parsed.version);
            format!("{} {major}", parsed.name)
        }
        (true, false) => parsed.name.to_owned(),
        _ => t!(locale, "sessions-unknown-browser"),
    };
    if known(parsed.os) {
        t!(
            locale,
            "sessions-browser-on",
            browser = browser,
            os = parsed.os
        )
    } else {
        browser
    }
}

/// Ends one of the person's own sessions. Another person's session id answers 404, the
/// same as one that does not exist.
pub async fn end_device(
    state: &AppState,
    current: &CurrentSession,
    session_id: i64,
    ip: &str,
) -> Result<(), AppError> {
    if !repo::delete_own_session(state.db.pool(), current.user_id, session_id).await? {
        return Err(AppError::NotFound);
    }
    let mut tx = state.db.begin_write().await?;
    record(
        &mut tx,
        state.clock.now(),
        &Entry {
            workspace_id: current.workspace_id,
            actor_user_id: Some(current.user_id),
            ip,
            ..Entry::of(Action::SessionEnded)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Ends every session of the person except this device's. Returns how many ended.
pub async fn end_other_devices(
    state: &AppState,
    current: &CurrentSession,
    ip: &str,
) -> Result<u64, AppError> {
    let mut tx = state.db.begin_write().await?;
    let ended = repo::delete_sessions_except(&mut *tx, current.user_id, current.session_id).await?;
    record(
        &mut tx,
        state.clock.now(),
        &Entry {
            workspace_id: current.workspace_id,
            actor_user_id: Some(current.user_id),
            ip,
            ..Entry::of(Action::OtherSessionsEnded)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(ended)
}

/// What the change-password form sends.
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
    pub confirm_password: String,
}

/// Changes the signed-in person's password. Every other session ends and this device gets
/// a new session token, so a stolen cookie stops working too. Returns the new token.
pub async fn change_password(
    state: &AppState,
    current: &CurrentSession,
    change: PasswordChange,
    ip: &str,
    user_agent: &str,
) -> Result<String, AppError> {
    let mut problems = Problems::default();
    if change.current_password.is_empty() {
        problems.push(
            "current_password",
            t!(current.locale(), "rules-enter-current-password"),
        );
    }
    problems.check("new_password", check_new_password(&change.new_password));
    if change.new_password != change.confirm_password {
        problems.push(
            "confirm_password",
            t!(current.locale(), "rules-new-passwords-differ"),
        );
    }
    problems.into_result()?;

    confirm_password(
        state,
        current,
        "current_password",
        change.current_password,
        ip,
    )
    .await?;
    let now = state.clock.now();
    let new_hash = state.hasher.hash(ip, change.new_password).await?;

    let mut tx = state.db.begin_write().await?;
    repo::set_password_hash(&mut tx, now, current.user_id, &new_hash).await?;
    // A reset link asked for before the change would otherwise undo it.
    repo::retire_password_resets(&mut tx, current.user_id, now).await?;
    repo::delete_sessions_except(&mut *tx, current.user_id, None).await?;
    two_factor::repo::delete_challenges_of(&mut tx, current.user_id).await?;
    let token = session::create(
        &mut tx,
        now,
        current.user_id,
        current.workspace_id,
        user_agent,
        ip,
    )
    .await?;
    record(
        &mut tx,
        now,
        &Entry {
            workspace_id: current.workspace_id,
            actor_user_id: Some(current.user_id),
            ip,
            ..Entry::of(Action::PasswordChanged)
        },
    )
    .await?;
    queue_password_changed_mail(
        state,
        &mut tx,
        &current.email,
        current.locale(),
        &new_hash,
        now,
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(user_id = current.user_id, "password changed");
    Ok(token)
}

/// Sends a reset link when `raw_email` belongs to an active account, and does nothing
/// otherwise; the caller answers the same either way. The email is in the person's own
/// language, else in `page_locale`, the language of the page they asked from.
pub async fn request_password_reset(
    state: &AppState,
    raw_email: &str,
    ip: &str,
    page_locale: Locale,
) -> Result<(), AppError> {
    let email = Email::parse(raw_email).map_err(|message| AppError::field("email", message))?;
    let now = state.clock.now();
    rate_limit::hit(
        &state.db,
        &format!("reset:ip:{}", rate_limit::client_key(ip)),
        RESET_REQUESTS,
        now,
    )
    .await?;
    rate_limit::hit(
        &state.db,
        &account_bucket("reset", &email),
        RESET_REQUESTS,
        now,
    )
    .await?;
    let Some(addressee) = repo::active_addressee(state.db.pool(), email.as_str()).await? else {
        tracing::info!(ip, "password reset asked for an unknown email");
        return Ok(());
    };

    let user_id = addressee.id;
    let token = random_token();
    let link = state.config.link(&format!("/reset-password/{token}"));
    let mut tx = state.db.begin_write().await?;
    repo::insert_password_reset(
        &mut tx,
        now,
        now + RESET_LINK_TTL_SECS,
        user_id,
        &hash_token(&token),
    )
    .await?;
    let locale = Locale::chosen_or(addressee.language.as_deref(), page_locale);
    let mail = reset_mail(&email, locale, &link, &token);
    outbox::enqueue(&mut tx, now, &state.mail_domain(), &mail).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(user_id, "password reset link queued");
    Ok(())
}

fn reset_mail(email: &Email, locale: Locale, link: &str, token: &str) -> NewMail {
    let (body_text, body_html) = Letter::new(locale)
        .paragraph(t!(locale, "email-reset-intro", email = email.as_str()))
        .link(
            t!(locale, "email-reset-how"),
            t!(locale, "email-reset-link"),
            link,
        )
        .paragraph(t!(locale, "email-reset-ignore"))
        .bodies();
    NewMail {
        // The token hash is unique per request, so each request sends its own message.
        dedupe_key: format!("password-reset:{}", hash_token(token)),
        kind: "password_reset",
        recipient: email.as_str().to_owned(),
        subject: t!(locale, "email-reset-subject"),
        body_text,
        body_html,
        action_url: Some(link.to_owned()),
        invitation_id: None,
    }
}

/// Whether a reset link can still be used, for showing the form or the expiry message.
pub async fn reset_link_usable(state: &AppState, token: &str, ip: &str) -> Result<bool, AppError> {
    let now = state.clock.now();
    rate_limit::token_lookup(&state.db, ip, now).await?;
    Ok(repo::password_reset_usable(state.db.pool(), &hash_token(token), now).await?)
}

/// Sets a new password through a reset link. The link dies, and every session of the
/// account ends, since whoever held them may be the reason for the reset.
///
/// The link is looked up before the new password is hashed, so made-up links cost a lookup,
/// never an Argon2 run; it is claimed again inside the transaction, so two requests racing
/// with one link set one password.
pub async fn reset_password(
    state: &AppState,
    token: &str,
    new_password: String,
    confirm_password: &str,
    ip: &str,
    page_locale: Locale,
) -> Result<(), AppError> {
    let mut problems = Problems::default();
    problems.check("new_password", check_new_password(&new_password));
    if new_password != confirm_password {
        problems.push(
            "confirm_password",
            t!(page_locale, "rules-passwords-differ"),
        );
    }
    problems.into_result()?;
    // One message for every link that cannot be used, unknown, used or expired alike, as the
    // reset page says it.
    let link_dead = || AppError::Conflict {
        field: None,
        message: t!(page_locale, "reset-link-invalid"),
    };
    let token_hash = hash_token(token);
    rate_limit::token_lookup(&state.db, ip, state.clock.now()).await?;
    if !repo::password_reset_usable(state.db.pool(), &token_hash, state.clock.now()).await? {
        return Err(link_dead());
    }
    // Hash before the transaction, so the write lock is never held across Argon2.
    let new_hash = state.hasher.hash(ip, new_password).await?;

    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    let Some(user_id) = repo::claim_password_reset(&mut tx, &token_hash, now).await? else {
        return Err(link_dead());
    };
    repo::retire_password_resets(&mut tx, user_id, now).await?;
    repo::set_password_hash(&mut tx, now, user_id, &new_hash).await?;
    repo::delete_sessions_except(&mut *tx, user_id, None).await?;
    // Whoever made them may have been the one who had the account; the owner makes new ones.
    crate::auth::api_tokens::repo::delete_all_of(&mut tx, user_id).await?;
    two_factor::repo::delete_challenges_of(&mut tx, user_id).await?;
    record(
        &mut tx,
        now,
        &Entry {
            actor_user_id: Some(user_id),
            ip,
            ..Entry::of(Action::PasswordReset)
        },
    )
    .await?;
    if let Some(addressee) = repo::addressee(&mut *tx, user_id).await? {
        let locale = Locale::chosen_or(addressee.language.as_deref(), page_locale);
        queue_password_changed_mail(state, &mut tx, &addressee.email, locale, &new_hash, now)
            .await?;
    }
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(user_id, ip, "password reset");
    Ok(())
}

/// Tells the person their password changed (AUTH-11), so a change they did not make is
/// noticed. Queued in the change's own transaction.
async fn queue_password_changed_mail(
    state: &AppState,
    tx: &mut crate::db::Tx,
    email: &str,
    locale: Locale,
    new_hash: &str,
    now: i64,
) -> Result<(), AppError> {
    let reset_link = state.config.link("/forgot-password");
    let (body_text, body_html) = Letter::new(locale)
        .paragraph(t!(locale, "email-password-changed-intro", email = email))
        .link(
            t!(locale, "email-password-changed-how"),
            t!(locale, "email-password-changed-link"),
            &reset_link,
        )
        .bodies();
    let mail = NewMail {
        // The new hash has a fresh salt, so every change is its own message.
        dedupe_key: format!("password-changed:{}", hash_token(new_hash)),
        kind: "password_changed",
        recipient: email.to_owned(),
        subject: t!(locale, "email-password-changed-subject"),
        body_text,
        body_html,
        action_url: None,
        invitation_id: None,
    };
    outbox::enqueue(tx, now, &state.mail_domain(), &mail).await?;
    Ok(())
}
