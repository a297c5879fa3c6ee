//! Every server function × every kind of caller: signed out, Agent, Editor, Admin, and an
//! Admin of another workspace. A denial answers 401 or 403 and changes nothing.

use crate::endpoints::Page;
use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, error_body};
use crate::on_both_databases;
use roster::i18n::Locale;
use roster::policy::{Permission, Role, can};
use roster::workspace::service::{add_member, create_workspace};
use strum::VariantArray;

/// Who may call a server function.
#[derive(Debug, Clone, Copy)]
enum Access {
    /// Open to anyone; what it does is guarded otherwise (credentials, setup code, token).
    Public,
    /// Any signed-in person, acting only on their own account.
    SignedIn,
    /// An active member whose role has the permission.
    Needs(Permission),
}

/// Every server function with who may call it and arguments for a call. A new endpoint
/// must be added here, or `every_server_function_is_in_the_matrix` fails.
type Arguments = &'static [(&'static str, &'static str)];

const MATRIX: &[(&str, Access, Arguments)] = &[
    ("login", Access::Public, &[]),
    ("logout", Access::Public, &[]),
    ("viewer", Access::Public, &[]),
    ("first_run_open", Access::Public, &[]),
    ("complete_setup", Access::Public, &[]),
    ("request_password_reset", Access::Public, &[]),
    ("reset_link", Access::Public, &[]),
    ("reset_password", Access::Public, &[]),
    ("verify_sign_in", Access::Public, &[]),
    ("begin_passkey_second_step", Access::Public, &[]),
    ("finish_passkey_second_step", Access::Public, &[]),
    ("begin_passkey_sign_in", Access::Public, &[]),
    ("finish_passkey_sign_in", Access::Public, &[]),
    (
        "switch_workspace",
        Access::SignedIn,
        &[("workspace_id", "999999")],
    ),
    ("sessions", Access::Needs(Permission::ManageOwnAccount), &[]),
    (
        "end_session",
        Access::Needs(Permission::ManageOwnAccount),
        &[("session_id", "999999")],
    ),
    (
        "end_other_sessions",
        Access::Needs(Permission::ManageOwnAccount),
        &[],
    ),
    (
        "change_password",
        Access::Needs(Permission::ManageOwnAccount),
        &[
            ("current_password", "not the password"),
            ("new_password", "a new long passphrase"),
            ("confirm_password", "a new long passphrase"),
        ],
    ),
    (
        "two_factor",
        Access::Needs(Permission::ManageOwnAccount),
        &[],
    ),
    (
        "begin_authenticator_setup",
        Access::Needs(Permission::ManageOwnAccount),
        &[("current_password", "not the password")],
    ),
    (
        "turn_on_authenticator",
        Access::Needs(Permission::ManageOwnAccount),
        &[("code", "000000")],
    ),
    (
        "new_recovery_codes",
        Access::Needs(Permission::ManageOwnAccount),
        &[("current_password", "not the password")],
    ),
    (
        "turn_off_two_factor",
        Access::Needs(Permission::ManageOwnAccount),
        &[("current_password", "not the password"), ("code", "000000")],
    ),
    (
        "begin_passkey_registration",
        Access::Needs(Permission::ManageOwnAccount),
        &[("passkey_name", "Matrix key")],
    ),
    (
        "finish_passkey_registration",
        Access::Needs(Permission::ManageOwnAccount),
        &[("token", "made-up"), ("credential", "{}")],
    ),
    (
        "remove_passkey",
        Access::Needs(Permission::ManageOwnAccount),
        &[("passkey_id", "999999")],
    ),
    (
        "reset_two_factor",
        Access::Needs(Permission::ManageUsers),
        &[("user_id", "999999")],
    ),
    (
        "workspace_settings",
        Access::Needs(Permission::ViewWorkspaceSettings),
        &[],
    ),
    (
        "save_workspace_settings",
        Access::Needs(Permission::ChangeWorkspaceSettings),
        &[
            ("workspace_name", "Renamed by the matrix"),
            ("language", "fr"),
            ("timezone", "Asia/Tokyo"),
        ],
    ),
    ("members", Access::Needs(Permission::ManageUsers), &[]),
    (
        "member",
        Access::Needs(Permission::ManageUsers),
        &[("user_id", "999999")],
    ),
    (
        "change_role",
        Access::Needs(Permission::ManageUsers),
        &[("user_id", "999999"), ("role", "agent")],
    ),
    (
        "remove_member",
        Access::Needs(Permission::ManageUsers),
        &[("user_id", "999999")],
    ),
    (
        "end_member_sessions",
        Access::Needs(Permission::ManageUsers),
        &[("user_id", "999999")],
    ),
    ("activity", Access::Needs(Permission::ViewActivity), &[]),
    ("home", Access::Needs(Permission::ManageOwnAccount), &[]),
    (
        "save_language",
        Access::Needs(Permission::ManageOwnAccount),
        &[("language", "fr")],
    ),
    (
        "choose_language",
        Access::Public,
        &[("language", "fr"), ("back", "/login")],
    ),
    ("invitation", Access::Public, &[]),
    ("accept_invitation", Access::Public, &[]),
    (
        "invitations",
        Access::Needs(Permission::ManageInvitations),
        &[],
    ),
    (
        "invite",
        Access::Needs(Permission::ManageInvitations),
        &[("emails", "not an email"), ("role", "agent")],
    ),
    (
        "resend_invitation",
        Access::Needs(Permission::ManageInvitations),
        &[("invitation_id", "999999")],
    ),
    (
        "cancel_invitation",
        Access::Needs(Permission::ManageInvitations),
        &[("invitation_id", "999999")],
    ),
    (
        "join_emails",
        Access::Needs(Permission::ManageInvitations),
        &[],
    ),
    (
        "set_join_emails",
        Access::Needs(Permission::ManageInvitations),
        &[("enabled", "true")],
    ),
    (
        "api_tokens",
        Access::Needs(Permission::ManageOwnAccount),
        &[],
    ),
    (
        "create_api_token",
        Access::Needs(Permission::ManageOwnAccount),
        &[
            ("name", ""),
            ("expires_in_days", "30"),
            ("access", "read_only"),
        ],
    ),
    (
        "revoke_api_token",
        Access::Needs(Permission::ManageOwnAccount),
        &[("token_id", "999999")],
    ),
    (
        "member_api_tokens",
        Access::Needs(Permission::ManageUsers),
        &[("user_id", "999999")],
    ),
    (
        "revoke_member_api_token",
        Access::Needs(Permission::ManageUsers),
        &[("user_id", "999999"), ("token_id", "999999")],
    ),
    ("api_reference", Access::Public, &[]),
];

