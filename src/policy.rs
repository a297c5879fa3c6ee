//! Roles and what each may do. Pure: no IO, so the browser and the server share it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use strum::{IntoStaticStr, VariantArray};

/// A person's role in one workspace. Stored as its lowercase name, sent as its label, and
/// read from either (see [`Role::from_str`]), so a form's `role=admin` arrives as a `Role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "lowercase")]
pub enum Role {
    Admin,
    Editor,
    Agent,
}

impl Role {
    /// Every role, in the order people read them (most rights first); derived from the enum,
    /// so a new role is listed without anyone remembering to.
    pub const ALL: &'static [Role] = Role::VARIANTS;

    /// The value stored in the database, and written in forms.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The name people read.
    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Admin",
            Role::Editor => "Editor",
            Role::Agent => "Agent",
        }
    }

    /// The name people read, in `locale`.
    pub fn name_in(self, locale: crate::i18n::Locale) -> String {
        match self {
            Role::Admin => crate::t!(locale, "role-admin"),
            Role::Editor => crate::t!(locale, "role-editor"),
            Role::Agent => crate::t!(locale, "role-agent"),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} {:?}: expected admin, editor or agent", UnknownRole::MESSAGE_START, .0)]
pub struct UnknownRole(pub String);

impl UnknownRole {
    /// How its message starts, so that a request whose form named an unknown role, which
    /// reaches the server function's error handling only as the decoder's text, is still
    /// told beside the Role field ([`crate::error::AppError`]).
    pub const MESSAGE_START: &'static str = "unknown role";
}

/// What a person reads beside the Role field when a request names no role Roster knows.
pub fn choose_a_role() -> String {
    crate::t!(crate::i18n::use_locale(), "rules-choose-a-role")
}

impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        value.parse().map_err(serde::de::Error::custom)
    }
}

impl FromStr for Role {
    type Err = UnknownRole;

    /// Accepts the stored and the displayed spelling, in any case.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value.trim().to_ascii_lowercase().as_str() {
            "admin" => Ok(Role::Admin),
            "editor" => Ok(Role::Editor),
            "agent" => Ok(Role::Agent),
            _ => Err(UnknownRole(value.to_owned())),
        }
    }
}

/// Everything a member of a workspace may be allowed to do. The flow, contact, message and
/// ticket permissions belong to the wider messaging platform: Roster owns their catalogue and
/// the check, which the platform's own modules call, and which other apps ask for by name at
/// `/auth/check?permission=<name>`. The names are part of that interface: never rename one.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, VariantArray, IntoStaticStr,
)]
pub enum Permission {
    #[strum(serialize = "flows.edit")]
    EditFlows,
    #[strum(serialize = "campaigns.edit")]
    EditCampaigns,
    #[strum(serialize = "triggers.edit")]
    EditTriggers,
    #[strum(serialize = "flows.start")]
    StartFlows,
    #[strum(serialize = "messages.send")]
    SendMessages,
    #[strum(serialize = "broadcasts.send")]
    SendBroadcasts,
    #[strum(serialize = "contacts.manage")]
    ManageContacts,
    #[strum(serialize = "data.import")]
    ImportData,
    #[strum(serialize = "data.export")]
    ExportData,
    #[strum(serialize = "tickets.respond")]
    RespondToTickets,
    #[strum(serialize = "settings.view")]
    ViewWorkspaceSettings,
    #[strum(serialize = "settings.change")]
    ChangeWorkspaceSettings,
    #[strum(serialize = "integrations.manage")]
    ManageIntegrations,
    #[strum(serialize = "users.manage")]
    ManageUsers,
    #[strum(serialize = "invitations.manage")]
    ManageInvitations,
    #[strum(serialize = "activity.view")]
    ViewActivity,
    #[strum(serialize = "account.manage")]
    ManageOwnAccount,
}

impl Permission {
    pub const ALL: &'static [Permission] = Permission::VARIANTS;

    /// The stable name other apps ask for, such as `flows.edit`.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The permission called `name`, if Roster has one.
    pub fn from_name(name: &str) -> Option<Permission> {
        Permission::ALL
            .iter()
            .copied()
            .find(|permission| permission.name() == name)
    }

