//! The Users tab and the user details page.

mod detail;
mod list;

pub use detail::UserDetailPage;
pub use list::UsersPage;

use crate::auth::model::Viewer;
use crate::i18n::Locale;
use crate::navigation::Page;
use crate::t;
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
    let locale = viewer.locale;
    view! {
        <section class="card" aria-labelledby="people-heading">
            <h1 id="people-heading">{t!(locale, "people-heading")}</h1>
            <SettingsNav viewer current=Page::Users/>
            <PeopleTabs current locale/>
            <div role="tabpanel" id="people-panel" aria-labelledby=current.tab_id()>
                {children()}
            </div>
        </section>
    }
}

/// The "Users" and "Invitations" tabs of one settings area. Each tab is a link to its own
/// address, so either can be bookmarked and opened directly.
#[component]
fn PeopleTabs(current: PeopleTab, locale: Locale) -> impl IntoView {
    let tab = move |which: PeopleTab, label: String, href: &'static str| {
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
        <div role="tablist" aria-label=t!(locale, "people-heading") class="tabs">
            {tab(PeopleTab::Users, t!(locale, "page-users"), "/settings/users")}
            {tab(PeopleTab::Invitations, t!(locale, "page-invitations"), "/settings/invitations")}
        </div>
    }
}
