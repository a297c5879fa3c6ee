//! Setting up, using and turning off a second factor, and the half-done sign-in between a
//! right password and a right code.

use crate::activity::action::Action;
use crate::activity::repo::{Entry, record};
use crate::auth::guard::{Member, recheck_under_lock};
use crate::auth::service::{
    LOGIN_PER_ACCOUNT, LOGIN_PER_IP, confirm_password, sign_in_buckets, start_session,
};
use crate::auth::session::{self, CurrentSession};
use crate::auth::token::{hash_token, random_token};
use crate::auth::two_factor::authenticator::AuthenticatorSecret;
use crate::auth::two_factor::mail::{self, Notice, Recipient};
use crate::auth::two_factor::model::{
    AuthenticatorSetup, TwoFactorStatus, challenge_expired_message,
};
use crate::auth::two_factor::{recovery, repo};
use crate::db::Tx;
use crate::email::outbox;
use crate::error::AppError;
use crate::i18n::{Locale, use_locale};
use crate::policy::Permission;
use crate::server::AppState;
use crate::server::rate_limit::{self, Limit};
use crate::t;
use crate::users::email::Email;

/// How long the second step of a sign-in waits for its code.
pub const CHALLENGE_TTL_SECS: i64 = 5 * 60;
/// Wrong codes one half-done sign-in takes before it ends and the password is asked again.
const FAILURES_PER_CHALLENGE: i64 = 5;
/// Codes one person may try while turning on an app, against guessing. (Turning off counts
/// against the sign-in's budget, since it guards an app already on.)
const CODE_ATTEMPTS: Limit = Limit {
    max_hits: 10,
    window_secs: 15 * 60,
};

/// The answer to a wrong code where either an app's code or a recovery code would do.
fn wrong_code(locale: Locale) -> String {
    t!(locale, "two-factor-wrong-code")
}

/// The second step's cookie. `__Host-` over HTTPS, like the session's.
pub fn challenge_cookie_name(state: &AppState) -> &'static str {
    if state.config.secure_cookies() {
        "__Host-roster_sign_in"
    } else {
        "roster_sign_in"
    }
}

/// Sends the second step's cookie, which lives as long as its half-done sign-in.
pub fn remember_challenge_cookie(state: &AppState, token: &str) {
    session::send_cookie(
        state,
        challenge_cookie_name(state),
        token,
        CHALLENGE_TTL_SECS,
    );
}

/// The request's half-done sign-in token, from its cookie.
pub fn challenge_from_cookie(state: &AppState) -> Result<String, AppError> {
    session::request_cookie(challenge_cookie_name(state))
        .filter(|token| !token.is_empty())
        .ok_or_else(challenge_expired)
}

/// The answer when there is no half-done sign-in to finish, or it ran out.
pub fn challenge_expired() -> AppError {
    AppError::Conflict {
        field: None,
        message: challenge_expired_message(),
    }
}

/// Appends `entry` to the Activity of every workspace `user_id` belongs to: a second factor
/// guards the account, so the admins of each of them see what happened to it.
pub(super) async fn record_in_each_workspace(
    tx: &mut Tx,
    now: i64,
    user_id: i64,
    entry: &Entry<'_>,
) -> Result<(), AppError> {
    for workspace_id in repo::workspaces_of_member(tx, user_id).await? {
        let here = Entry {
            workspace_id: Some(workspace_id),
            ..entry.clone()
        };
        record(tx, now, &here).await?;
    }
    Ok(())
}

/// The two-factor page's data for the signed-in person.
pub async fn status(
    state: &AppState,
    current: &CurrentSession,
) -> Result<TwoFactorStatus, AppError> {
    let authenticator_on = repo::has_authenticator(state.db.pool(), current.user_id).await?;
    let passkeys = super::passkey::list(state, current).await?;
    let recovery_codes_left = if authenticator_on || !passkeys.is_empty() {
        repo::unused_recovery_codes(state.db.pool(), current.user_id).await?
    } else {
        0
    };
    Ok(TwoFactorStatus {
        authenticator_on,
        recovery_codes_left,
        required_by: repo::workspaces_requiring_second_factor(state.db.pool(), current.user_id)
            .await?,
        passkeys,
    })
}

