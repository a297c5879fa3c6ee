//! The rules for creating workspaces and their first admins.

use crate::activity::action::Action;
use crate::activity::repo::{Entry, record};
use crate::auth::guard::Member;
use crate::auth::password::{Hasher, check_new_password};
use crate::auth::repo as auth_repo;
use crate::auth::rules::{NameOf, clean_name};
use crate::auth::session::CurrentSession;
use crate::db::clock::{is_timezone, timezone_names};
use crate::db::{Clock, Db, is_unique_violation};
use crate::error::{AppError, Problems};
use crate::i18n::use_locale;
use crate::policy::Role;
use crate::policy::{Permission, can};
use crate::t;
use crate::users::email::Email;
use crate::users::repo as users;
use crate::workspace::model::{
    AdminOverview, HOME_ACTIVITY_SHOWN, HOME_ADMINS_SHOWN, HomeSummary, TwoFactorRule,
    WorkspaceSettings, is_language,
};
use crate::workspace::repo as workspaces;
use crate::workspace::setup_code::SetupCode;

/// What the first-run form sends.
#[derive(Debug, Clone)]
pub struct FirstRun {
    pub setup_code: String,
    pub workspace_name: String,
    pub name: String,
    pub email: String,
    pub password: String,
}

fn already_set_up() -> AppError {
    AppError::Conflict {
        field: None,
        message: t!(use_locale(), "setup-already-done"),
    }
}

fn workspace_name_taken(name: &str) -> AppError {
    AppError::Conflict {
        field: Some("workspace_name".into()),
        message: t!(use_locale(), "workspace-name-taken", name = name),
    }
}

/// Creates the first workspace and its admin, once, while no account exists.
#[tracing::instrument(skip_all)]
pub async fn complete_first_run(
    db: &Db,
    clock: &Clock,
    hasher: &Hasher,
    setup_code: &SetupCode,
    form: FirstRun,
    ip: &str,
) -> Result<(), AppError> {
    let mut problems = Problems::default();
    if form.setup_code.trim().is_empty() {
        problems.push("setup_code", t!(use_locale(), "setup-enter-code"));
    }
    let workspace_name = problems.check(
        "workspace_name",
        clean_name(&form.workspace_name, NameOf::Workspace),
    );
    let name = problems.check("name", clean_name(&form.name, NameOf::You));
    let email = problems.check("email", Email::parse(&form.email));
    problems.check("password", check_new_password(&form.password));
    problems.into_result()?;
    let (Some(workspace_name), Some(name), Some(email)) = (workspace_name, name, email) else {
        return Err(AppError::internal(
            "reading a checked form",
            "a field that passed its checks has no value",
        ));
    };

    if users::any_user_exists(db.pool()).await? {
        return Err(already_set_up());
    }
    if !setup_code.matches(&form.setup_code) {
        tracing::warn!(ip, "first-run setup refused: wrong setup code");
        return Err(AppError::field(
            "setup_code",
            t!(use_locale(), "setup-wrong-code"),
        ));
    }

    let password_hash = hasher.hash(ip, form.password).await?;
    let now = clock.now();
    let mut tx = db.begin_write().await?;
    if !workspaces::claim_first_run(&mut tx, now).await? || users::any_user_exists(&mut *tx).await?
    {
        return Err(already_set_up());
    }
    let workspace_id = workspaces::insert_workspace(&mut tx, now, &workspace_name)
        .await
        .map_err(|e| name_conflict(e, &workspace_name))?;
    let user_id = users::insert_user(&mut tx, now, &email, &name, &password_hash).await?;
    users::insert_membership(&mut tx, now, workspace_id, user_id, Role::Admin, None).await?;
    record(
        &mut tx,
        now,
        &Entry {
            workspace_id: Some(workspace_id),
            actor_user_id: Some(user_id),
            subject_user_id: Some(user_id),
            ip,
            ..Entry::of(Action::WorkspaceCreated)
        },
    )
    .await?;
    tx.commit().await?;
    setup_code.close();
    tracing::info!(workspace_id, user_id, "first workspace created");
    Ok(())
}

