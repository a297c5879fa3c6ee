use crate::auth::model::Viewer;
use crate::components::{SignedInPage, failure_view};
use crate::users::api::list_members;
use crate::workspace::ui::SettingsNav;
use leptos::prelude::*;

/// `/settings/users`: the workspace's members. Admins only; everyone else gets the 403 page.
#[component]
pub fn UsersPage() -> impl IntoView {
    view! { <SignedInPage page=|viewer: Viewer| view! { <UsersSection viewer/> }/> }
}

#[component]
fn UsersSection(viewer: Viewer) -> impl IntoView {
    let members = Resource::new(|| (), |_| list_members());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading users…"</p> }>
            {move || {
                let viewer = viewer.clone();
                Suspend::new(async move {
                    match members.await {
                        Ok(members) => view! {
                            <section class="card" aria-labelledby="people-heading">
                                <h1 id="people-heading">"Users and invitations"</h1>
                                <SettingsNav viewer current="Users and invitations"/>
                                <PeopleTabs current=PeopleTab::Users/>
                                <div role="tabpanel" id="people-panel" aria-labelledby="tab-users">
                                <table class="data-table">
                                    <thead>
                                        <tr>
                                            <th scope="col">"Name"</th>
                                            <th scope="col">"Email"</th>
                                            <th scope="col">"Role"</th>
                                            <th scope="col">"Joined"</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {members
                                            .into_iter()
                                            .map(|member| view! {
                                                <tr>
                                                    <td data-label="Name">{member.name}</td>
                                                    <td data-label="Email">{member.email}</td>
                                                    <td data-label="Role">{member.role.label()}</td>
                                                    <td data-label="Joined">{member.joined}</td>
                                                </tr>
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                                </div>
                            </section>
                        }
                        .into_any(),
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Suspense>
    }
}

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
