//! Passkeys (WebAuthn, through webauthn-rs): added on the two-factor page, used as the second
//! step of a sign-in, or to sign in without a password. Each ceremony is two requests; its
//! state waits in the database between them, bound to a token the browser holds, and is
//! deleted as it is answered, so an answer counts once.

use crate::activity::action::Action;
use crate::auth::service::{LOGIN_PER_IP, start_session};
use crate::auth::session::CurrentSession;
use crate::auth::token::{hash_token, random_token};
use crate::auth::two_factor::model::{PasskeyCeremony, PasskeySummary};
use crate::auth::two_factor::passkey_repo::{
    self as repo, CeremonyPurpose, NewCeremony, NewPasskey,
};
use crate::auth::two_factor::repo as factors;
use crate::auth::two_factor::service::SecondStep;
use crate::error::AppError;
use crate::i18n::use_locale;
use crate::server::AppState;
use crate::server::rate_limit;
use crate::t;
use data_encoding::BASE64URL_NOPAD;
use webauthn_rs::prelude::{
    DiscoverableAuthentication, Passkey, PasskeyAuthentication, PasskeyRegistration,
    PublicKeyCredential, RegisterPublicKeyCredential, Uuid, Webauthn, WebauthnBuilder,
};

/// Ceremonies one client address may start in a window: each writes a row.
const CEREMONIES_PER_IP: rate_limit::Limit = rate_limit::Limit {
    max_hits: 50,
    window_secs: 15 * 60,
};

fn ceremony_bucket(ip: &str) -> String {
    format!("passkey:ip:{}", rate_limit::client_key(ip))
}

/// How long the browser has to answer a ceremony.
const CEREMONY_TTL_SECS: i64 = 5 * 60;
/// The longest name a person may give a passkey.
const NAME_CHARS: usize = 60;

/// The answer to a passkey that was refused, whatever the reason: which check failed is
/// for the log, not for whoever holds the passkey.
fn not_this_passkey() -> AppError {
    AppError::Conflict {
        field: None,
        message: t!(use_locale(), "two-factor-passkey-not-accepted"),
    }
}

/// Roster as a WebAuthn relying party: its id is the host of `ROSTER_BASE_URL`, which must be
/// a domain name (browsers refuse passkeys for IP addresses), and only that origin may answer.
fn relying_party(state: &AppState) -> Result<Webauthn, AppError> {
    let origin = &state.config.base_url;
    // For the operator, in English: the pages offer passkeys only where they work (see
    // `available`), and people are told to ask their administrator.
    let unavailable = || AppError::Conflict {
        field: None,
        message: "Passkeys need Roster at a domain name (ROSTER_BASE_URL), not an IP address"
            .into(),
    };
    let rp_id = origin.domain().ok_or_else(unavailable)?;
    WebauthnBuilder::new(rp_id, origin)
        .and_then(|builder| builder.rp_name("Roster").build())
        .map_err(|error| AppError::internal("building the WebAuthn relying party", error))
}

/// Whether this installation can offer passkeys at all: browsers offer them to a domain
/// name over HTTPS, or to `localhost` for trying Roster out.
pub fn available(state: &AppState) -> bool {
    let url = &state.config.base_url;
    url.domain()
        .is_some_and(|domain| url.scheme() == "https" || domain == "localhost")
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|error| AppError::internal("writing WebAuthn JSON", error))
}

fn stored<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, AppError> {
    serde_json::from_str(json).map_err(|error| AppError::internal("reading WebAuthn state", error))
}

/// What the browser sent, or a clear refusal: it is anyone's to send. Its detail is for
/// whoever wrote the client, so it stays in English after the translated refusal.
fn answer<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, AppError> {
    serde_json::from_str(json)
        .map_err(|_| AppError::BadRequest("the passkey's answer is not WebAuthn JSON".into()))
}

fn credential_key(id: &[u8]) -> String {
    BASE64URL_NOPAD.encode(id)
}

async fn start_ceremony(
    state: &AppState,
    purpose: CeremonyPurpose,
    user_id: Option<i64>,
    name: &str,
    ceremony_state: &str,
    options: String,
) -> Result<PasskeyCeremony, AppError> {
    let token = random_token();
    repo::insert_ceremony(
        state.db.pool(),
        &NewCeremony {
            token_hash: &hash_token(&token),
            purpose,
            user_id,
            name,
            state: ceremony_state,
            expires_at: state.clock.now() + CEREMONY_TTL_SECS,
        },
    )
    .await?;
    Ok(PasskeyCeremony { token, options })
}

fn ceremony_over() -> AppError {
    AppError::Conflict {
        field: None,
        message: t!(use_locale(), "two-factor-passkey-ceremony-over"),
    }
}