    /// Whether using it changes something, which a read-only API token may not do.
    pub fn changes_something(self) -> bool {
        use Permission::*;
        match self {
            ExportData | ViewWorkspaceSettings | ViewActivity => false,
            EditFlows
            | EditCampaigns
            | EditTriggers
            | StartFlows
            | SendMessages
            | SendBroadcasts
            | ManageContacts
            | ImportData
            | RespondToTickets
            | ChangeWorkspaceSettings
            | ManageIntegrations
            | ManageUsers
            | ManageInvitations
            | ManageOwnAccount => true,
        }
    }

    /// What the 403 answer says to someone who lacks this permission.
    pub fn denial(self, locale: crate::i18n::Locale) -> String {
        use crate::t;
        match self {
            Permission::EditFlows
            | Permission::EditCampaigns
            | Permission::EditTriggers
            | Permission::StartFlows => t!(locale, "denied-flows"),
            Permission::SendMessages | Permission::SendBroadcasts => {
                t!(locale, "denied-messages")
            }
            Permission::ManageContacts => t!(locale, "denied-contacts"),
            Permission::ImportData | Permission::ExportData => t!(locale, "denied-import-export"),
            Permission::RespondToTickets => t!(locale, "denied-tickets"),
            Permission::ViewWorkspaceSettings => t!(locale, "denied-view-settings"),
            Permission::ChangeWorkspaceSettings | Permission::ManageIntegrations => {
                t!(locale, "denied-change-settings")
            }
            Permission::ManageUsers => t!(locale, "denied-users"),
            Permission::ManageInvitations => t!(locale, "denied-invitations"),
            Permission::ViewActivity => t!(locale, "denied-activity"),
            Permission::ManageOwnAccount => t!(locale, "denied-own-account"),
        }
    }
}

/// Whether `role` has `permission`. Every pair is decided here, with no catch-all arm: a
/// new role or permission does not compile until someone decides what it may do (an Admin
/// gets nothing by default either).
pub fn can(role: Role, permission: Permission) -> bool {
    use Permission::*;
    match (role, permission) {
        (
            Role::Admin,
            EditFlows
            | EditCampaigns
            | EditTriggers
            | StartFlows
            | SendMessages
            | SendBroadcasts
            | ManageContacts
            | ImportData
            | ExportData
            | RespondToTickets
            | ViewWorkspaceSettings
            | ChangeWorkspaceSettings
            | ManageIntegrations
            | ManageUsers
            | ManageInvitations
            | ViewActivity
            | ManageOwnAccount,
        ) => true,
        (
            Role::Editor,
            EditFlows
            | EditCampaigns
            | EditTriggers
            | StartFlows
            | SendMessages
            | SendBroadcasts
            | ManageContacts
            | ImportData
            | ExportData
            | RespondToTickets
            | ViewWorkspaceSettings
            | ManageOwnAccount,
        ) => true,
        (
            Role::Editor,
            ChangeWorkspaceSettings
            | ManageIntegrations
            | ManageUsers
            | ManageInvitations
            | ViewActivity,
        ) => false,
        (Role::Agent, RespondToTickets | ManageOwnAccount) => true,
        (
            Role::Agent,
            EditFlows
            | EditCampaigns
            | EditTriggers
            | StartFlows
            | SendMessages
            | SendBroadcasts
            | ManageContacts
            | ImportData
            | ExportData
            | ViewWorkspaceSettings
            | ChangeWorkspaceSettings
            | ManageIntegrations
            | ManageUsers
            | ManageInvitations
            | ViewActivity,
        ) => false,
    }
}

impl Role {
    /// What this role can do, in the words of the help page people know, in `locale`.
    /// Server only: an island is handed these lines ready-made.
    pub fn abilities(self, locale: crate::i18n::Locale) -> Vec<String> {
        use crate::t;
        match self {
            Role::Admin => vec![
                t!(locale, "role-admin-can-editor"),
                t!(locale, "role-admin-can-users"),
                t!(locale, "role-admin-can-settings"),
                t!(locale, "role-admin-can-integrations"),
            ],
            Role::Editor => vec![
                t!(locale, "role-editor-can-flows"),
                t!(locale, "role-editor-can-start"),
                t!(locale, "role-editor-can-contacts"),
                t!(locale, "role-editor-can-export"),
                t!(locale, "role-editor-can-reuse"),
            ],
            Role::Agent => vec![t!(locale, "role-agent-can-tickets")],
        }
    }

