//! One method per server function on a [`Device`] (the session is the device's), answering with the model types the pages use, for tests
//! of what succeeds. A test of a refusal calls [`Device::call`] and looks at the status and
//! the error body instead.

use crate::helpers::Device;
use roster::activity::model::ActivityPage;
use roster::auth::model::{DeviceSession, Viewer};
use roster::error::AppError;
use roster::invitations::model::{
    InvitationDetails, InvitationLink, InviteResult, PendingInvitation,
};
use roster::policy::Role;
use roster::users::model::{MemberDetail, MemberPage};
use roster::workspace::model::WorkspaceSettings;
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

    /// The devices signed in to this account.
    pub async fn sessions(&self) -> Vec<DeviceSession> {
        self.answer("sessions", &[]).await
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

    /// The workspace settings page.
    pub async fn workspace_settings(&self) -> WorkspaceSettings {
        self.answer("workspace_settings", &[]).await
    }
}