/// The passkeys of the person, for the two-factor page.
pub async fn list(
    state: &AppState,
    current: &CurrentSession,
) -> Result<Vec<PasskeySummary>, AppError> {
    let calendar = current.calendar();
    Ok(repo::passkeys_of(state.db.pool(), current.user_id)
        .await?
        .into_iter()
        .map(|row| PasskeySummary {
            id: row.id,
            name: row.name,
            added: calendar.exact(row.created_at),
            last_used: calendar.exact_or_never(row.last_used_at),
        })
        .collect())
}

/// Starts adding a passkey called `name`: the options for `navigator.credentials.create`.
pub async fn begin_registration(
    state: &AppState,
    current: &CurrentSession,
    name: &str,
    password: String,
    ip: &str,
) -> Result<PasskeyCeremony, AppError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::field(
            "passkey_name",
            t!(current.locale(), "two-factor-passkey-name-missing"),
        ));
    }
    if name.chars().count() > NAME_CHARS {
        return Err(AppError::field(
            "passkey_name",
            t!(current.locale(), "rules-too-long", count = NAME_CHARS),
        ));
    }
    let existing = repo::passkeys_of(state.db.pool(), current.user_id).await?;
    if existing.iter().any(|row| row.name == name) {
        return Err(AppError::field(
            "passkey_name",
            t!(current.locale(), "two-factor-passkey-name-taken"),
        ));
    }
    // A passkey signs in without the password, so a stolen session alone must not add one.
    crate::auth::service::confirm_password(state, current, "passkey_password", password, ip)
        .await?;
    let webauthn = relying_party(state)?;
    let handle = repo::claim_handle(
        state.db.pool(),
        current.user_id,
        &Uuid::new_v4().to_string(),
    )
    .await?;
    let handle = Uuid::parse_str(&handle)
        .map_err(|error| AppError::internal("reading a WebAuthn handle", error))?;
    let exclude = existing
        .iter()
        .map(|row| stored::<Passkey>(&row.passkey).map(|key| key.cred_id().clone()))
        .collect::<Result<Vec<_>, _>>()?;
    let (mut options, registration) = webauthn
        .start_passkey_registration(handle, &current.email, &current.name, Some(exclude))
        .map_err(|error| AppError::internal("starting a passkey registration", error))?;
    // A passkey that the authenticator keeps (a discoverable credential) can also sign in
    // without a password; authenticators that cannot keep one still make a second factor.
    if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
        selection.resident_key = Some(webauthn_rs_proto::ResidentKeyRequirement::Preferred);
    }
    start_ceremony(
        state,
        CeremonyPurpose::Register,
        Some(current.user_id),
        name,
        &to_json::<PasskeyRegistration>(&registration)?,
        to_json(&options)?,
    )
    .await
}