async fn every_server_function_is_in_the_matrix(_app: TestApp) {
    let registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.trim_start_matches("/api/").to_owned())
        .collect();
    assert!(!registered.is_empty());
    for path in &registered {
        assert!(
            MATRIX.iter().any(|(name, _, _)| name == path),
            "server function {path} is missing from the authorization matrix"
        );
    }
    for (name, _, _) in MATRIX {
        assert!(
            registered.iter().any(|path| path == name),
            "{name} is in the matrix but not registered"
        );
    }
}

/// Everything a denied call must leave as it was.
async fn fingerprint(app: &TestApp) -> String {
    let mut lines = Vec::new();
    let queries = [
        "SELECT id || ':' || name || ':' || language || ':' || timezone || ':' || two_factor_required \
         FROM workspaces ORDER BY id",
        "SELECT id || ':' || email || ':' || name || ':' || password_hash FROM users ORDER BY id",
        "SELECT id || ':' || workspace_id || ':' || user_id || ':' || role || ':' || \
         COALESCE(CAST(removed_at AS TEXT), '-') FROM memberships ORDER BY id",
        "SELECT id || ':' || user_id || ':' || COALESCE(CAST(workspace_id AS TEXT), '-') \
         FROM sessions ORDER BY id",
        "SELECT CAST(COUNT(*) AS TEXT) FROM password_resets",
        "SELECT CAST(COUNT(*) AS TEXT) FROM outbox",
        "SELECT CAST(COUNT(*) AS TEXT) FROM activity_log",
        "SELECT user_id || ':' || secret || ':' || COALESCE(CAST(confirmed_at AS TEXT), '-') \
         FROM authenticator_apps ORDER BY user_id",
        "SELECT id || ':' || COALESCE(CAST(used_at AS TEXT), '-') FROM recovery_codes ORDER BY id",
        "SELECT CAST(COUNT(*) AS TEXT) FROM sign_in_challenges",
        "SELECT CAST(COUNT(*) AS TEXT) FROM passkeys",
        "SELECT CAST(COUNT(*) AS TEXT) FROM passkey_ceremonies",
    ];
    for query in queries {
        let rows: Vec<(String,)> = sqlx::query_as(query)
            .fetch_all(app.db.pool())
            .await
            .unwrap_or_else(|e| panic!("{query}: {e}"));
        lines.extend(rows.into_iter().map(|(line,)| line));
    }
    lines.join("\n")
}

struct Caller {
    label: &'static str,
    device: Device,
    /// The caller's role in Acme Support, the workspace under test.
    role_here: Option<Role>,
    /// The role in the caller's own workspace, which may be another one.
    role: Option<Role>,
}

