//! One method per server function on a [`Device`] (the session is the device's), and per API
//! endpoint on a [`Script`] (its token), answering with the model types, for tests
//! of what succeeds. A test of a refusal calls [`Device::call`] and looks at the status and
//! the error body instead.

use crate::helpers::{Device, Script, accept_form};
use reqwest::Method;
use roster::activity::model::ActivityPage;
use roster::auth::api_tokens::model::{Access, CreatedToken, TokenSummary};
use roster::auth::model::{DeviceSession, Viewer};
use roster::auth::two_factor::model::{AuthenticatorSetup, TwoFactorStatus};
use roster::error::AppError;
use roster::invitations::model::{
    InvitationDetails, InvitationLink, InviteResult, PendingInvitation,
};
use roster::policy::Role;
use roster::rest::Problem;
use roster::rest::schema::{
    ActivityList, Invitation, InvitationResults, Me, Member, MemberList, Workspace,
};
use roster::users::model::{MemberDetail, MemberPage};
use roster::workspace::model::{HomeSummary, WorkspaceSettings};
use serde::de::DeserializeOwned;

/// Which page of the Users tab to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    First,
    After(i64),
    Before(i64),
}

impl Device {
    /// Calls `endpoint`, insists on success, and reads the answer as `T`.
    pub async fn answer<T: DeserializeOwned>(&self, endpoint: &str, form: &[(&str, &str)]) -> T {
        let response = self.call(endpoint, form).await;
        let status = response.status();
        let body = response.text().await.expect("an answer");
        assert!(status.is_success(), "{endpoint} answered {status}: {body}");
        serde_json::from_str(&body)
            .unwrap_or_else(|e| panic!("{endpoint} answered with unexpected JSON ({e}): {body}"))
    }

    /// Who this device is signed in as, if anyone.
    pub async fn viewer(&self) -> Option<Viewer> {
        self.answer("viewer", &[]).await
    }

    /// Who this device is signed in as; fails the test when signed out.
    pub async fn signed_in(&self) -> Viewer {
        self.viewer().await.expect("signed in")
    }

    /// Signs this device out (the server function's `stay` only decides where a page goes).
    pub async fn logout(&self) {
        self.answer("logout", &[]).await
    }

    /// The devices signed in to this account.
    pub async fn sessions(&self) -> Vec<DeviceSession> {
        self.answer("sessions", &[]).await
    }

    /// Ends one of this account's sessions; this device's own one signs it out.
    pub async fn end_session(&self, session_id: i64) {
        self.answer("end_session", &[("session_id", &session_id.to_string())])
            .await
    }

    /// Ends every other session of this account; answers how many ended.
    pub async fn end_other_sessions(&self) -> u64 {
        self.answer("end_other_sessions", &[]).await
    }

    /// Changes this account's password, confirming `new_password` as typed.
    pub async fn change_password(&self, current_password: &str, new_password: &str) {
        self.answer(
            "change_password",
            &[
                ("current_password", current_password),
                ("new_password", new_password),
                ("confirm_password", new_password),
            ],
        )
        .await
    }

    /// Asks for a reset link for `email`; the answer is the same whether it has an account.
    pub async fn request_password_reset(&self, email: &str) {
        self.answer("request_password_reset", &[("email", email)])
            .await
    }

    /// Whether a reset link's token still works (the `reset_link` endpoint).
    pub async fn reset_link_usable(&self, token: &str) -> bool {
        self.answer("reset_link", &[("token", token)]).await
    }

    /// Sets a new password through a reset link, confirming it as typed.
    pub async fn reset_password(&self, token: &str, new_password: &str) {
        self.answer(
            "reset_password",
            &[
                ("token", token),
                ("new_password", new_password),
                ("confirm_password", new_password),
            ],
        )
        .await
    }

    /// Whether the first-run setup is still open (nobody has an account yet).
    pub async fn first_run_open(&self) -> bool {
        self.answer("first_run_open", &[]).await
    }

    /// Runs the first-run setup (the first workspace and its admin) with `form`, as
    /// [`crate::helpers::setup_form`] writes it.
    pub async fn complete_setup(&self, form: &[(&str, &str)]) {
        self.answer("complete_setup", form).await
    }

