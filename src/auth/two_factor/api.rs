//! Server functions of two-factor sign-in. `verify_sign_in` and the passkey second step are
//! open to anyone holding a half-done sign-in's cookie, the passkey sign-in to anyone (the
//! passkey is the credential); every other one is the signed-in person's own.

use crate::auth::two_factor::model::{AuthenticatorSetup, PasskeyCeremony, TwoFactorStatus};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::auth::guard::authorize,
    crate::auth::session,
    crate::auth::two_factor::{passkey, service},
    crate::policy::Permission,
    crate::server::{AppState, middleware::client_ip},
};

/// Whether the caller's sign-in has a second factor, and what the workspace requires.
#[server(endpoint = "two_factor")]
pub async fn load_two_factor() -> Result<TwoFactorStatus, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    service::status(&state, &member.session).await
}

/// The QR code and setup key of a new authenticator secret, after the password again.
#[server(endpoint = "begin_authenticator_setup")]
pub async fn begin_authenticator_setup(
    current_password: String,
) -> Result<AuthenticatorSetup, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = client_ip().await;
    service::begin_authenticator_setup(&state, &member.session, current_password, &ip).await
}

/// Turns the authenticator app on with a code from it; answers the recovery codes.
#[server(endpoint = "turn_on_authenticator")]
pub async fn turn_on_authenticator(code: String) -> Result<Vec<String>, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = client_ip().await;
    service::turn_on_authenticator(&state, &member.session, &code, &ip).await
}

/// Replaces the recovery codes, after the password again; answers the new ones.
#[server(endpoint = "new_recovery_codes")]
pub async fn new_recovery_codes(current_password: String) -> Result<Vec<String>, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = client_ip().await;
    service::new_recovery_codes(&state, &member.session, current_password, &ip).await
}

/// Turns two-factor off with the password and a code.
#[server(endpoint = "turn_off_two_factor")]
pub async fn turn_off_two_factor(current_password: String, code: String) -> Result<(), AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = client_ip().await;
    service::turn_off(&state, &member.session, current_password, &code, &ip).await
}

/// The second step of a sign-in: a code from the app or a recovery code. Starts the session
/// and goes to `next` or home.
#[server(endpoint = "verify_sign_in")]
pub async fn verify_sign_in(code: String, #[server(default)] next: String) -> Result<(), AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    let challenge = service::challenge_from_cookie(&state)?;
    let token =
        service::finish_sign_in(&state, &challenge, &code, &ip, &session::user_agent()).await?;
    service::forget_challenge_cookie(&state);
    session::set_cookie(&state, &token);
    leptos_axum::redirect(&crate::auth::return_to::landing(&state.config, &next));
    Ok(())
}

/// An admin resets a locked-out member's second factor; their sessions here end.
#[server(endpoint = "reset_two_factor")]
pub async fn reset_two_factor(user_id: i64) -> Result<(), AppError> {
    let state = AppState::current()?;
    let admin = authorize(&state, Permission::ManageUsers).await?;
    let ip = client_ip().await;
    service::reset_by_admin(&state, &admin, user_id, &ip).await
}

/// Starts adding a passkey called `passkey_name`, after the password again; answers the
/// browser's options.
#[server(endpoint = "begin_passkey_registration")]
pub async fn begin_passkey_registration(
    passkey_name: String,
    #[server(default)] passkey_password: String,
) -> Result<PasskeyCeremony, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = client_ip().await;
    passkey::begin_registration(
        &state,
        &member.session,
        &passkey_name,
        passkey_password,
        &ip,
    )
    .await
}

/// Keeps the passkey the browser made; `credential` is its WebAuthn JSON. Answers the new
/// recovery codes when it is the person's first second factor, else none.
#[server(endpoint = "finish_passkey_registration")]
pub async fn finish_passkey_registration(
    token: String,
    credential: String,
) -> Result<Vec<String>, AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = client_ip().await;
    passkey::finish_registration(&state, &member.session, &token, &credential, &ip).await
}

/// Removes one of the caller's passkeys.
#[server(endpoint = "remove_passkey")]
pub async fn remove_passkey(passkey_id: i64) -> Result<(), AppError> {
    let state = AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    let ip = client_ip().await;
    passkey::remove(&state, &member.session, passkey_id, &ip).await
}

/// The second step of a sign-in with a passkey: its options.
#[server(endpoint = "begin_passkey_second_step")]
pub async fn begin_passkey_second_step() -> Result<PasskeyCeremony, AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    passkey::begin_second_step(&state, &service::challenge_from_cookie(&state)?, &ip).await
}

/// Finishes the second step with the passkey's answer; starts the session and answers where
/// to go: `next` or home.
#[server(endpoint = "finish_passkey_second_step")]
pub async fn finish_passkey_second_step(
    token: String,
    credential: String,
    #[server(default)] next: String,
) -> Result<String, AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    let challenge = service::challenge_from_cookie(&state)?;
    let session_token = passkey::finish_second_step(
        &state,
        &challenge,
        &token,
        &credential,
        &ip,
        &session::user_agent(),
    )
    .await?;
    service::forget_challenge_cookie(&state);
    session::set_cookie(&state, &session_token);
    Ok(crate::auth::return_to::landing(&state.config, &next))
}

/// Starts signing in with a passkey alone.
#[server(endpoint = "begin_passkey_sign_in")]
pub async fn begin_passkey_sign_in() -> Result<PasskeyCeremony, AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    passkey::begin_sign_in(&state, &ip).await
}

/// Signs in with the passkey's answer; answers where to go: `next` or home.
#[server(endpoint = "finish_passkey_sign_in")]
pub async fn finish_passkey_sign_in(
    token: String,
    credential: String,
    #[server(default)] next: String,
) -> Result<String, AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    let session_token =
        passkey::finish_sign_in(&state, &token, &credential, &ip, &session::user_agent()).await?;
    // A sign-in always starts a new session; whatever this device had before ends.
    session::end_current(&state).await?;
    session::set_cookie(&state, &session_token);
    Ok(crate::auth::return_to::landing(&state.config, &next))
}
