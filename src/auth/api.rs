//! Server functions for signing in and out. `login` is open to anonymous callers by design;
//! `viewer` answers `None` to them.

use crate::auth::model::{DeviceSession, Viewer};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use {
    crate::auth::{guard::authorize, service, session},
    crate::policy::Permission,
    crate::server::{AppState, middleware::client_ip},
};

/// Signs in and goes to `next` (the page someone came for, see [`return_to`]) or home, by
/// way of the second step when the account has one.
///
/// [`return_to`]: crate::auth::return_to
#[server(endpoint = "login")]
pub async fn login(
    email: String,
    password: String,
    #[server(default)] next: String,
) -> Result<(), AppError> {
    use crate::auth::return_to::{carrying_next, landing};
    let state = AppState::current()?;
    let ip = client_ip().await;
    // A sign-in always starts a new session; whatever this device had before ends.
    session::end_current(&state).await?;
    match service::sign_in(&state, &email, password, &ip, &session::user_agent()).await? {
        service::SignedIn::Session(token) => {
            session::set_cookie(&state, &token);
            leptos_axum::redirect(&landing(&state.config, &next));
        }
        service::SignedIn::SecondFactorNeeded(challenge) => {
            crate::auth::two_factor::service::remember_challenge_cookie(&state, &challenge);
            leptos_axum::redirect(&carrying_next(&state.config, "/login/two-factor", &next));
        }
    }
    Ok(())
}

/// Ends this device's session only; the person's other devices stay signed in. Goes to
/// `/login` unless `stay` asks to remain on the page (the invitation page does, to continue
/// as the invited person).
#[server(endpoint = "logout")]
pub async fn logout(#[server(default)] stay: bool) -> Result<(), AppError> {
    let state = AppState::current()?;
    if let Some(user_id) = session::end_current(&state).await? {
        let ip = client_ip().await;
        tracing::info!(user_id, ip, "signed out");
    }
    session::clear_cookie(&state);
    if !stay {
        leptos_axum::redirect("/login?logged_out=1");
    }
    Ok(())
}

/// The signed-in person, or `None`.
#[server(endpoint = "viewer")]
pub async fn current_viewer() -> Result<Option<Viewer>, AppError> {
    use crate::workspace::model::WorkspaceChoice;
    let state = AppState::current()?;
    let Some(session) = session::current(&state).await? else {
        return Ok(None);
    };
    // Most people belong to one workspace: the session's own, already read with it.
    let workspaces = match (
        session.workspace_count,
        session.role,
        session.workspace_id,
        &session.workspace_name,
    ) {
        (0, ..) => Vec::new(),
        (1, Some(role), Some(id), Some(name)) => vec![WorkspaceChoice {
            id,
            name: name.clone(),
            role,
        }],
        _ => crate::workspace::repo::workspaces_of(state.db.pool(), session.user_id)
            .await?
            .into_iter()
            .map(|(id, name, role)| WorkspaceChoice { id, name, role })
            .collect(),
    };
    Ok(Some(Viewer {
        locale: session.locale(),
        chosen_locale: session
            .language
            .as_deref()
            .and_then(crate::i18n::Locale::from_tag),
        automatic_locale: session.automatic_locale(),
        workspace_locale: session.workspace_locale(),
        must_set_up_two_factor: session.lacks_required_second_factor(),
        name: session.name,
        email: session.email,
        workspace_id: session.workspace_id,
        workspace_name: session.workspace_name,
        role: session.role,
        workspaces,
    }))
}

/// Every device the caller is signed in on.
#[server(endpoint = "sessions")]
pub async fn list_sessions() -> Result<Vec<DeviceSession>, AppError> {
    let state = AppState::current()?;
    let current = authorize(&state, Permission::ManageOwnAccount)
        .await?
        .session;
    service::list_devices(&state, &current).await
}

/// Ends one of the caller's sessions; ending this device's own one signs this device out.
#[server(endpoint = "end_session")]
pub async fn end_session(session_id: i64) -> Result<(), AppError> {
    let state = AppState::current()?;
    let current = authorize(&state, Permission::ManageOwnAccount)
        .await?
        .session;
    let ip = client_ip().await;
    service::end_device(&state, &current, session_id, &ip).await?;
    if Some(session_id) == current.session_id {
        session::clear_cookie(&state);
        leptos_axum::redirect("/login");
    }
    Ok(())
}

/// Ends every session of the caller except this device's. Answers how many ended.
#[server(endpoint = "end_other_sessions")]
pub async fn end_other_sessions() -> Result<u64, AppError> {
    let state = AppState::current()?;
    let current = authorize(&state, Permission::ManageOwnAccount)
        .await?
        .session;
    let ip = client_ip().await;
    service::end_other_devices(&state, &current, &ip).await
}

/// Changes the caller's password; their other devices are signed out.
#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    let state = AppState::current()?;
    let current = authorize(&state, Permission::ManageOwnAccount)
        .await?
        .session;
    let ip = client_ip().await;
    let change = service::PasswordChange {
        current_password,
        new_password,
        confirm_password,
    };
    let token =
        service::change_password(&state, &current, change, &ip, &session::user_agent()).await?;
    session::set_cookie(&state, &token);
    Ok(())
}

/// Emails a reset link when the address has an account. The answer is the same either way.
#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    service::request_password_reset(&state, &email, &ip, crate::i18n::use_locale()).await
}

/// Whether a reset link still works, so the page can say so before anyone types.
#[server(endpoint = "reset_link")]
pub async fn reset_link_usable(token: String) -> Result<bool, AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    service::reset_link_usable(&state, &token, &ip).await
}

/// Sets a new password through an emailed link, then sends the person to sign in.
#[server(endpoint = "reset_password")]
pub async fn reset_password(
    token: String,
    new_password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    let state = AppState::current()?;
    let ip = client_ip().await;
    service::reset_password(
        &state,
        &token,
        new_password,
        &confirm_password,
        &ip,
        crate::i18n::use_locale(),
    )
    .await?;
    leptos_axum::redirect("/login?reset=1");
    Ok(())
}