    /// Moves this device to another of this account's workspaces.
    pub async fn switch_workspace(&self, workspace_id: i64) {
        self.switch_workspace_from(workspace_id, "/").await;
    }

    /// Moves this device to another of this account's workspaces from the page at `from`, and
    /// answers the address it lands on there.
    pub async fn switch_workspace_from(&self, workspace_id: i64, from: &str) -> String {
        self.answer(
            "switch_workspace",
            &[("workspace_id", &workspace_id.to_string()), ("from", from)],
        )
        .await
    }

    /// The Invitations tab, newest first.
    pub async fn invitations(&self) -> Vec<PendingInvitation> {
        self.answer("invitations", &[]).await
    }

    /// Invites `emails` (commas or new lines) as `role`: one result per address.
    pub async fn invite(&self, emails: &str, role: Role) -> Vec<InviteResult> {
        self.answer("invite", &[("emails", emails), ("role", role.as_str())])
            .await
    }

    /// Invites `emails` as `role` by an email in `language` (a tag), not the workspace's.
    pub async fn invite_in(&self, emails: &str, role: Role, language: &str) -> Vec<InviteResult> {
        self.answer(
            "invite",
            &[
                ("emails", emails),
                ("role", role.as_str()),
                ("language", language),
            ],
        )
        .await
    }

    /// What the accept page shows for an invitation link's token.
    pub async fn invitation(&self, token: &str) -> InvitationLink {
        self.answer("invitation", &[("token", token)]).await
    }

    /// The accept page of a link that must still work.
    pub async fn valid_invitation(&self, token: &str) -> InvitationDetails {
        match self.invitation(token).await {
            InvitationLink::Valid(details) => details,
            InvitationLink::Invalid => panic!("the invitation link no longer works"),
        }
    }

    /// Sends a pending or expired invitation again with a new link; the old one dies.
    pub async fn resend_invitation(&self, invitation_id: i64) {
        self.answer(
            "resend_invitation",
            &[("invitation_id", &invitation_id.to_string())],
        )
        .await
    }

    /// Cancels a pending invitation; its link dies at once.
    pub async fn cancel_invitation(&self, invitation_id: i64) {
        self.answer(
            "cancel_invitation",
            &[("invitation_id", &invitation_id.to_string())],
        )
        .await
    }

    /// Joins through an invitation link as a new account (`name`, and `password` confirmed as
    /// typed) and signs this device in.
    pub async fn accept_invitation(&self, token: &str, name: &str, password: &str) {
        self.answer("accept_invitation", &accept_form(token, name, password))
            .await
    }

    /// Whether this admin is emailed when someone joins the workspace.
    pub async fn join_emails(&self) -> bool {
        self.answer("join_emails", &[]).await
    }

    /// Turns this admin's join emails on or off, as the checkbox does; answers the setting.
    pub async fn set_join_emails(&self, enabled: bool) -> bool {
        let form: &[(&str, &str)] = if enabled { &[("enabled", "true")] } else { &[] };
        self.answer("set_join_emails", form).await
    }

    /// Calls `endpoint`, insists on a refusal, and reads its status and error.
    pub async fn refused(&self, endpoint: &str, form: &[(&str, &str)]) -> (u16, AppError) {
        let response = self.call(endpoint, form).await;
        let status = response.status();
        let body = response.text().await.expect("an answer");
        assert!(!status.is_success(), "{endpoint} answered {status}: {body}");
        let error = serde_json::from_str(&body)
            .unwrap_or_else(|e| panic!("{endpoint} refused with unexpected JSON ({e}): {body}"));
        (status.as_u16(), error)
    }

    /// A page of the Users tab for a search (`""` for everyone).
    pub async fn members(&self, query: &str, page: Page) -> MemberPage {
        let cursor;
        let mut form = vec![("query", query)];
        match page {
            Page::First => {}
            Page::After(id) => {
                cursor = id.to_string();
                form.push(("after", &cursor));
            }
            Page::Before(id) => {
                cursor = id.to_string();
                form.push(("before", &cursor));
            }
        }
        self.answer("members", &form).await
    }

