use crate::auth::model::Viewer;
use crate::components::{ConfirmDialog, SignedInPage, StatusMessage, TrashIcon, failure_view};
use crate::users::api::{RemoveMember, list_members};
use crate::users::model::MemberSummary;
use crate::users::ui::{PeopleTab, PeopleTabs};
use crate::workspace::ui::SettingsNav;
use leptos::prelude::*;

/// `/settings/users`: the workspace's members. Admins only; everyone else gets the 403 page.
#[component]
pub fn UsersPage() -> impl IntoView {
    view! { <SignedInPage page=|viewer: Viewer| view! { <UsersSection viewer/> }/> }
}

#[component]
fn UsersSection(viewer: Viewer) -> impl IntoView {
    let remove = ServerAction::<RemoveMember>::new();
    let members = Resource::new(move || remove.version().get(), |_| list_members());
    let message = Signal::derive(move || match remove.value().get() {
        Some(Ok(())) => Some("User removed from the workspace".to_owned()),
        Some(Err(error)) => Some(error.to_string()),
        None => None,
    });
    let is_error = Signal::derive(move || matches!(remove.value().get(), Some(Err(_))));
    view! {
        <Transition fallback=|| view! { <p class="loading">"Loading users…"</p> }>
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
                                    <StatusMessage message is_error/>
                                    <MemberTable members remove/>
                                </div>
                            </section>
                        }
                        .into_any(),
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn MemberTable(members: Vec<MemberSummary>, remove: ServerAction<RemoveMember>) -> impl IntoView {
    let confirm_open = RwSignal::new(false);
    let to_remove = RwSignal::new(None::<(i64, String)>);
    view! {
        <table class="data-table">
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"Email"</th>
                    <th scope="col">"Role"</th>
                    <th scope="col">"Joined"</th>
                    <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                </tr>
            </thead>
            <tbody>
                {members
                    .into_iter()
                    .map(|member| {
                        let href = format!("/settings/users/{}", member.user_id);
                        let remove_label = format!("Remove {}", member.name);
                        let (id, name) = (member.user_id, member.name.clone());
                        view! {
                            <tr>
                                <td data-label="Name"><a href=href.clone()>{member.name}</a></td>
                                <td data-label="Email"><a href=href>{member.email}</a></td>
                                <td data-label="Role">{member.role.label()}</td>
                                <td data-label="Joined">{member.joined}</td>
                                <td class="row-actions">
                                    <button
                                        type="button"
                                        class="button button-small button-icon"
                                        aria-label=remove_label
                                        on:click=move |_| {
                                            to_remove.set(Some((id, name.clone())));
                                            confirm_open.set(true);
                                        }
                                    >
                                        <TrashIcon/>
                                    </button>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        <ConfirmDialog
            id="remove-user"
            open=confirm_open
            title=Signal::derive(move || {
                to_remove.get().map(|(_, name)| format!("Remove {name}?")).unwrap_or_default()
            })
            message="They lose access to this workspace at once, on every device. Their account and past activity stay."
            confirm_label="Remove"
            cancel_label="Keep"
            on_confirm=move || {
                if let Some((user_id, _)) = to_remove.get_untracked() {
                    remove.dispatch(RemoveMember { user_id });
                }
            }
        />
    }
}
