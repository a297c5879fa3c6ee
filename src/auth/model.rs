//! What the browser may know about the signed-in person.

use crate::i18n::Locale;
use crate::moment::Moment;
use crate::policy::{Permission, Role, can};
use crate::workspace::model::WorkspaceChoice;
use serde::{Deserialize, Serialize};

/// The person using this device, as the pages show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub name: String,
    pub email: String,
    pub workspace_id: Option<i64>,
    pub workspace_name: Option<String>,
    /// `None` when the session's workspace no longer counts them as a member.
    pub role: Option<Role>,
    /// Every workspace they belong to; the switcher shows when there is more than one.
    pub workspaces: Vec<WorkspaceChoice>,
    /// The workspace requires a second factor of them and they have none: until they set one
    /// up, only their own account's pages open.
    pub must_set_up_two_factor: bool,
    /// The language their pages are written in.
    pub locale: Locale,
    /// The language they chose, if they did.
    pub chosen_locale: Option<Locale>,
    /// The language they would read without a choice: their browser's, else the workspace's.
    pub automatic_locale: Locale,
    /// The workspace's language where Roster is written in it: what members who have not
    /// chosen read, and the invitations' language unless the admin picks another.
    pub workspace_locale: Locale,
}

impl Viewer {
    /// Whether their role here has `permission`; navigation shows only what they may use.
    /// The server checks again on every request.
    pub fn can(&self, permission: Permission) -> bool {
        (!self.must_set_up_two_factor || permission == Permission::ManageOwnAccount)
            && self.role.is_some_and(|role| can(role, permission))
    }

    /// Up to two letters for the account button: first and last word of the name.
    pub fn initials(&self) -> String {
        let words: Vec<&str> = self.name.split_whitespace().collect();
        let first = words.first().and_then(|w| w.chars().next());
        let last = words
            .get(1..)
            .and_then(|rest| rest.last())
            .and_then(|w| w.chars().next());
        first
            .into_iter()
            .chain(last)
            .flat_map(char::to_uppercase)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(name: &str) -> Viewer {
        Viewer {
            name: name.into(),
            email: "a@example.test".into(),
            workspace_id: None,
            workspace_name: None,
            role: None,
            workspaces: Vec::new(),
            must_set_up_two_factor: false,
            locale: Locale::default(),
            chosen_locale: None,
            automatic_locale: Locale::default(),
            workspace_locale: Locale::default(),
        }
    }

    #[test]
    fn initials_take_the_first_and_last_word() {
        assert_eq!(viewer("Ada King Lovelace").initials(), "AL");
        assert_eq!(viewer("ada").initials(), "A");
        assert_eq!(viewer("élodie durand").initials(), "ÉD");
    }
}

/// One signed-in device on "Your sessions". Times arrive formatted by the server, so the
/// page reads the same before and after hydration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceSession {
    pub id: i64,
    /// e.g. "Chrome 131 on Android".
    pub device: String,
    pub ip: String,
    pub signed_in: Moment,
    /// `None` while the device is in use right now.
    pub last_active: Option<Moment>,
    pub this_device: bool,
}