/// Checks the password again, then makes a new secret for the person's app. It guards
/// nothing until a code from it turns it on.
pub async fn begin_authenticator_setup(
    state: &AppState,
    current: &CurrentSession,
    password: String,
    ip: &str,
) -> Result<AuthenticatorSetup, AppError> {
    confirm_password(state, current, "current_password", password, ip).await?;
    let secret = AuthenticatorSecret::generate();
    let now = state.clock.now();
    if !repo::put_unconfirmed_authenticator(
        state.db.pool(),
        now,
        current.user_id,
        &secret.to_stored(),
    )
    .await?
    {
        return Err(already_on(current.locale()));
    }
    Ok(AuthenticatorSetup {
        qr_svg: secret.qr_svg(&current.email),
        setup_key: secret.setup_key(),
    })
}

fn already_on(locale: Locale) -> AppError {
    AppError::Conflict {
        field: None,
        message: t!(locale, "two-factor-already-on"),
    }
}

/// Turns the app on with a code from it and answers the new recovery codes, shown once.
pub async fn turn_on_authenticator(
    state: &AppState,
    current: &CurrentSession,
    code: &str,
    ip: &str,
) -> Result<Vec<String>, AppError> {
    let now = state.clock.now();
    let bucket = format!("two-factor:user:{}", current.user_id);
    rate_limit::hit(&state.db, &bucket, CODE_ATTEMPTS, now).await?;
    let app = repo::authenticator(state.db.pool(), current.user_id).await?;
    let Some(app) = app else {
        return Err(AppError::Conflict {
            field: None,
            message: t!(current.locale(), "two-factor-start-setup-again"),
        });
    };
    if app.confirmed_at.is_some() {
        return Err(already_on(current.locale()));
    }
    let secret = AuthenticatorSecret::from_stored(&app.secret)
        .ok_or_else(|| AppError::internal("reading an authenticator secret", "not base32"))?;
    let Some(step) = secret.accept(code, now, app.last_used_step) else {
        return Err(AppError::field(
            "code",
            t!(current.locale(), "two-factor-wrong-setup-code"),
        ));
    };
    let codes = recovery::generate();
    let mut tx = state.db.begin_write().await?;
    if !repo::confirm_authenticator(&mut tx, now, current.user_id, &app.secret, step).await? {
        return Err(AppError::Conflict {
            field: None,
            message: t!(current.locale(), "two-factor-setup-changed-elsewhere"),
        });
    }
    store_recovery_codes(&mut tx, now, current.user_id, &codes).await?;
    repo::delete_challenges_of(&mut tx, current.user_id).await?;
    record_and_tell(
        state,
        &mut tx,
        current,
        Action::TwoFactorEnabled,
        Notice::TurnedOn,
        ip,
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    rate_limit::clear(&state.db, &bucket).await?;
    tracing::info!(
        user_id = current.user_id,
        "two-factor authentication turned on"
    );
    Ok(codes)
}

pub(super) async fn store_recovery_codes(
    tx: &mut Tx,
    now: i64,
    user_id: i64,
    codes: &[String],
) -> Result<(), AppError> {
    let hashes = codes
        .iter()
        .map(|code| recovery::stored_form(code))
        .collect::<Option<Vec<String>>>()
        .ok_or_else(|| {
            AppError::internal("storing recovery codes", "a made code did not read back")
        })?;
    repo::replace_recovery_codes(tx, now, user_id, &hashes).await?;
    Ok(())
}

/// The Activity entry and the email every change of a person's second factor gets.
pub(super) async fn record_and_tell(
    state: &AppState,
    tx: &mut Tx,
    current: &CurrentSession,
    action: Action,
    notice: Notice,
    ip: &str,
) -> Result<(), AppError> {
    let now = state.clock.now();
    let entry = Entry {
        actor_user_id: Some(current.user_id),
        ip,
        ..Entry::of(action)
    };
    record_in_each_workspace(tx, now, current.user_id, &entry).await?;
    let workspace = current.workspace_name.as_deref().unwrap_or("Roster");
    let recipient = Recipient {
        email: &current.email,
        locale: current.locale(),
    };
    let message = mail::notice(notice, &recipient, workspace, &security_link(state));
    outbox::enqueue(tx, now, &state.mail_domain(), &message).await?;
    Ok(())
}

fn security_link(state: &AppState) -> String {
    state.config.link("/account/two-factor")
}

/// Replaces the recovery codes after the password is checked again; answers the new ones.
pub async fn new_recovery_codes(
    state: &AppState,
    current: &CurrentSession,
    password: String,
    ip: &str,
) -> Result<Vec<String>, AppError> {
    confirm_password(state, current, "current_password", password, ip).await?;
    let now = state.clock.now();
    let codes = recovery::generate();
    let mut tx = state.db.begin_write().await?;
    if !repo::has_second_factor(&mut *tx, current.user_id).await? {
        return Err(AppError::Conflict {
            field: None,
            message: t!(current.locale(), "two-factor-turn-on-first"),
        });
    }
    store_recovery_codes(&mut tx, now, current.user_id, &codes).await?;
    record_and_tell(
        state,
        &mut tx,
        current,
        Action::RecoveryCodesReplaced,
        Notice::NewRecoveryCodes,
        ip,
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    Ok(codes)
}

/// Turns two-factor off with the password and a code (from the app or a recovery code),
/// unless the workspace requires it of the person.
pub async fn turn_off(
    state: &AppState,
    current: &CurrentSession,
    password: String,
    code: &str,
    ip: &str,
) -> Result<(), AppError> {
    let required_by =
        repo::workspaces_requiring_second_factor(state.db.pool(), current.user_id).await?;
    if !required_by.is_empty() {
        return Err(AppError::Forbidden(t!(
            current.locale(),
            "two-factor-required-cannot-turn-off",
            workspace = required_by.join(", "),
            count = required_by.len(),
        )));
    }
    if code.trim().is_empty() {
        return Err(AppError::field(
            "code",
            t!(current.locale(), "two-factor-enter-a-code"),
        ));
    }
    confirm_password(state, current, "current_password", password, ip).await?;
    let now = state.clock.now();
    // The same budget as the second step of a sign-in: a session and the password must not
    // buy more guesses of the code here.
    let email = Email::parse(&current.email)
        .map_err(|problem| AppError::internal("reading an account's address", problem))?;
    let (_, bucket) = sign_in_buckets(&email, ip);
    rate_limit::hit(&state.db, &bucket, LOGIN_PER_ACCOUNT, now).await?;
    let mut tx = state.db.begin_write().await?;
    if !use_second_factor(&mut tx, now, current.user_id, code).await? {
        return Err(AppError::field("code", wrong_code(current.locale())));
    }
    repo::delete_second_factors(&mut tx, current.user_id).await?;
    repo::delete_challenges_of(&mut tx, current.user_id).await?;
    record_and_tell(
        state,
        &mut tx,
        current,
        Action::TwoFactorDisabled,
        Notice::TurnedOff,
        ip,
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    rate_limit::clear(&state.db, &bucket).await?;
    tracing::info!(
        user_id = current.user_id,
        "two-factor authentication turned off"
    );
    Ok(())
}

/// Checks `typed` against the person's second factors inside `tx` and uses it up: a recovery
/// code dies, an app's code cannot be used again. Whether it was right.
pub async fn use_second_factor(
    tx: &mut Tx,
    now: i64,
    user_id: i64,
    typed: &str,
) -> Result<bool, AppError> {
    // A recovery code has 16 characters and an app's code 6 digits, so one field takes both.
    if let Some(code_hash) = recovery::stored_form(typed) {
        return Ok(repo::use_recovery_code(tx, now, user_id, &code_hash).await?);
    }
    let Some(app) = repo::authenticator(&mut **tx, user_id).await? else {
        return Ok(false);
    };
    if app.confirmed_at.is_none() {
        return Ok(false);
    }
    let secret = AuthenticatorSecret::from_stored(&app.secret)
        .ok_or_else(|| AppError::internal("reading an authenticator secret", "not base32"))?;
    let Some(step) = secret.accept(typed, now, app.last_used_step) else {
        return Ok(false);
    };
    Ok(repo::use_authenticator_step(tx, user_id, step).await?)
}

/// Starts the second step of a sign-in whose password was right. Returns its cookie token.
pub async fn start_sign_in(
    state: &AppState,
    user_id: i64,
    workspace_id: i64,
) -> Result<String, AppError> {
    let token = random_token();
    let now = state.clock.now();
    repo::insert_challenge(
        state.db.pool(),
        now,
        now + CHALLENGE_TTL_SECS,
        &hash_token(&token),
        user_id,
        workspace_id,
    )
    .await?;
    Ok(token)
}

/// A half-done sign-in being finished, found by its cookie's token, with this try counted
/// against the password's limits (per account and per client), so that neither codes nor
/// passkey answers can be guessed faster than passwords.
pub(super) struct SecondStep {
    pub challenge: repo::ChallengeRow,
    pub email: Email,
    ip_bucket: String,
    account_bucket: String,
}

impl SecondStep {
    pub(super) async fn open(
        state: &AppState,
        challenge_token: &str,
        ip: &str,
        now: i64,
    ) -> Result<Self, AppError> {
        let challenge = repo::find_challenge(state.db.pool(), &hash_token(challenge_token), now)
            .await?
            .ok_or_else(challenge_expired)?;
        let email = Email::parse(&challenge.email)
            .map_err(|problem| AppError::internal("reading an account's address", problem))?;
        let (ip_bucket, account_bucket) = sign_in_buckets(&email, ip);
        rate_limit::hit(&state.db, &ip_bucket, LOGIN_PER_IP, now).await?;
        if let Err(limited) =
            rate_limit::hit(&state.db, &account_bucket, LOGIN_PER_ACCOUNT, now).await
        {
            tracing::warn!(ip, user_id = challenge.user_id, "second step throttled");
            return Err(limited);
        }
        Ok(Self {
            challenge,
            email,
            ip_bucket,
            account_bucket,
        })
    }

    /// Counts a wrong answer against the half-done sign-in. After too many it ends, and the
    /// error saying so replaces `wrong`: a right password followed by wrong answers means
    /// someone else may know the password, so the person hears of it, once per sign-in.
    pub(super) async fn failed(
        &self,
        state: &AppState,
        ip: &str,
        wrong: AppError,
    ) -> Result<AppError, AppError> {
        let (challenge_id, user_id) = (self.challenge.id, self.challenge.user_id);
        let failures = repo::count_challenge_failure(state.db.pool(), challenge_id).await?;
        tracing::warn!(ip, user_id, failures, "second step failed");
        if failures < FAILURES_PER_CHALLENGE {
            return Ok(wrong);
        }
        let now = state.clock.now();
        let mut tx = state.db.begin_write().await?;
        if repo::delete_challenge(&mut *tx, challenge_id).await? {
            let chosen = crate::auth::repo::addressee(&mut *tx, user_id)
                .await?
                .and_then(|addressee| addressee.language);
            // Without a choice of theirs, the language of the sign-in page: most likely
            // their own browser's, as they are the one who should hear of it.
            let recipient = Recipient {
                email: self.email.as_str(),
                locale: Locale::chosen_or(chosen.as_deref(), use_locale()),
            };
            let message = mail::notice(
                Notice::WrongCodesAfterPassword,
                &recipient,
                "",
                &state.config.link("/account/password"),
            );
            outbox::enqueue(&mut tx, now, &state.mail_domain(), &message).await?;
        }
        tx.commit().await?;
        state.mail_wake.notify_one();
        Ok(AppError::Conflict {
            field: None,
            message: t!(use_locale(), "two-factor-too-many-wrong-codes"),
        })
    }

    /// Ends the half-done sign-in inside `tx`, whose second factor was just used up, and
    /// starts its session; answers the session's cookie token. Of two tries racing with one
    /// half-done sign-in, one starts a session.
    pub(super) async fn into_session(
        self,
        state: &AppState,
        mut tx: crate::db::Tx,
        now: i64,
        ip: &str,
        user_agent: &str,
    ) -> Result<String, AppError> {
        if !repo::delete_challenge(&mut *tx, self.challenge.id).await? {
            return Err(challenge_expired());
        }
        let user_id = self.challenge.user_id;
        let token = start_session(
            &mut tx,
            now,
            user_id,
            self.challenge.workspace_id,
            user_agent,
            ip,
        )
        .await?;
        tx.commit().await?;
        rate_limit::forgive(&state.db, &self.ip_bucket).await?;
        rate_limit::clear(&state.db, &self.account_bucket).await?;
        tracing::info!(user_id, ip, "signed in with a second factor");
        Ok(token)
    }
}

/// Finishes a half-done sign-in with a code (from the app, or a recovery code) and starts
/// its session; returns the session's cookie token. A half-done sign-in dies after a few
/// wrong codes or five minutes.
pub async fn finish_sign_in(
    state: &AppState,
    challenge_token: &str,
    code: &str,
    ip: &str,
    user_agent: &str,
) -> Result<String, AppError> {
    if code.trim().is_empty() {
        return Err(AppError::field(
            "code",
            t!(use_locale(), "two-factor-enter-the-code"),
        ));
    }
    let now = state.clock.now();
    let step = SecondStep::open(state, challenge_token, ip, now).await?;
    let mut tx = state.db.begin_write().await?;
    if !use_second_factor(&mut tx, now, step.challenge.user_id, code).await? {
        // Ended before the failure is counted: on SQLite its write lock would be in the way.
        tx.rollback().await?;
        return Err(step
            .failed(state, ip, AppError::field("code", wrong_code(use_locale())))
            .await?);
    }
    step.into_session(state, tx, now, ip, user_agent).await
}

/// An admin resets a member's second factor, for someone locked out: the member's factors
/// go, their sessions in this workspace end, and they are told by email.
pub async fn reset_by_admin(
    state: &AppState,
    admin: &Member,
    user_id: i64,
    ip: &str,
) -> Result<(), AppError> {
    if user_id == admin.user_id() {
        return Err(AppError::Conflict {
            field: None,
            message: t!(admin.session.locale(), "two-factor-reset-own"),
        });
    }
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    recheck_under_lock(state, &mut tx, admin, Permission::ManageUsers).await?;
    if crate::users::repo::active_role(&mut tx, admin.workspace_id, user_id)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    if !repo::delete_second_factors(&mut tx, user_id).await? {
        return Err(AppError::Conflict {
            field: None,
            message: t!(admin.session.locale(), "two-factor-nothing-to-reset"),
        });
    }
    repo::delete_challenges_of(&mut tx, user_id).await?;
    crate::auth::repo::delete_sessions_in_workspace(&mut tx, user_id, admin.workspace_id).await?;
    // Their sessions working in other workspaces stay there, and may not switch back in.
    crate::users::repo::mark_sessions_ended(&mut tx, admin.workspace_id, user_id, now).await?;
    // Each workspace's admins see who reset it, where a rule of theirs now asks for another.
    let entry = Entry {
        subject_user_id: Some(user_id),
        ..Entry::by(admin, Action::TwoFactorReset, ip)
    };
    record_in_each_workspace(&mut tx, now, user_id, &entry).await?;
    if let Some(addressee) = crate::auth::repo::addressee(&mut *tx, user_id).await? {
        let workspace = admin.session.workspace_name.as_deref().unwrap_or("Roster");
        let recipient = Recipient {
            email: &addressee.email,
            locale: Locale::for_mail(
                addressee.language.as_deref(),
                admin.session.workspace_language.as_deref(),
            ),
        };
        let message = mail::notice(
            Notice::ResetByAdmin,
            &recipient,
            workspace,
            &security_link(state),
        );
        outbox::enqueue(&mut tx, now, &state.mail_domain(), &message).await?;
    }
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(
        admin_id = admin.user_id(),
        user_id,
        "two-factor authentication reset"
    );
    Ok(())
}

/// Ends the request's half-done sign-in, if any, and tells the browser to forget it.
pub fn forget_challenge_cookie(state: &AppState) {
    session::send_cookie(state, challenge_cookie_name(state), "", 0);
}
