//! The Users tab and the user details page.

mod detail;
mod list;

pub use detail::UserDetailPage;
pub use list::UsersPage;

use crate::auth::model::Viewer;
use crate::navigation::Page;
use crate::workspace::ui::SettingsNav;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleTab {
    Users,
    Invitations,
}

impl PeopleTab {
    /// The id of the tab, which names its panel.
    fn tab_id(self) -> &'static str {
        match self {
            Self::Users => "tab-users",
            Self::Invitations => "tab-invitations",
        }
    }
}

/// The "Users and invitations" settings area, showing `current`'s panel.
#[component]
pub fn PeopleSection(viewer: Viewer, current: PeopleTab, children: Children) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="people-heading">
            <h1 id="people-heading">"Users and invitations"</h1>
            <SettingsNav viewer current=Page::Users/>
            <PeopleTabs current/>
            <div role="tabpanel" id="people-panel" aria-labelledby=current.tab_id()>
                {children()}
            </div>
        </section>
    }
}

/// The "Users" and "Invitations" tabs of one settings area. Each tab is a link to its own
/// address, so either can be bookmarked and opened directly.
#[component]
fn PeopleTabs(current: PeopleTab) -> impl IntoView {
    let tab = move |which: PeopleTab, label: &'static str, href: &'static str| {
        let selected = which == current;
        view! {
            <a
                role="tab"
                id=which.tab_id()
                href=href
                class="tab"
                aria-selected=selected.to_string()
                aria-controls="people-panel"
            >
                {label}
            </a>
        }
    };
    view! {
        <div role="tablist" aria-label="Users and invitations" class="tabs">
            {tab(PeopleTab::Users, "Users", "/settings/users")}
            {tab(PeopleTab::Invitations, "Invitations", "/settings/invitations")}
        </div>
    }
}
