use crate::auth::api_tokens::ui::{MemberApiTokens, TokenListTexts};
use crate::auth::model::Viewer;
use crate::auth::two_factor::api::ResetTwoFactor;
use crate::components::{
    ConfirmDialog, SignedInPage, StatusMessage, When, failure_view, island_ready,
};
use crate::i18n::{Locale, fill, use_locale};
use crate::navigation::Page;
use crate::policy::Role;
use crate::t;
use crate::users::api::{ChangeRole, EndMemberSessions, RemoveMember, load_member};
use crate::users::model::MemberDetail;
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
    let locale = use_locale();
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
        <Transition fallback=move || view! { <p class="loading">{t!(locale, "loading")}</p> }>
            {move || {
                let viewer = viewer.clone();
                Suspend::new(async move {
                    match member.await {
                        Ok(member) => {
                            let invitations_cancelled =
                                invitations_to_cancel(locale, member.pending_invitations);
                            let user_id = member.user_id;
                            view! {
                                <PeopleSection viewer current=PeopleTab::Users>
                                    <MemberForm
                                        member
                                        invitations_cancelled
                                        texts=MemberFormTexts::new(locale)
                                    />
                                    <MemberApiTokens
                                        user_id
                                        heading=t!(locale, "api-tokens-member-heading")
                                        texts=TokenListTexts::new(locale)
                                    />
                                </PeopleSection>
                            }
                            .into_any()
                        }
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Transition>
    }
}

/// What removing or demoting an admin does to the `count` invitations they sent, in a
/// sentence for the confirmation; empty when there are none.
fn invitations_to_cancel(locale: Locale, count: i64) -> String {
    match count {
        0 => String::new(),
        count => t!(locale, "users-invitations-to-cancel", count = count),
    }
}

crate::island_texts! {
    /// What the user details page says; the member's name and counts are left open.
    pub struct MemberFormTexts {
        back_to_users: "users-back-to-users",
        you: "users-you",
        email: "users-email",
        joined: "users-joined",
        last_active: "users-last-active",
        never: "moment-never",
        two_factor: "users-two-factor",
        two_factor_on: "users-two-factor-on",
        two_factor_off: "users-two-factor-off",
        activity_of: "users-activity-of",
        role: "users-role",
        admin: "role-admin",
        editor: "role-editor",
        agent: "role-agent",
        save_role: "users-save-role",
        saving_role: "users-saving-role",
        role_saved: "users-role-saved",
        demote_title: "users-demote-title",
        demote_message: "users-demote-message",
        change_role: "users-change-role",
        keep_admin: "users-keep-admin",
        sessions_heading: "users-sessions-heading",
        sessions_intro: "users-sessions-intro",
        log_out_everywhere: "users-log-out-everywhere",
        log_out_title: "users-log-out-title",
        log_out_message: "users-log-out-message",
        keep_logged_in: "users-keep-logged-in",
        sessions_ended: "users-sessions-ended",
        two_factor_heading: "page-two-factor",
        two_factor_intro: "users-two-factor-intro",
        reset_two_factor: "users-reset-two-factor",
        reset_two_factor_title: "users-reset-two-factor-title",
        reset_two_factor_message: "users-reset-two-factor-message",
        keep_two_factor: "users-keep-two-factor",
        two_factor_was_reset: "users-two-factor-was-reset",
        membership_heading: "users-membership-heading",
        membership_intro: "users-membership-intro",
        remove_name: "users-remove-name",
        remove_title: "users-remove-title",
        removal_consequences: "users-removal-consequences",
        remove: "users-remove",
        keep: "users-keep",
    }
}

impl MemberFormTexts {
    /// `role`'s name: the browser cannot ask the catalogue for it.
    fn role_name(&self, role: Role) -> &str {
        match role {
            Role::Admin => &self.admin,
            Role::Editor => &self.editor,
            Role::Agent => &self.agent,
        }
    }
}

/// The member's role and their sessions. The form keeps the chosen role after saving, so
/// nothing needs loading again. `invitations_cancelled` says what removing or demoting them
/// does to the invitations they sent, empty when nothing.
#[island(lazy)]
fn MemberForm(
    member: MemberDetail,
    invitations_cancelled: String,
    texts: MemberFormTexts,
) -> impl IntoView {
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
    let two_factor_was_reset = texts.two_factor_was_reset.clone();
    let sessions_ended = texts.sessions_ended.clone();
    let role_saved = texts.role_saved.clone();
    let message = Signal::derive(move || {
        if let Some(Err(error)) = remove.value().get() {
            return Some(error.message());
        }
        if let Some(outcome) = reset.value().get() {
            return Some(match outcome {
                Ok(()) => two_factor_was_reset.clone(),
                Err(error) => error.message(),
            });
        }
        if let Some(outcome) = end_sessions.value().get() {
            return Some(match outcome {
                Ok(count) => fill(&sessions_ended, &[("count", count.to_string().as_str())]),
                Err(error) => error.message(),
            });
        }
        match save.value().get() {
            Some(Ok(())) => Some(role_saved.clone()),
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
    let with_name = |template: &str| fill(template, &[("name", member.name.as_str())]);
    let activity_label = with_name(texts.activity_of.as_str());
    let remove_label = with_name(texts.remove_name.as_str());
    let remove_title = with_name(texts.remove_title.as_str());
    let log_out_title = with_name(texts.log_out_title.as_str());
    let reset_two_factor_title = with_name(texts.reset_two_factor_title.as_str());
    let demote_title = with_name(texts.demote_title.as_str());
    let remove_message = match invitations_cancelled.as_str() {
        "" => texts.removal_consequences.clone(),
        cancelled => format!("{} {cancelled}", texts.removal_consequences),
    };
    let reset_open = RwSignal::new(false);
    let is_you = member.is_you;
    let confirm_open = RwSignal::new(false);
    let user_id = member.user_id;
    let title = if member.is_you {
        format!("{} {}", member.name, texts.you)
    } else {
        member.name.clone()
    };
    let current_role = member.role;
    // Demoting an admin cancels the invitations they sent, so that is asked first.
    let demote_warning = invitations_cancelled;
    let demote_message = fill(
        &texts.demote_message,
        &[("invitations", demote_warning.as_str())],
    );
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
    // Read inside closures that outlive this function (the form's and the sections' content).
    let (on, off) = (texts.two_factor_on.clone(), texts.two_factor_off.clone());
    let role_label = texts.role.clone();
    let role_options: Vec<(Role, String)> = Role::ALL
        .iter()
        .map(|role| (*role, texts.role_name(*role).to_owned()))
        .collect();
    let (save_role, saving_role) = (texts.save_role.clone(), texts.saving_role.clone());
    let two_factor_heading = texts.two_factor_heading.clone();
    let two_factor_intro = texts.two_factor_intro.clone();
    let reset_two_factor = texts.reset_two_factor.clone();
    view! {
        <p class="back-link"><a href="/settings/users"><span class="direction-arrow" aria-hidden="true">"←"</span>{format!(" {}", texts.back_to_users)}</a></p>
        <div class="member-details">
        <h2>{title}</h2>
        <dl class="settings-list">
            <dt>{texts.email.clone()}</dt>
            <dd>{member.email}</dd>
            <dt>{texts.joined.clone()}</dt>
            <dd><When moment=member.joined/></dd>
            <dt>{texts.last_active.clone()}</dt>
            <dd>{match member.last_active {
                Some(moment) => view! { <When moment/> }.into_any(),
                None => texts.never.clone().into_any(),
            }}</dd>
            <dt>{texts.two_factor.clone()}</dt>
            <dd>{move || if two_factor_on.get() { on.clone() } else { off.clone() }}</dd>
        </dl>
        <p><a href=activity_href>{activity_label}</a></p>
        <ActionForm action=save on:submit=move |_| { end_sessions.value().set(None); reset.value().set(None); }>
            <input type="hidden" name="user_id" value=user_id/>
            <div class="field">
                <label for="field-role">{role_label}</label>
                <select id="field-role" name="role" node_ref=role_choice>
                    {role_options
                        .into_iter()
                        .map(|(role, name)| view! {
                            <option value=role.as_str() selected=role == current_role>{name}</option>
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
                {move || if save.pending().get() { saving_role.clone() } else { save_role.clone() }}
            </button>
        </ActionForm>
        // Below the button it answers, so a message moves nothing the person is using.
        <StatusMessage message is_error/>
        {(!demote_warning.is_empty()).then(|| view! {
            <ConfirmDialog
                id="demote-member"
                open=demote_open
                title=demote_title
                message=demote_message
                confirm_label=texts.change_role.clone()
                cancel_label=texts.keep_admin.clone()
                on_confirm=move || {
                    if let Some(role) = chosen_role() {
                        end_sessions.value().set(None);
                        save.dispatch(ChangeRole { user_id, role });
                    }
                }
            />
        })}
        <h3>{texts.sessions_heading.clone()}</h3>
        <p class="muted">{texts.sessions_intro.clone()}</p>
        <button type="button" class="button" on:click=move |_| confirm_open.set(true)>{texts.log_out_everywhere.clone()}</button>
        <ConfirmDialog
            id="end-member-sessions"
            open=confirm_open
            title=log_out_title
            message=texts.log_out_message.clone()
            confirm_label=texts.log_out_everywhere.clone()
            cancel_label=texts.keep_logged_in.clone()
            on_confirm=move || {
                save.value().set(None);
                reset.value().set(None);
                end_sessions.dispatch(EndMemberSessions { user_id });
            }
        />
        <Show when=move || two_factor_on.get() && !is_you>
            <h3>{two_factor_heading.clone()}</h3>
            <p class="muted">{two_factor_intro.clone()}</p>
            <button type="button" class="button" on:click=move |_| reset_open.set(true)>{reset_two_factor.clone()}</button>
        </Show>
        <ConfirmDialog
            id="reset-two-factor"
            open=reset_open
            title=reset_two_factor_title
            message=texts.reset_two_factor_message.clone()
            confirm_label=texts.reset_two_factor.clone()
            cancel_label=texts.keep_two_factor.clone()
            on_confirm=move || {
                save.value().set(None);
                end_sessions.value().set(None);
                reset.dispatch(ResetTwoFactor { user_id });
            }
        />
        {removable.then(|| view! {
            <h3>{texts.membership_heading.clone()}</h3>
            <p class="muted">{texts.membership_intro.clone()}</p>
            <button type="button" class="button button-danger" on:click=move |_| remove_open.set(true)>{remove_label}</button>
            <ConfirmDialog
                id="remove-member"
                open=remove_open
                title=remove_title
                message=remove_message
                confirm_label=texts.remove.clone()
                cancel_label=texts.keep.clone()
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
