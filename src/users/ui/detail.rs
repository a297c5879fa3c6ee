use crate::auth::model::Viewer;
use crate::auth::two_factor::api::ResetTwoFactor;
use crate::components::{
    ConfirmDialog, SignedInPage, StatusMessage, When, failure_view, island_ready,
};
use crate::navigation::Page;
use crate::policy::Role;
use crate::users::api::{ChangeRole, EndMemberSessions, RemoveMember, load_member};
use crate::users::model::{MemberDetail, REMOVAL_CONSEQUENCES, invitations_to_cancel};
use crate::users::ui::{PeopleSection, PeopleTab};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/settings/users/<id>`: one member's role, and signing them out everywhere.
#[component]
pub fn UserDetailPage() -> impl IntoView {
    view! { <SignedInPage at=Page::UserDetails page=|viewer: Viewer| view! { <UserDetailSection viewer/> }/> }
}

#[component]
fn UserDetailSection(viewer: Viewer) -> impl IntoView {
    let params = use_params_map();
    let user_id = move || {
        params.with(|p| {
            p.get("id")
                .and_then(|id| id.parse::<i64>().ok())
                .unwrap_or_default()
        })
    };
    let member = Resource::new(user_id, load_member);
    view! {
        <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || {
                let viewer = viewer.clone();
                Suspend::new(async move {
                    match member.await {
                        Ok(member) => view! {
                            <PeopleSection viewer current=PeopleTab::Users>
                                <MemberForm member/>
                            </PeopleSection>
                        }
                        .into_any(),
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Transition>
    }
}

/// The member's role and their sessions. The form keeps the chosen role after saving, so
/// nothing needs loading again.
#[island(lazy)]
fn MemberForm(member: MemberDetail) -> impl IntoView {
    island_ready();
    let save = ServerAction::<ChangeRole>::new();
    let end_sessions = ServerAction::<EndMemberSessions>::new();
    let reset = ServerAction::<ResetTwoFactor>::new();
    let remove = ServerAction::<RemoveMember>::new();
    // Once removed they are no longer on the list this page belongs to: back to it.
    Effect::new(move |_| {
        if matches!(remove.value().get(), Some(Ok(()))) {
            let _ = window().location().set_href("/settings/users");
        }
    });
    let two_factor_on = RwSignal::new(member.two_factor);
    Effect::new(move |_| {
        if matches!(reset.value().get(), Some(Ok(()))) {
            two_factor_on.set(false);
        }
    });
    let message = Signal::derive(move || {
        if let Some(Err(error)) = remove.value().get() {
            return Some(error.message());
        }
        if let Some(outcome) = reset.value().get() {
            return Some(match outcome {
                Ok(()) => "Two-factor authentication reset. They were logged out of this workspace and told by email.".to_owned(),
                Err(error) => error.message(),
            });
        }
        if let Some(outcome) = end_sessions.value().get() {
            return Some(match outcome {
                Ok(count) => format!("Logged out of {count} sessions in this workspace"),
                Err(error) => error.message(),
            });
        }
        match save.value().get() {
            Some(Ok(())) => {
                Some("Role saved. It applies on their next page, on every device.".to_owned())
            }
            Some(Err(error)) => Some(error.message()),
            None => None,
        }
    });
    let is_error = Signal::derive(move || {
        matches!(save.value().get(), Some(Err(_)))
            || matches!(end_sessions.value().get(), Some(Err(_)))
            || matches!(reset.value().get(), Some(Err(_)))
            || matches!(remove.value().get(), Some(Err(_)))
    });
    let remove_open = RwSignal::new(false);
    let removable = member.removable;
    let activity_href = format!("/settings/activity?person={}", member.user_id);
    let activity_label = format!("Activity of {}", member.name);
    let remove_label = format!("Remove {}", member.name);
    let remove_title = format!("Remove {}?", member.name);
    let remove_message = match invitations_to_cancel(member.pending_invitations) {
        cancelled if cancelled.is_empty() => REMOVAL_CONSEQUENCES.to_owned(),
        cancelled => format!("{REMOVAL_CONSEQUENCES} {cancelled}"),
    };
    let reset_open = RwSignal::new(false);
    let is_you = member.is_you;
    let confirm_open = RwSignal::new(false);
    let user_id = member.user_id;
    let title = if member.is_you {
        format!("{} (you)", member.name)
    } else {
        member.name.clone()
    };
    let current_role = member.role;
    // Demoting an admin cancels the invitations they sent, so that is asked first.
    let demote_warning = invitations_to_cancel(member.pending_invitations);
    let demote_open = RwSignal::new(false);
    let role_choice = NodeRef::<leptos::html::Select>::new();
    let chosen_role = move || {
        role_choice
            .get_untracked()
            .and_then(|select| select.value().parse::<Role>().ok())
    };
    let needs_demote_confirmation = {
        let warning = demote_warning.clone();
        move || {
            current_role == Role::Admin
                && !warning.is_empty()
                && chosen_role().is_some_and(|role| role != Role::Admin)
        }
    };
    let member_name = member.name.clone();
    view! {
        <p class="back-link"><a href="/settings/users"><span class="direction-arrow" aria-hidden="true">"←"</span>" Back to users"</a></p>
        <div class="member-details">
        <h2>{title}</h2>
        <dl class="settings-list">
            <dt>"Email"</dt>
            <dd>{member.email}</dd>
            <dt>"Joined"</dt>
            <dd><When moment=member.joined/></dd>
            <dt>"Last active"</dt>
            <dd>{match member.last_active {
                Some(moment) => view! { <When moment/> }.into_any(),
                None => "Never".into_any(),
            }}</dd>
            <dt>"Two-factor"</dt>
            <dd>{move || if two_factor_on.get() { "On" } else { "Off" }}</dd>
        </dl>
        <p><a href=activity_href>{activity_label}</a></p>
        <ActionForm action=save on:submit=move |_| { end_sessions.value().set(None); reset.value().set(None); }>
            <input type="hidden" name="user_id" value=user_id/>
            <div class="field">
                <label for="field-role">"Role"</label>
                <select id="field-role" name="role" node_ref=role_choice>
                    {Role::ALL
                        .iter()
                        .copied()
                        .map(|role| view! {
                            <option value=role.as_str() selected=role == current_role>{role.label()}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            // Stopping the button's click stops the submission before ActionForm sees it; a
            // browser without WebAssembly submits as usual.
            <button
                type="submit"
                class="button button-primary"
                disabled=move || save.pending().get()
                on:click=move |event| {
                    if needs_demote_confirmation() {
                        event.prevent_default();
                        demote_open.set(true);
                    }
                }
            >
                {move || if save.pending().get() { "Saving…" } else { "Save" }}
            </button>
        </ActionForm>
        // Below the button it answers, so a message moves nothing the person is using.
        <StatusMessage message is_error/>
        {(!demote_warning.is_empty()).then(|| view! {
            <ConfirmDialog
                id="demote-member"
                open=demote_open
                title=format!("Make {member_name} no longer an admin?")
                message=format!("They lose the right to manage users and settings. {demote_warning}")
                confirm_label="Change role"
                cancel_label="Keep as admin"
                on_confirm=move || {
                    if let Some(role) = chosen_role() {
                        end_sessions.value().set(None);
                        save.dispatch(ChangeRole { user_id, role });
                    }
                }
            />
        })}
        <h3>"Sessions"</h3>
        <p class="muted">"Signs them out of this workspace on every device; they can log in again."</p>
        <button type="button" class="button" on:click=move |_| confirm_open.set(true)>"Log out everywhere"</button>
        <ConfirmDialog
            id="end-member-sessions"
            open=confirm_open
            title=format!("Log {} out everywhere?", member.name)
            message="Every device they are logged in on is signed out of this workspace at once. Their sessions in other workspaces stay."
            confirm_label="Log out everywhere"
            cancel_label="Keep them logged in"
            on_confirm=move || {
                save.value().set(None);
                reset.value().set(None);
                end_sessions.dispatch(EndMemberSessions { user_id });
            }
        />
        <Show when=move || two_factor_on.get() && !is_you>
            <h3>"Two-factor authentication"</h3>
            <p class="muted">"For someone who lost their phone and their recovery codes: they sign in with their password alone, then set it up again."</p>
            <button type="button" class="button" on:click=move |_| reset_open.set(true)>"Reset two-factor"</button>
        </Show>
        <ConfirmDialog
            id="reset-two-factor"
            open=reset_open
            title=format!("Reset {}'s two-factor authentication?", member.name)
            message="Their authenticator app and recovery codes stop working, and they are logged out of this workspace. Do this only when you are sure it is them asking."
            confirm_label="Reset two-factor"
            cancel_label="Keep it"
            on_confirm=move || {
                save.value().set(None);
                end_sessions.value().set(None);
                reset.dispatch(ResetTwoFactor { user_id });
            }
        />
        {removable.then(|| view! {
            <h3>"Membership"</h3>
            <p class="muted">"Removing them ends their access here; their account and past activity stay."</p>
            <button type="button" class="button button-danger" on:click=move |_| remove_open.set(true)>{remove_label}</button>
            <ConfirmDialog
                id="remove-member"
                open=remove_open
                title=remove_title
                message=remove_message
                confirm_label="Remove"
                cancel_label="Keep"
                on_confirm=move || {
                    save.value().set(None);
                    end_sessions.value().set(None);
                    reset.value().set(None);
                    remove.dispatch(RemoveMember { user_id });
                }
            />
        })}
        </div>
    }
}
