//! The signed-in pages as one catalogue: each page's address, title and the permission it
//! needs. The page frame, the settings navigation, the 403 page and the workspace switcher
//! all read it, so adding a page is one new variant the compiler walks through them.

use crate::i18n::Locale;
use crate::policy::{Permission, Role, can};
use crate::t;
use serde::{Deserialize, Serialize};
use strum::VariantArray;

#[derive(Debug, Clone, Copy, PartialEq, Eq, VariantArray, Serialize, Deserialize)]
pub enum Page {
    Home,
    Settings,
    WorkspaceSettings,
    Users,
    UserDetails,
    Invitations,
    Activity,
    Sessions,
    ChangePassword,
    TwoFactor,
    Notifications,
    Language,
    ApiTokens,
}

/// A section of the settings area, as the overview and the settings navigation list it.
pub struct SettingsSection {
    pub page: Page,
}

/// The settings area's sections, in the order they are listed.
pub const SETTINGS_SECTIONS: [SettingsSection; 3] = [
    SettingsSection {
        page: Page::WorkspaceSettings,
    },
    SettingsSection { page: Page::Users },
    SettingsSection {
        page: Page::Activity,
    },
];

impl SettingsSection {
    /// Its name in the settings navigation.
    pub fn label(&self, locale: Locale) -> String {
        match self.page {
            Page::WorkspaceSettings => t!(locale, "settings-section-workspace"),
            Page::Users => t!(locale, "settings-section-users"),
            other => other.title(locale),
        }
    }

    /// What it is for, on the settings overview.
    pub fn description(&self, locale: Locale) -> String {
        match self.page {
            Page::WorkspaceSettings => t!(locale, "settings-section-workspace-about"),
            Page::Users => t!(locale, "settings-section-users-about"),
            _ => t!(locale, "settings-section-activity-about"),
        }
    }
}

impl Page {
    /// The page's own name, first in the browser tab's title.
    pub fn title(self, locale: Locale) -> String {
        match self {
            Page::Home => t!(locale, "page-home"),
            Page::Settings => t!(locale, "page-settings"),
            Page::WorkspaceSettings => t!(locale, "page-workspace-settings"),
            Page::Users => t!(locale, "page-users"),
            Page::UserDetails => t!(locale, "page-user-details"),
            Page::Invitations => t!(locale, "page-invitations"),
            Page::Activity => t!(locale, "page-activity"),
            Page::Sessions => t!(locale, "page-sessions"),
            Page::ChangePassword => t!(locale, "page-change-password"),
            Page::TwoFactor => t!(locale, "page-two-factor"),
            Page::Notifications => t!(locale, "page-notifications"),
            Page::Language => t!(locale, "page-language"),
            Page::ApiTokens => t!(locale, "page-api-tokens"),
        }
    }

    /// Where the page lives; a member's details page is reached from the list at this address.
    pub fn href(self) -> &'static str {
        match self {
            Page::Home => "/",
            Page::Settings => "/settings",
            Page::WorkspaceSettings => "/settings/workspace",
            Page::Users | Page::UserDetails => "/settings/users",
            Page::Invitations => "/settings/invitations",
            Page::Activity => "/settings/activity",
            Page::Sessions => "/account/sessions",
            Page::ChangePassword => "/account/password",
            Page::TwoFactor => "/account/two-factor",
            Page::Notifications => "/account/notifications",
            Page::Language => "/account/language",
            Page::ApiTokens => "/account/api-tokens",
        }
    }

    /// What the page shows, so what opening it needs.
    pub fn permission(self) -> Permission {
        match self {
            Page::Home
            | Page::Sessions
            | Page::ChangePassword
            | Page::TwoFactor
            | Page::Language
            // A token acts with its owner's role, whatever that role is, and never more.
            | Page::ApiTokens => Permission::ManageOwnAccount,
            Page::Settings | Page::WorkspaceSettings => Permission::ViewWorkspaceSettings,
            Page::Users | Page::UserDetails => Permission::ManageUsers,
            Page::Invitations => Permission::ManageInvitations,
            Page::Activity => Permission::ViewActivity,
            // The emails it switches are about invitations, which only invitation managers
            // send and receive news of.
            Page::Notifications => Permission::ManageInvitations,
        }
    }

    /// The section of the settings area the page belongs to, which its navigation marks.
    pub fn settings_section(self) -> Option<Page> {
        match self {
            Page::WorkspaceSettings => Some(Page::WorkspaceSettings),
            Page::Users | Page::UserDetails | Page::Invitations => Some(Page::Users),
            Page::Activity => Some(Page::Activity),
            Page::Home
            | Page::Settings
            | Page::Sessions
            | Page::ChangePassword
            | Page::TwoFactor
            | Page::Notifications
            | Page::Language
            | Page::ApiTokens => None,
        }
    }

    /// The person's own account pages, which open even before the second factor a workspace
    /// requires is set up (that setup is one of them).
    pub fn is_account_page(self) -> bool {
        matches!(
            self,
            Page::Sessions | Page::ChangePassword | Page::TwoFactor | Page::Language
        )
    }

    /// What the 403 page says to someone whose role lacks [`Page::permission`].
    pub fn denial(self, locale: crate::i18n::Locale) -> String {
        match self {
            Page::Notifications => crate::t!(locale, "denied-notifications"),
            other => other.permission().denial(locale),
        }
    }

    /// The page at `path`, when it is one of these.
    pub fn at(path: &str) -> Option<Page> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        if let Some(id) = path.strip_prefix("/settings/users/") {
            return (!id.is_empty() && !id.contains('/')).then_some(Page::UserDetails);
        }
        Page::VARIANTS
            .iter()
            .copied()
            .filter(|page| *page != Page::UserDetails)
            .find(|page| page.href() == path)
    }

    /// Where someone moving to a workspace where they have `role` lands, coming from `path`:
    /// the same page when their role there opens it, the list a details page belongs to (the
    /// person shown belongs to the other workspace), and otherwise Home.
    pub fn landing_after_switch(path: &str, role: Role) -> &'static str {
        match Page::at(path) {
            Some(page) if can(role, page.permission()) => page.href(),
            _ => Page::Home.href(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_is_found_at_its_own_address() {
        for page in Page::VARIANTS.iter().filter(|p| **p != Page::UserDetails) {
            assert_eq!(Page::at(page.href()), Some(*page), "{page:?}");
        }
        assert_eq!(Page::at("/settings/users/42"), Some(Page::UserDetails));
        assert_eq!(Page::at("/settings/users?q=smith"), Some(Page::Users));
        assert_eq!(Page::at("/settings/users/"), Some(Page::Users));
        assert_eq!(Page::at("/nowhere"), None);
        assert_eq!(Page::at("/settings/users/42/more"), None);
    }

    #[test]
    fn switching_keeps_the_page_the_new_role_may_open() {
        for (from, role, lands) in [
            ("/settings/users?q=ada", Role::Admin, "/settings/users"),
            // The person shown belongs to the other workspace; their list does not.
            ("/settings/users/42", Role::Admin, "/settings/users"),
            ("/settings/users", Role::Editor, "/"),
            ("/settings/workspace", Role::Editor, "/settings/workspace"),
            ("/account/sessions", Role::Agent, "/account/sessions"),
            ("https://elsewhere.example/", Role::Admin, "/"),
        ] {
            assert_eq!(
                Page::landing_after_switch(from, role),
                lands,
                "{from} as {role}"
            );
        }
    }

    #[test]
    fn every_settings_section_is_a_settings_page() {
        for section in &SETTINGS_SECTIONS {
            assert!(section.page.href().starts_with("/settings/"));
        }
    }
}