    /// What this role cannot do, in `locale`.
    pub fn limits(self, locale: crate::i18n::Locale) -> Vec<String> {
        use crate::t;
        match self {
            Role::Admin => Vec::new(),
            Role::Editor => vec![
                t!(locale, "role-editor-cannot-settings"),
                t!(locale, "role-editor-cannot-users"),
            ],
            Role::Agent => vec![
                t!(locale, "role-agent-cannot-flows"),
                t!(locale, "role-agent-cannot-broadcasts"),
                t!(locale, "role-agent-cannot-settings"),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every cell of the role × permission table, pinned. Changing a cell means changing it
    /// here too, on purpose.
    #[test]
    fn the_role_permission_table() {
        use Permission::*;
        #[rustfmt::skip]
        let table: [(Permission, [bool; 3]); 17] = [
            //                          Admin  Editor Agent
            (EditFlows,               [true,  true,  false]),
            (EditCampaigns,           [true,  true,  false]),
            (EditTriggers,            [true,  true,  false]),
            (StartFlows,              [true,  true,  false]),
            (SendMessages,            [true,  true,  false]),
            (SendBroadcasts,          [true,  true,  false]),
            (ManageContacts,          [true,  true,  false]),
            (ImportData,              [true,  true,  false]),
            (ExportData,              [true,  true,  false]),
            (RespondToTickets,        [true,  true,  true ]),
            (ViewWorkspaceSettings,   [true,  true,  false]),
            (ChangeWorkspaceSettings, [true,  false, false]),
            (ManageIntegrations,      [true,  false, false]),
            (ManageUsers,             [true,  false, false]),
            (ManageInvitations,       [true,  false, false]),
            (ViewActivity,            [true,  false, false]),
            (ManageOwnAccount,        [true,  true,  true ]),
        ];
        let pinned: Vec<Permission> = table.iter().map(|(permission, _)| *permission).collect();
        assert_eq!(
            pinned,
            Permission::ALL,
            "the table pins every permission once, in the enum's order"
        );
        assert_eq!(Role::ALL, [Role::Admin, Role::Editor, Role::Agent]);
        for (permission, allowed) in table {
            for (role, expected) in Role::ALL.iter().copied().zip(allowed) {
                assert_eq!(can(role, permission), expected, "{role} × {permission:?}");
            }
        }
    }

    #[test]
    fn a_role_round_trips_through_its_stored_name() {
        for &role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
            assert_eq!(role.label().parse::<Role>(), Ok(role));
        }
    }

    /// Forms send the stored name, JSON the label; both arrive as the role.
    #[cfg(feature = "ssr")]
    #[test]
    fn a_role_is_read_from_either_spelling() {
        let from_json: Role = serde_json::from_str("\"Editor\"").unwrap();
        let from_form: Role = serde_json::from_str("\"editor\"").unwrap();
        assert_eq!((from_json, from_form), (Role::Editor, Role::Editor));
        assert_eq!(serde_json::to_string(&Role::Editor).unwrap(), "\"Editor\"");
        assert!(serde_json::from_str::<Role>("\"owner\"").is_err());
    }

    /// The names are an interface other apps configure: pinned, so a rename fails here.
    #[test]
    fn every_permission_has_its_own_stable_name() {
        let names: Vec<&str> = Permission::ALL.iter().map(|p| p.name()).collect();
        assert_eq!(
            names,
            [
                "flows.edit",
                "campaigns.edit",
                "triggers.edit",
                "flows.start",
                "messages.send",
                "broadcasts.send",
                "contacts.manage",
                "data.import",
                "data.export",
                "tickets.respond",
                "settings.view",
                "settings.change",
                "integrations.manage",
                "users.manage",
                "invitations.manage",
                "activity.view",
                "account.manage",
            ]
        );
        for &permission in Permission::ALL {
            assert_eq!(Permission::from_name(permission.name()), Some(permission));
        }
        assert_eq!(Permission::from_name("Flows.Edit"), None);
        assert_eq!(Permission::from_name("EditFlows"), None);
    }

    #[test]
    fn an_unknown_role_is_refused() {
        assert!("superadmin".parse::<Role>().is_err());
    }
}