    /// The user details page of one member.
    pub async fn member(&self, user_id: i64) -> MemberDetail {
        self.answer("member", &[("user_id", &user_id.to_string())])
            .await
    }

    /// Gives a member another role.
    pub async fn change_role(&self, user_id: i64, role: Role) {
        self.answer(
            "change_role",
            &[("user_id", &user_id.to_string()), ("role", role.as_str())],
        )
        .await
    }

    /// Removes a member from the workspace; their account and history stay.
    pub async fn remove_member(&self, user_id: i64) {
        self.answer("remove_member", &[("user_id", &user_id.to_string())])
            .await
    }

    /// Ends a member's sessions in this workspace; answers how many ended.
    pub async fn end_member_sessions(&self, user_id: i64) -> u64 {
        self.answer("end_member_sessions", &[("user_id", &user_id.to_string())])
            .await
    }

    /// A page of Activity, newest first.
    pub async fn activity(&self, older_than: Option<i64>) -> ActivityPage {
        match older_than {
            Some(id) => {
                self.answer("activity", &[("older_than", &id.to_string())])
                    .await
            }
            None => self.answer("activity", &[]).await,
        }
    }

    /// The first page of what `user_id` did or underwent, newest first.
    pub async fn activity_of(&self, user_id: i64) -> ActivityPage {
        self.answer("activity", &[("person", &user_id.to_string())])
            .await
    }

    /// What the Home page shows in this device's workspace.
    pub async fn home(&self) -> HomeSummary {
        self.answer("home", &[]).await
    }

    /// The workspace settings page.
    pub async fn workspace_settings(&self) -> WorkspaceSettings {
        self.answer("workspace_settings", &[]).await
    }

    /// Saves the workspace's name, language and timezone; answers the settings page.
    pub async fn save_workspace_settings(
        &self,
        workspace_name: &str,
        language: &str,
        timezone: &str,
    ) -> WorkspaceSettings {
        self.answer(
            "save_workspace_settings",
            &[
                ("workspace_name", workspace_name),
                ("language", language),
                ("timezone", timezone),
            ],
        )
        .await
    }

    /// The two-factor page of this device's person.
    pub async fn two_factor(&self) -> TwoFactorStatus {
        self.answer("two_factor", &[]).await
    }

    /// Starts setting up an authenticator app; answers its QR code and setup key.
    pub async fn begin_authenticator_setup(&self, current_password: &str) -> AuthenticatorSetup {
        self.answer(
            "begin_authenticator_setup",
            &[("current_password", current_password)],
        )
        .await
    }

    /// Turns the app on with a code from it; answers the recovery codes.
    pub async fn turn_on_authenticator(&self, code: &str) -> Vec<String> {
        self.answer("turn_on_authenticator", &[("code", code)])
            .await
    }

    /// Replaces the recovery codes; answers the new ones.
    pub async fn new_recovery_codes(&self, current_password: &str) -> Vec<String> {
        self.answer(
            "new_recovery_codes",
            &[("current_password", current_password)],
        )
        .await
    }

    pub async fn turn_off_two_factor(&self, current_password: &str, code: &str) {
        self.answer(
            "turn_off_two_factor",
            &[("current_password", current_password), ("code", code)],
        )
        .await
    }

    /// The second step of a sign-in with a code from the app or a recovery code.
    pub async fn verify_sign_in(&self, code: &str) {
        self.answer("verify_sign_in", &[("code", code)]).await
    }

    /// An admin resets a member's second factor.
    pub async fn reset_two_factor(&self, user_id: i64) {
        self.answer("reset_two_factor", &[("user_id", &user_id.to_string())])
            .await
    }

    /// Saves the workspace settings with who must use two-factor authentication.
    pub async fn require_two_factor(&self, rule: &str) -> WorkspaceSettings {
        let settings = self.workspace_settings().await;
        self.answer(
            "save_workspace_settings",
            &[
                ("workspace_name", settings.name.as_str()),
                ("language", settings.language.as_str()),
                ("timezone", settings.timezone.as_str()),
                ("two_factor_rule", rule),
            ],
        )
        .await
    }
}

