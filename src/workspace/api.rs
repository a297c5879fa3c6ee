//! Server functions for workspaces. The two first-run ones are open to anonymous callers by
//! design: they only work while no account exists, and creating one needs the setup code.

use crate::error::AppError;
use crate::workspace::model::{HomeSummary, WorkspaceSettings};
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
    complete_first_run(
        &state.db,
        &state.clock,
        &state.hasher,
        &state.setup_code,
        form,
        &ip,
    )
    .await?;
    leptos_axum::redirect("/login?welcome=1");
    Ok(())
}

/// The caller's workspace settings: editable for Admins, read-only for Editors.
#[server(endpoint = "workspace_settings")]
pub async fn load_workspace_settings() -> Result<WorkspaceSettings, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ViewWorkspaceSettings).await?;
    use crate::workspace::service::{Timezones, load_settings};
    load_settings(&state, &member, Timezones::Listed).await
}

/// Saves the workspace name, language and timezone. Admins only.
#[server(endpoint = "save_workspace_settings")]
pub async fn save_workspace_settings(
    workspace_name: String,
    language: String,
    timezone: String,
    #[server(default)] two_factor_rule: Option<String>,
) -> Result<WorkspaceSettings, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    use crate::workspace::service::{SettingsForm, Timezones, save_settings};
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ChangeWorkspaceSettings).await?;
    let ip = crate::server::middleware::client_ip().await;
    let form = SettingsForm {
        workspace_name,
        language,
        timezone,
        two_factor_rule,
    };
    save_settings(&state, &member, form, &ip, Timezones::Listed).await
}

/// Moves this device to another of the caller's workspaces and answers where to go: the page
/// `from` names when their role there opens it, otherwise its home page.
#[server(endpoint = "switch_workspace")]
pub async fn switch_workspace(
    workspace_id: i64,
    #[server(default)] from: Option<String>,
) -> Result<String, AppError> {
    use crate::auth::session;
    use crate::navigation::Page;
    let state = crate::server::AppState::current()?;
    // Deliberately only a session: someone removed from this device's workspace must still
    // be able to move to a workspace they belong to.
    let current = session::require(&state).await?;
    let role = crate::workspace::service::switch_workspace(&state, &current, workspace_id).await?;
    let landing = Page::landing_after_switch(from.as_deref().unwrap_or("/"), role);
    // A form posted without script follows the redirect; the island goes there itself.
    leptos_axum::redirect(landing);
    Ok(landing.to_owned())
}

/// What the caller's Home page shows in their workspace; more for those who manage users.
#[server(endpoint = "home")]
pub async fn load_home() -> Result<HomeSummary, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ManageOwnAccount).await?;
    crate::workspace::service::home(&state, &member).await
}