/// Creates an empty workspace (the `create-workspace` command). Returns its id.
pub async fn create_workspace(db: &Db, clock: &Clock, raw_name: &str) -> Result<i64, AppError> {
    let name = clean_name(raw_name, NameOf::Workspace).map_err(|m| AppError::field("name", m))?;
    let now = clock.now();
    let mut tx = db.begin_write().await?;
    let id = workspaces::insert_workspace(&mut tx, now, &name)
        .await
        .map_err(|e| name_conflict(e, &name))?;
    record(
        &mut tx,
        now,
        &Entry {
            workspace_id: Some(id),
            detail: "from the command line",
            ..Entry::of(Action::WorkspaceCreated)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// What the `create-admin` or `add-member` command did.
#[derive(Debug, PartialEq, Eq)]
pub enum AdminCreated {
    NewAccount,
    /// The email already had an account: its password is unchanged, and it now has the role
    /// in the workspace.
    ExistingAccount,
}

/// Gives `email` the `role` in the workspace called `workspace_name` (the `create-admin` and
/// `add-member` commands), creating the account when it does not exist yet.
pub async fn add_member(
    db: &Db,
    clock: &Clock,
    workspace_name: &str,
    raw_email: &str,
    raw_name: &str,
    password: String,
    role: Role,
) -> Result<AdminCreated, AppError> {
    let mut problems = Problems::default();
    let email = problems.check("email", Email::parse(raw_email));
    let name = problems.check("name", clean_name(raw_name, NameOf::Someone));
    problems.into_result()?;
    let (Some(email), Some(name)) = (email, name) else {
        return Err(AppError::internal(
            "reading a checked form",
            "a field that passed its checks has no value",
        ));
    };

    let now = clock.now();
    let mut tx = db.begin_write().await?;
    let workspace_id = workspaces::find_workspace_id_by_name(&mut tx, workspace_name.trim())
        .await?
        .ok_or_else(|| {
            AppError::field(
                "workspace",
                format!(
                    "No workspace is named \"{}\"; create it first with: roster create-workspace --name \"{}\"",
                    workspace_name.trim(),
                    workspace_name.trim()
                ),
            )
        })?;
    let (user_id, outcome) = match users::find_user_id_by_email(&mut *tx, &email).await? {
        Some(id) => (id, AdminCreated::ExistingAccount),
        None => {
            check_new_password(&password).map_err(|m| AppError::field("password", m))?;
            // The command line runs on its own, outside any server's hasher.
            let hash = Hasher::default().hash("", password).await?;
            let id = users::insert_user(&mut tx, now, &email, &name, &hash).await?;
            (id, AdminCreated::NewAccount)
        }
    };
    // The same rules as the Users tab: the workspace keeps an admin, and an admin who stops
    // being one takes their pending invitations with them.
    db.lock_workspace(&mut tx, workspace_id).await?;
    if let Some(old) = users::active_role(&mut tx, workspace_id, user_id).await? {
        if old == Role::Admin && role != Role::Admin {
            if users::admin_count(&mut *tx, workspace_id).await? <= 1 {
                return Err(AppError::Conflict {
                    field: Some("role".into()),
                    message: crate::users::service::last_admin_message(),
                });
            }
            crate::invitations::service::cancel_sent_by(
                &mut tx,
                now,
                workspace_id,
                user_id,
                None,
                "",
            )
            .await?;
        }
        users::set_role(&mut tx, workspace_id, user_id, role).await?;
    } else {
        users::insert_membership(&mut tx, now, workspace_id, user_id, role, None).await?;
    }
    record(
        &mut tx,
        now,
        &Entry {
            workspace_id: Some(workspace_id),
            subject_user_id: Some(user_id),
            // No actor: it came from the server's command line.
            detail: role.as_str(),
            ..Entry::of(Action::MemberAdded)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(outcome)
}

fn name_conflict(error: sqlx::Error, name: &str) -> AppError {
    if is_unique_violation(&error, "workspaces_name_key", "workspaces.name") {
        workspace_name_taken(name)
    } else {
        error.into()
    }
}

/// Whether an answer with the settings lists every IANA timezone: the settings page's picker
/// needs them, the API names the workspace's zone and lists none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timezones {
    Listed,
    Omitted,
}

/// The settings of the caller's workspace; the timezone list only when asked for, and only
/// for those who may edit.
pub async fn load_settings(
    state: &crate::server::AppState,
    member: &Member,
    timezones: Timezones,
) -> Result<WorkspaceSettings, AppError> {
    let row = workspaces::settings(state.db.pool(), member.workspace_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let editable = can(member.role, Permission::ChangeWorkspaceSettings);
    Ok(WorkspaceSettings {
        name: row.name,
        language: row.language,
        timezone: row.timezone,
        two_factor_rule: row.two_factor_rule,
        editable,
        timezones: if editable && timezones == Timezones::Listed {
            timezone_names()
        } else {
            Vec::new()
        },
    })
}

/// What the workspace settings form sends.
#[derive(Debug, Clone)]
pub struct SettingsForm {
    pub workspace_name: String,
    pub language: String,
    pub timezone: String,
    /// `None` keeps the current rule (a form from before the choice existed).
    pub two_factor_rule: Option<String>,
}

/// Saves the caller's workspace settings; all fields are checked first and nothing is
/// written unless every one is valid. Answers the settings as saved.
pub async fn save_settings(
    state: &crate::server::AppState,
    member: &Member,
    form: SettingsForm,
    ip: &str,
    timezones: Timezones,
) -> Result<WorkspaceSettings, AppError> {
    let mut problems = Problems::default();
    let name = problems.check(
        "workspace_name",
        clean_name(&form.workspace_name, NameOf::Workspace),
    );
    let language = form.language.trim();
    if !is_language(language) {
        problems.push("language", t!(use_locale(), "language-unknown"));
    }
    let timezone = form.timezone.trim();
    if !is_timezone(timezone) {
        problems.push("timezone", t!(use_locale(), "workspace-timezone-unknown"));
    }
    let two_factor_rule = match form.two_factor_rule.as_deref().map(str::trim) {
        None => None,
        Some(stored) => problems.check(
            "two_factor_rule",
            stored
                .parse::<TwoFactorRule>()
                .map(Some)
                .map_err(|_| t!(use_locale(), "workspace-two-factor-rule-unknown")),
        ),
    };
    problems.into_result()?;
    let Some(name) = name else {
        return Err(AppError::internal(
            "reading a checked form",
            "a field that passed its checks has no value",
        ));
    };
    let settings = workspaces::SettingsChange {
        name: name.clone(),
        language: language.to_owned(),
        timezone: timezone.to_owned(),
        two_factor_rule: two_factor_rule.flatten(),
    };
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    crate::auth::guard::recheck_under_lock(
        state,
        &mut tx,
        member,
        Permission::ChangeWorkspaceSettings,
    )
    .await?;
    workspaces::update_settings(&mut tx, member.workspace_id, &settings)
        .await
        .map_err(|error| name_conflict(error, &name))?;
    record(
        &mut tx,
        now,
        &Entry::by(member, Action::WorkspaceSettingsChanged, ip),
    )
    .await?;
    tx.commit().await?;
    load_settings(state, member, timezones).await
}

/// Moves this device's session to another workspace of the same person, answering their role
/// there. A workspace they are not an active member of answers 404, as if it did not exist.
pub async fn switch_workspace(
    state: &crate::server::AppState,
    session: &CurrentSession,
    workspace_id: i64,
) -> Result<Role, AppError> {
    let mine = workspaces::workspaces_of(state.db.pool(), session.user_id).await?;
    let Some(&(_, _, role)) = mine.iter().find(|(id, ..)| *id == workspace_id) else {
        return Err(AppError::NotFound);
    };
    if !workspaces::session_may_enter(
        state.db.pool(),
        workspace_id,
        session.user_id,
        session.created_at,
    )
    .await?
    {
        return Err(AppError::Forbidden(t!(
            use_locale(),
            "workspace-logged-out-by-admin"
        )));
    }
    // A token acts in the one workspace it was made in.
    let Some(session_id) = session.session_id else {
        return Err(AppError::Unauthenticated);
    };
    auth_repo::set_session_workspace(state.db.pool(), session_id, workspace_id).await?;
    crate::auth::session::forget_current();
    let now = state.clock.now();
    auth_repo::mark_member_active(state.db.pool(), now, workspace_id, session.user_id).await?;
    Ok(role)
}

/// What `member`'s Home page shows: the workspace's admins and their own sessions, and for
/// those who manage users, counts, invitations and the latest activity.
pub async fn home(
    state: &crate::server::AppState,
    member: &Member,
) -> Result<HomeSummary, AppError> {
    let pool = state.db.pool();
    let admins = workspaces::admin_names(pool, member.workspace_id, HOME_ADMINS_SHOWN).await?;
    let sessions = auth_repo::list_sessions(pool, member.user_id())
        .await?
        .len();
    let overview = match can(member.role, Permission::ManageUsers) {
        true => {
            let counts = workspaces::role_counts(pool, member.workspace_id).await?;
            let count = |role: Role| {
                counts
                    .iter()
                    .find(|(counted, _)| *counted == role)
                    .map_or(0, |(_, n)| *n)
            };
            let now = state.clock.now();
            const WEEK: i64 = 7 * 24 * 60 * 60;
            let (pending_invitations, expiring_this_week) =
                crate::invitations::repo::pending_counts(
                    pool,
                    member.workspace_id,
                    now,
                    now + WEEK,
                )
                .await?;
            Some(AdminOverview {
                admins: count(Role::Admin),
                editors: count(Role::Editor),
                agents: count(Role::Agent),
                pending_invitations,
                expiring_this_week,
                latest_activity: crate::activity::service::latest(
                    state,
                    member,
                    HOME_ACTIVITY_SHOWN,
                )
                .await?,
            })
        }
        false => None,
    };
    Ok(HomeSummary {
        admins,
        sessions,
        overview,
    })
}
