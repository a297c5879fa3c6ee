//! Server functions for the first run. Both are open to anonymous callers by design: they
//! only work while no account exists, and creating one needs the setup code.

use crate::error::AppError;
use leptos::prelude::*;

/// Whether this installation still waits for its first workspace.
#[server(endpoint = "first_run_open")]
pub async fn first_run_open() -> Result<bool, AppError> {
    let state = crate::server::AppState::current()?;
    Ok(!crate::users::repo::any_user_exists(state.db.pool()).await?)
}

/// Creates the first workspace and its admin, then sends the person to sign in.
#[server(endpoint = "complete_setup")]
pub async fn complete_setup(
    setup_code: String,
    workspace_name: String,
    name: String,
    email: String,
    password: String,
) -> Result<(), AppError> {
    use crate::workspace::service::{FirstRun, complete_first_run};
    let state = crate::server::AppState::current()?;
    let ip = crate::server::middleware::client_ip().await;
    let form = FirstRun {
        setup_code,
        workspace_name,
        name,
        email,
        password,
    };
    complete_first_run(&state.db, &state.clock, &state.setup_code, form, &ip).await?;
    leptos_axum::redirect("/login?welcome=1");
    Ok(())
}
