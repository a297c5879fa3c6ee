//! Server functions for signing in and out. `login` is open to anonymous callers by design;
//! `viewer` answers `None` to them.

use crate::auth::model::Viewer;
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "login")]
pub async fn login(email: String, password: String) -> Result<(), AppError> {
    use crate::auth::{service, session};
    let state = crate::server::AppState::current()?;
    let ip = crate::server::middleware::client_ip().await;
    // A sign-in always starts a new session; whatever this device had before ends.
    session::end_current(&state).await?;
    let token = service::sign_in(&state, &email, password, &ip, &session::user_agent()).await?;
    session::set_cookie(&state, &token);
    leptos_axum::redirect("/");
    Ok(())
}

/// Ends this device's session only; the person's other devices stay signed in.
#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::auth::session;
    let state = crate::server::AppState::current()?;
    session::end_current(&state).await?;
    session::clear_cookie(&state);
    leptos_axum::redirect("/login");
    Ok(())
}

/// The signed-in person, or `None`.
#[server(endpoint = "viewer")]
pub async fn current_viewer() -> Result<Option<Viewer>, AppError> {
    let state = crate::server::AppState::current()?;
    Ok(crate::auth::session::current(&state)
        .await?
        .map(|s| Viewer {
            name: s.name,
            email: s.email,
            workspace_name: s.workspace_name,
            role: s.role,
        }))
}
