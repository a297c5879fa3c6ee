//! The Users tab and the user details page.

mod detail;
mod list;

pub use detail::UserDetailPage;
pub use list::UsersPage;

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleTab {
    Users,
    Invitations,
}

/// The "Users" and "Invitations" tabs of one settings area. Each tab is a link to its own
/// address, so either can be bookmarked and opened directly.
#[component]
pub fn PeopleTabs(current: PeopleTab) -> impl IntoView {
    let tab = move |which: PeopleTab, label: &'static str, href: &'static str, id: &'static str| {
        let selected = which == current;
        view! {
            <a
                role="tab"
                id=id
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
            {tab(PeopleTab::Users, "Users", "/settings/users", "tab-users")}
            {tab(PeopleTab::Invitations, "Invitations", "/settings/invitations", "tab-invitations")}
        </div>
    }
}