/// Keeps the passkey the browser made for the ceremony `token`.
pub async fn finish_registration(
    state: &AppState,
    current: &CurrentSession,
    token: &str,
    credential: &str,
    ip: &str,
) -> Result<Vec<String>, AppError> {
    let webauthn = relying_party(state)?;
    let now = state.clock.now();
    let ceremony = repo::claim_ceremony(
        state.db.pool(),
        &hash_token(token),
        CeremonyPurpose::Register,
        now,
    )
    .await?
    .filter(|ceremony| ceremony.user_id == Some(current.user_id))
    .ok_or_else(ceremony_over)?;
    let registration: PasskeyRegistration = stored(&ceremony.state)?;
    let credential: RegisterPublicKeyCredential = answer(credential)?;
    let passkey = webauthn
        .finish_passkey_registration(&credential, &registration)
        .map_err(|error| {
            tracing::info!(user_id = current.user_id, %error, "passkey registration refused");
            AppError::Conflict {
                field: None,
                message: t!(current.locale(), "two-factor-passkey-not-added"),
            }
        })?;
    let mut tx = state.db.begin_write().await?;
    // The first second factor brings the recovery codes, as turning on an app does.
    let first = !factors::has_second_factor(&mut *tx, current.user_id).await?;
    let codes = if first {
        let codes = super::recovery::generate();
        super::service::store_recovery_codes(&mut tx, now, current.user_id, &codes).await?;
        codes
    } else {
        Vec::new()
    };
    repo::insert_passkey(
        &mut tx,
        now,
        &NewPasskey {
            user_id: current.user_id,
            credential_id: &credential_key(passkey.cred_id().as_ref()),
            name: &ceremony.name,
            passkey: &to_json(&passkey)?,
        },
    )
    .await
    .map_err(|error| {
        if crate::db::is_unique_violation(
            &error,
            "passkeys_credential_id_key",
            "passkeys.credential_id",
        ) {
            AppError::Conflict {
                field: None,
                message: t!(current.locale(), "two-factor-passkey-already-added"),
            }
        } else {
            error.into()
        }
    })?;
    factors::delete_challenges_of(&mut tx, current.user_id).await?;
    super::service::record_and_tell(
        state,
        &mut tx,
        current,
        Action::PasskeyAdded,
        super::mail::Notice::PasskeyAdded,
        ip,
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(user_id = current.user_id, "passkey added");
    Ok(codes)
}

/// Removes one of the person's passkeys, unless it is their last second factor and one of
/// their workspaces requires one.
pub async fn remove(
    state: &AppState,
    current: &CurrentSession,
    passkey_id: i64,
    ip: &str,
) -> Result<(), AppError> {
    let mut tx = state.db.begin_write().await?;
    // Counted under the lock: two removals at once must not leave none where one is required.
    state.db.lock_account(&mut tx, current.user_id).await?;
    if !repo::delete_passkey(&mut tx, current.user_id, passkey_id).await? {
        return Err(AppError::NotFound);
    }
    if !factors::has_second_factor(&mut *tx, current.user_id).await? {
        // On the transaction's own connection: one more from the pool while this one holds
        // the write lock could wait for good when the pool is busy.
        let required_by =
            factors::workspaces_requiring_second_factor(&mut *tx, current.user_id).await?;
        if !required_by.is_empty() {
            return Err(AppError::Forbidden(t!(
                current.locale(),
                "two-factor-required-keep-passkey",
                workspace = required_by.join(", "),
                count = required_by.len(),
            )));
        }
        // The last factor went: recovery codes would guard nothing.
        factors::delete_second_factors(&mut tx, current.user_id).await?;
    }
    super::service::record_and_tell(
        state,
        &mut tx,
        current,
        Action::PasskeyRemoved,
        super::mail::Notice::PasskeyRemoved,
        ip,
    )
    .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    Ok(())
}

/// The options for the second step of a sign-in with one of the person's passkeys.
pub async fn begin_second_step(
    state: &AppState,
    challenge_token: &str,
    ip: &str,
) -> Result<PasskeyCeremony, AppError> {
    let webauthn = relying_party(state)?;
    let now = state.clock.now();
    rate_limit::hit(&state.db, &ceremony_bucket(ip), CEREMONIES_PER_IP, now).await?;
    let challenge = factors::find_challenge(state.db.pool(), &hash_token(challenge_token), now)
        .await?
        .ok_or_else(super::service::challenge_expired)?;
    let keys = repo::passkeys_of(state.db.pool(), challenge.user_id)
        .await?
        .iter()
        .map(|row| stored::<Passkey>(&row.passkey))
        .collect::<Result<Vec<_>, _>>()?;
    if keys.is_empty() {
        return Err(AppError::Conflict {
            field: None,
            message: t!(use_locale(), "two-factor-no-passkey-yet"),
        });
    }
    let (options, authentication) = webauthn
        .start_passkey_authentication(&keys)
        .map_err(|error| AppError::internal("starting a passkey sign-in", error))?;
    start_ceremony(
        state,
        CeremonyPurpose::SecondStep,
        Some(challenge.user_id),
        "",
        &to_json::<PasskeyAuthentication>(&authentication)?,
        to_json(&options)?,
    )
    .await
}

/// Finishes the second step with the passkey's answer and starts the session; counted
/// against the same limits as codes.
pub async fn finish_second_step(
    state: &AppState,
    challenge_token: &str,
    token: &str,
    credential: &str,
    ip: &str,
    user_agent: &str,
) -> Result<String, AppError> {
    let webauthn = relying_party(state)?;
    let now = state.clock.now();
    let step = SecondStep::open(state, challenge_token, ip, now).await?;
    let user_id = step.challenge.user_id;
    let ceremony = repo::claim_ceremony(
        state.db.pool(),
        &hash_token(token),
        CeremonyPurpose::SecondStep,
        now,
    )
    .await?
    .filter(|ceremony| ceremony.user_id == Some(user_id))
    .ok_or_else(ceremony_over)?;
    let authentication: PasskeyAuthentication = stored(&ceremony.state)?;
    let credential: PublicKeyCredential = answer(credential)?;
    let result = match webauthn.finish_passkey_authentication(&credential, &authentication) {
        Ok(result) => result,
        Err(error) => {
            tracing::warn!(ip, user_id, %error, "passkey refused at the second step");
            return Err(step.failed(state, ip, not_this_passkey()).await?);
        }
    };
    let mut tx = state.db.begin_write().await?;
    record_use(&mut tx, now, user_id, result).await?;
    step.into_session(state, tx, now, ip, user_agent).await
}

/// Keeps the passkey's new signature counter; a counter that went backwards means a cloned
/// authenticator, and the answer is refused.
async fn record_use(
    tx: &mut crate::db::Tx,
    now: i64,
    user_id: i64,
    result: webauthn_rs::prelude::AuthenticationResult,
) -> Result<(), AppError> {
    let key = credential_key(result.cred_id().as_ref());
    let pool_row = repo::passkey_by_credential(&mut **tx, &key).await?;
    let Some(row) = pool_row.filter(|row| row.user_id == user_id) else {
        return Err(not_this_passkey());
    };
    let mut passkey: Passkey = stored(&row.passkey)?;
    if passkey.update_credential(&result).is_none() {
        return Err(not_this_passkey());
    }
    // Only if the row is still the one read: of two uses racing, the second is refused rather
    // than writing back an older signature counter, which would hide a cloned authenticator.
    if !repo::record_passkey_use(tx, now, row.id, &row.passkey, &to_json(&passkey)?).await? {
        return Err(not_this_passkey());
    }
    Ok(())
}

/// The options for signing in with a passkey alone (a discoverable credential): anyone may
/// ask, so each client address may ask as often as it may try passwords.
pub async fn begin_sign_in(state: &AppState, ip: &str) -> Result<PasskeyCeremony, AppError> {
    let webauthn = relying_party(state)?;
    let now = state.clock.now();
    rate_limit::hit(&state.db, &ceremony_bucket(ip), CEREMONIES_PER_IP, now).await?;
    let (mut options, authentication) = webauthn
        .start_discoverable_authentication()
        .map_err(|error| AppError::internal("starting a passkey sign-in", error))?;
    // webauthn-rs asks for conditional mediation (the passkey offered in the email field's
    // autofill); from a button the browser must ask at once instead.
    options.mediation = None;
    start_ceremony(
        state,
        CeremonyPurpose::SignIn,
        None,
        "",
        &to_json::<DiscoverableAuthentication>(&authentication)?,
        to_json(&options)?,
    )
    .await
}

/// Signs in with the passkey's answer alone; answers the session's cookie token. The
/// passkey is both factors: the authenticator verified the person (PIN or biometrics).
pub async fn finish_sign_in(
    state: &AppState,
    token: &str,
    credential: &str,
    ip: &str,
    user_agent: &str,
) -> Result<String, AppError> {
    let webauthn = relying_party(state)?;
    let now = state.clock.now();
    let refused = || AppError::Conflict {
        field: None,
        message: t!(use_locale(), "two-factor-passkey-sign-in-refused"),
    };
    // Counted as a failed password would be, and taken back on success.
    let ip_bucket = format!("login:ip:{}", rate_limit::client_key(ip));
    rate_limit::hit(&state.db, &ip_bucket, LOGIN_PER_IP, now).await?;
    let ceremony = repo::claim_ceremony(
        state.db.pool(),
        &hash_token(token),
        CeremonyPurpose::SignIn,
        now,
    )
    .await?
    .ok_or_else(ceremony_over)?;
    let authentication: DiscoverableAuthentication = stored(&ceremony.state)?;
    let credential: PublicKeyCredential = answer(credential)?;
    let (handle, credential_id) = webauthn
        .identify_discoverable_authentication(&credential)
        .map_err(|_| refused())?;
    let user_id = repo::user_of_handle(state.db.pool(), &handle.to_string())
        .await?
        .ok_or_else(refused)?;
    let row = repo::passkey_by_credential(state.db.pool(), &credential_key(credential_id))
        .await?
        .filter(|row| row.user_id == user_id)
        .ok_or_else(refused)?;
    let passkey: Passkey = stored(&row.passkey)?;
    let result = webauthn
        .finish_discoverable_authentication_v2(&credential, authentication, &passkey)
        .map_err(|error| {
            tracing::warn!(ip, user_id, %error, "passkey sign-in refused");
            refused()
        })?;
    let workspace_id = factors::sign_in_workspace(state.db.pool(), user_id)
        .await?
        .ok_or_else(refused)?;
    let mut tx = state.db.begin_write().await?;
    record_use(&mut tx, now, user_id, result).await?;
    let session = start_session(&mut tx, now, user_id, workspace_id, user_agent, ip).await?;
    tx.commit().await?;
    rate_limit::forgive(&state.db, &ip_bucket).await?;
    rate_limit::forgive(&state.db, &ceremony_bucket(ip)).await?;
    tracing::info!(user_id, ip, "signed in with a passkey");
    Ok(session)
}

/// Deletes ceremonies past their time. Returns how many.
pub async fn purge(db: &crate::db::Db, now: i64) -> Result<u64, sqlx::Error> {
    repo::purge_expired_ceremonies(db.pool(), now).await
}