async fn callers(app: &TestApp) -> Vec<Caller> {
    let acme = "Acme Support";
    let password = || ADMIN_PASSWORD.to_owned();
    for (email, name, role) in [
        ("eddie@example.test", "Eddie Editor", Role::Editor),
        ("agnes@example.test", "Agnes Agent", Role::Agent),
    ] {
        add_member(&app.db, &app.clock, acme, email, name, password(), role)
            .await
            .unwrap();
    }
    create_workspace(&app.db, &app.clock, "Other Co")
        .await
        .unwrap();
    add_member(
        &app.db,
        &app.clock,
        "Other Co",
        "olga@example.test",
        "Olga Other",
        password(),
        Role::Admin,
    )
    .await
    .unwrap();

    let mut callers = vec![Caller {
        label: "signed out",
        device: app.device(),
        role_here: None,
        role: None,
    }];
    for (label, email, role_here, role) in [
        (
            "Agent",
            "agnes@example.test",
            Some(Role::Agent),
            Role::Agent,
        ),
        (
            "Editor",
            "eddie@example.test",
            Some(Role::Editor),
            Role::Editor,
        ),
        ("Admin", ADMIN_EMAIL, Some(Role::Admin), Role::Admin),
        (
            "Admin of another workspace",
            "olga@example.test",
            None,
            Role::Admin,
        ),
    ] {
        let device = app.device();
        assert_eq!(
            device.login(email, ADMIN_PASSWORD).await.status(),
            200,
            "{label}"
        );
        callers.push(Caller {
            label,
            device,
            role_here,
            role: Some(role),
        });
    }
    callers
}

/// Acme Support's own rows: what an Admin of another workspace must never touch.
async fn acme_fingerprint(app: &TestApp) -> String {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT w.name || ':' || w.language || ':' || w.timezone || ':' || m.user_id || ':' || \
                m.role || ':' || COALESCE(CAST(m.removed_at AS TEXT), '-') \
         FROM workspaces w JOIN memberships m ON m.workspace_id = w.id \
         WHERE w.id = (SELECT MIN(id) FROM workspaces) ORDER BY m.id",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    rows.into_iter()
        .map(|(line,)| line)
        .collect::<Vec<_>>()
        .join("\n")
}

async fn every_protected_server_function_checks_the_caller(app: TestApp) {
    let app = app.with_admin().await;
    let callers = callers(&app).await;

    for (name, access, args) in MATRIX {
        if matches!(access, Access::Public) {
            continue;
        }
        for caller in &callers {
            let before = fingerprint(&app).await;
            let acme_before = acme_fingerprint(&app).await;
            let response = caller.device.call(name, args).await;
            let status = response.status().as_u16();
            let case = format!("{name} as {}", caller.label);
            match (access, caller.role) {
                (Access::Public, _) => unreachable!("skipped above"),
                (Access::SignedIn | Access::Needs(_), None) => {
                    assert_eq!(status, 401, "{case}");
                    assert_eq!(fingerprint(&app).await, before, "{case} changed something");
                }
                (Access::Needs(permission), Some(role)) if !can(role, *permission) => {
                    assert_eq!(status, 403, "{case}");
                    let body = error_body(response).await;
                    // In the workspace's language, which the matrix itself changes on the way.
                    let said = body["Forbidden"].as_str().unwrap_or_default();
                    assert!(
                        Locale::VARIANTS
                            .iter()
                            .any(|locale| said == permission.denial(*locale)),
                        "{case}: {body}"
                    );
                    assert_eq!(fingerprint(&app).await, before, "{case} changed something");
                }
                (Access::SignedIn | Access::Needs(_), Some(_)) => {
                    assert!(
                        ![401, 403].contains(&status),
                        "{case} was refused: {status}"
                    );
                }
            }
            if caller.role_here.is_none() {
                assert_eq!(
                    acme_fingerprint(&app).await,
                    acme_before,
                    "{case} reached into Acme Support"
                );
            }
        }
    }
}

async fn an_admin_of_one_workspace_cannot_switch_into_another(app: TestApp) {
    let app = app.with_admin().await;
    let callers = callers(&app).await;
    let olga = callers
        .iter()
        .find(|c| c.label == "Admin of another workspace")
        .unwrap();
    let (acme_id,): (i64,) =
        sqlx::query_as("SELECT id FROM workspaces WHERE name = 'Acme Support'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();

    let response = olga
        .device
        .call(
            "switch_workspace",
            &[("workspace_id", &acme_id.to_string())],
        )
        .await;

    assert_eq!(response.status(), 404);
    assert_eq!(
        olga.device.signed_in().await.workspace_name.as_deref(),
        Some("Other Co")
    );
    let members = olga.device.members("", Page::First).await;
    assert_eq!(
        members.members.len(),
        1,
        "only Other Co's members: {members:?}"
    );
}

on_both_databases!(
    every_server_function_is_in_the_matrix,
    every_protected_server_function_checks_the_caller,
    an_admin_of_one_workspace_cannot_switch_into_another,
);
