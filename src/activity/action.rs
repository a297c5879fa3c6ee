//! Every kind of event the activity log records: one enum feeds the writers, the page's list
//! of shown events and their descriptions, so the compiler checks that each new kind is
//! written by its stored name and decided on for the page.

use strum::{EnumString, IntoStaticStr, VariantArray};

/// A stable verb, stored by its snake_case name (`member_removed` reads back as itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumString, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    WorkspaceCreated,
    WorkspaceSettingsChanged,
    MemberAdded,
    Invited,
    InvitationResent,
    InvitationCancelled,
    Joined,
    RoleChanged,
    Removed,
    SessionsEnded,
    SignedIn,
    SessionEnded,
    OtherSessionsEnded,
    PasswordChanged,
    PasswordReset,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesReplaced,
    TwoFactorReset,
    PasskeyAdded,
    PasskeyRemoved,
    ApiTokenCreated,
    ApiTokenRevoked,
}

impl Action {
    /// The value stored in `activity_log.action`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Whether the workspace's Activity page lists it. A person's own sign-ins and password
    /// changes are their business, kept for audits but not shown to the admins.
    pub fn is_listed(self) -> bool {
        match self {
            Action::WorkspaceCreated
            | Action::WorkspaceSettingsChanged
            | Action::MemberAdded
            | Action::Invited
            | Action::InvitationResent
            | Action::InvitationCancelled
            | Action::Joined
            | Action::RoleChanged
            | Action::Removed
            | Action::SessionsEnded
            // Who guards their account with a second factor is the admins' business: a
            // workspace may require it, and a turned-off factor may be an intruder's work.
            | Action::TwoFactorEnabled
            | Action::TwoFactorDisabled
            | Action::RecoveryCodesReplaced
            | Action::TwoFactorReset
            | Action::PasskeyAdded
            | Action::PasskeyRemoved
            // A token acts with its owner's role from anywhere: the admins see each one made.
            | Action::ApiTokenCreated
            | Action::ApiTokenRevoked => true,
            Action::SignedIn
            | Action::SessionEnded
            | Action::OtherSessionsEnded
            | Action::PasswordChanged
            | Action::PasswordReset => false,
        }
    }

    /// The kinds the Activity page lists, in the enum's order.
    pub fn listed() -> impl Iterator<Item = Action> {
        Action::VARIANTS
            .iter()
            .copied()
            .filter(|action| action.is_listed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_action_round_trips_through_its_stored_name() {
        for &action in Action::VARIANTS {
            assert_eq!(action.as_str().parse::<Action>(), Ok(action));
        }
        assert_eq!(Action::InvitationCancelled.as_str(), "invitation_cancelled");
        assert_eq!(Action::OtherSessionsEnded.as_str(), "other_sessions_ended");
    }

    /// The stored names the Activity page has shown since it existed: changing one would
    /// hide old history.
    #[test]
    fn the_page_lists_the_workspace_events() {
        let listed: Vec<&str> = Action::listed().map(Action::as_str).collect();
        assert_eq!(
            listed,
            [
                "workspace_created",
                "workspace_settings_changed",
                "member_added",
                "invited",
                "invitation_resent",
                "invitation_cancelled",
                "joined",
                "role_changed",
                "removed",
                "sessions_ended",
                "two_factor_enabled",
                "two_factor_disabled",
                "recovery_codes_replaced",
                "two_factor_reset",
                "passkey_added",
                "passkey_removed",
                "api_token_created",
                "api_token_revoked",
            ]
        );
    }
}