impl Device {
    /// Makes an API token in this device's workspace; the answer holds the secret.
    pub async fn create_api_token(&self, name: &str, days: u32, access: Access) -> CreatedToken {
        self.answer(
            "create_api_token",
            &[
                ("name", name),
                ("expires_in_days", &days.to_string()),
                ("access", access.as_str()),
            ],
        )
        .await
    }

    /// A token acting with this device's role for 30 days; its secret.
    pub async fn api_token(&self, name: &str) -> String {
        self.create_api_token(name, 30, Access::SameAsRole)
            .await
            .secret
    }

    pub async fn api_tokens(&self) -> Vec<TokenSummary> {
        self.answer("api_tokens", &[]).await
    }

    pub async fn revoke_api_token(&self, token_id: i64) {
        self.answer("revoke_api_token", &[("token_id", &token_id.to_string())])
            .await
    }

    pub async fn member_api_tokens(&self, user_id: i64) -> Vec<TokenSummary> {
        self.answer("member_api_tokens", &[("user_id", &user_id.to_string())])
            .await
    }

    pub async fn revoke_member_api_token(&self, user_id: i64, token_id: i64) {
        self.answer(
            "revoke_member_api_token",
            &[
                ("user_id", &user_id.to_string()),
                ("token_id", &token_id.to_string()),
            ],
        )
        .await
    }
}

/// A refusal of the REST API, read from its problem document.
#[derive(Debug)]
pub struct Refusal {
    pub status: u16,
    pub content_type: String,
    pub retry_after: Option<String>,
    pub problem: Problem,
}

impl Script {
    /// Calls `method path`, insists on success, and reads the answer as `T`.
    pub async fn answer<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> T {
        let response = self.send(method.clone(), path, body).await;
        let status = response.status();
        let text = response.text().await.expect("an answer");
        assert!(
            status.is_success(),
            "{method} {path} answered {status}: {text}"
        );
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{method} {path} answered unexpected JSON ({e}): {text}"))
    }

    /// Calls `method path`, insists on no content.
    pub async fn done(&self, method: Method, path: &str) {
        let response = self.send(method.clone(), path, None).await;
        let status = response.status().as_u16();
        let text = response.text().await.unwrap_or_default();
        assert_eq!(status, 204, "{method} {path}: {text}");
    }

    /// Calls `method path`, insists on a refusal, and reads its problem document.
    pub async fn refused(
        &self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Refusal {
        let response = self.send(method.clone(), path, body).await;
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let (content_type, retry_after) = (header("content-type"), header("retry-after"));
        let text = response.text().await.expect("an answer");
        assert!(status >= 400, "{method} {path} answered {status}: {text}");
        let problem = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{method} {path} answered no problem ({e}): {text}"));
        Refusal {
            status,
            content_type: content_type.unwrap_or_default(),
            retry_after,
            problem,
        }
    }

    pub async fn me(&self) -> Me {
        self.answer(Method::GET, "/me", None).await
    }

    pub async fn workspace(&self) -> Workspace {
        self.answer(Method::GET, "/workspace", None).await
    }

    pub async fn members(&self, query: &str) -> MemberList {
        self.answer(Method::GET, &format!("/members?q={query}"), None)
            .await
    }

    pub async fn members_after(&self, cursor: &str) -> MemberList {
        self.answer(Method::GET, &format!("/members?cursor={cursor}"), None)
            .await
    }

    pub async fn member(&self, id: i64) -> Member {
        self.answer(Method::GET, &format!("/members/{id}"), None)
            .await
    }

    pub async fn change_role(&self, id: i64, role: Role) -> Member {
        self.answer(
            Method::PATCH,
            &format!("/members/{id}"),
            Some(serde_json::json!({ "role": role.as_str() })),
        )
        .await
    }

    pub async fn invitations(&self) -> Vec<Invitation> {
        self.answer(Method::GET, "/invitations", None).await
    }

    pub async fn invite(&self, emails: &[&str], role: Role) -> InvitationResults {
        self.answer(
            Method::POST,
            "/invitations",
            Some(serde_json::json!({ "emails": emails, "role": role.as_str() })),
        )
        .await
    }

    pub async fn activity(&self) -> ActivityList {
        self.answer(Method::GET, "/activity", None).await
    }
}
