use crate::auth::model::Viewer;
use crate::components::{
    ConfirmRowDialog, Modal, RowToConfirm, SignedInPage, StatusMessage, TrashButton,
    failure_summary, failure_view, field_error, island_ready,
};
use crate::i18n::Locale;
use crate::invitations::api::{CancelInvitation, InviteUsers, ResendInvitation, list_invitations};
use crate::invitations::model::{MAX_ADDRESSES, PendingInvitation};
use crate::navigation::Page;
use crate::policy::Role;
use crate::users::ui::{PeopleSection, PeopleTab};
use leptos::prelude::*;
use strum::VariantArray;

/// `/settings/invitations`: pending invitations, newest first. Admins only.
#[component]
pub fn InvitationsPage() -> impl IntoView {
    view! { <SignedInPage at=Page::Invitations page=|viewer: Viewer| view! { <InvitationsSection viewer/> }/> }
}

#[component]
fn InvitationsSection(viewer: Viewer) -> impl IntoView {
    // `?invite` opens the invite form at once (Home's and the Users tab's "Invite user"), with
    // the address a search found no one for when it carries one.
    let start_inviting = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("invite"));
    let email_language = viewer.workspace_locale;
    view! {
        <PeopleSection viewer current=PeopleTab::Invitations>
            <InvitationsPanel start_inviting email_language/>
        </PeopleSection>
    }
}

/// The pending invitations and everything done to them: the interactive part of the tab.
#[island(lazy)]
fn InvitationsPanel(
    start_inviting: Option<String>,
    /// The invitations' language unless the admin picks another: the workspace's.
    email_language: Locale,
) -> impl IntoView {
    island_ready();
    let invite = ServerAction::<InviteUsers>::new();
    let resend = ServerAction::<ResendInvitation>::new();
    let cancel = ServerAction::<CancelInvitation>::new();
    let invitations = Resource::new(
        move || {
            (
                invite.version().get(),
                resend.version().get(),
                cancel.version().get(),
            )
        },
        |_| list_invitations(),
    );
    let dialog_open = RwSignal::new(start_inviting.is_some());
    let addresses = start_inviting
        .filter(|text| text.contains('@'))
        .unwrap_or_default();
    // What the page's status line says after the last action.
    let notice = RwSignal::new(None::<(String, bool)>);
    Effect::new(move |_| {
        if let Some(outcome) = resend.value().get() {
            notice.set(Some(match outcome {
                Ok(()) => ("Invitation sent again with a new link".to_owned(), false),
                Err(error) => (error.message(), true),
            }));
        }
    });
    Effect::new(move |_| {
        if let Some(outcome) = cancel.value().get() {
            notice.set(Some(match outcome {
                Ok(()) => (
                    "Invitation cancelled; its link no longer works".to_owned(),
                    false,
                ),
                Err(error) => (error.message(), true),
            }));
        }
    });
    let message = Signal::derive(move || notice.get().map(|(text, _)| text));
    let is_error = Signal::derive(move || notice.get().is_some_and(|(_, error)| error));
    view! {
        <div class="card-header">
            <h2>"Pending invitations"</h2>
            <button type="button" class="button button-accent" on:click=move |_| dialog_open.set(true)>
                "Invite user"
            </button>
        </div>
        <StatusMessage message is_error/>
        // A transition keeps the table on screen while it reloads after each action.
        <Transition fallback=|| view! { <p class="loading">"Loading invitations…"</p> }>
            {move || Suspend::new(async move {
                match invitations.await {
                    Ok(rows) => view! { <InvitationTable rows resend cancel/> }.into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Transition>
        <InviteDialog open=dialog_open action=invite notice addresses email_language/>
    }
}

#[component]
fn InvitationTable(
    rows: Vec<PendingInvitation>,
    resend: ServerAction<ResendInvitation>,
    cancel: ServerAction<CancelInvitation>,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="empty-state">"No pending invitations"</p> }.into_any();
    }
    let pending = RowToConfirm::new();
    view! {
        <table class="data-table">
            <thead>
                <tr>
                    <th scope="col">"Email"</th>
                    <th scope="col">"Role"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Sent"</th>
                    <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        let status = if row.expired { "Expired" } else { "Pending" };
                        let delivery = format!("Email {}", row.delivery.label());
                        let cancel_label = format!("Cancel invitation for {}", row.email);
                        let (id, email) = (row.id, row.email.clone());
                        view! {
                            <tr>
                                <td data-label="Email">{row.email}</td>
                                <td data-label="Role">{row.role.label()}</td>
                                <td data-label="Status">
                                    <span class="badge" class:badge-warning=row.expired>{status}</span>
                                    " "
                                    <span class="muted">{delivery}</span>
                                </td>
                                <td data-label="Sent">
                                    {row.sent}
                                    <br/>
                                    <small class="muted">{if row.expired { "Expired " } else { "Expires " }}{row.expires}</small>
                                </td>
                                <td class="row-actions">
                                    <button
                                        type="button"
                                        class="button button-small"
                                        disabled=move || resend.pending().get()
                                        on:click=move |_| {
                                            resend.dispatch(ResendInvitation { invitation_id: id });
                                        }
                                    >
                                        "Resend"
                                    </button>
                                    <TrashButton label=cancel_label pending id name=email/>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        <ConfirmRowDialog
            id="cancel-invitation"
            pending
            title=|email| format!("Cancel the invitation for {email}?")
            message="The link in the email stops working at once. You can invite them again later."
            confirm_label="Cancel invitation"
            cancel_label="Keep invitation"
            on_confirm=move |invitation_id| {
                cancel.dispatch(CancelInvitation { invitation_id });
            }
        />
    }
    .into_any()
}

/// The invite form in a dialog: one or several addresses, one role for all.
#[component]
fn InviteDialog(
    open: RwSignal<bool>,
    action: ServerAction<InviteUsers>,
    notice: RwSignal<Option<(String, bool)>>,
    /// Addresses to start with, as when arriving from a search that found no one.
    addresses: String,
    email_language: Locale,
) -> impl IntoView {
    let result = action.value();
    let form = NodeRef::<leptos::html::Form>::new();
    let emails = RwSignal::new(addresses);
    let failure = failure_summary(result);
    let results = Signal::derive(move || match result.get() {
        Some(Ok(results)) if results.len() > 1 => results,
        _ => Vec::new(),
    });
    // All sent: close and say so on the page. Some not: the field keeps only those, and the
    // chosen role stays, so fixing and sending again is one step; the page names them.
    Effect::new(move |_| {
        if let Some(Ok(results)) = result.get() {
            let failed: Vec<&str> = results
                .iter()
                .filter(|r| r.problem.is_some())
                .map(|r| r.email.as_str())
                .collect();
            let sent = results.len() - failed.len();
            let text = match (results.len(), sent) {
                (1, 1) => format!("Invitation sent to {}", results[0].email),
                (total, sent) if failed.is_empty() => format!("{sent} of {total} invitations sent"),
                (total, sent) => format!(
                    "{sent} of {total} invitations sent. Not sent: {}",
                    failed.join(", ")
                ),
            };
            notice.set(Some((text, !failed.is_empty())));
            if failed.is_empty() {
                emails.set(String::new());
                if let Some(form) = form.get() {
                    form.reset();
                }
                if results.len() == 1 {
                    open.set(false);
                }
            } else {
                emails.set(failed.join("\n"));
            }
        }
    });
    let expanded = RwSignal::new(None::<Role>);
    let role_error = field_error(result, "role");
    let language_error = field_error(result, "language");
    view! {
        <Modal id="invite-user" open title=Signal::stored("Invite user".to_owned())>
            <StatusMessage message=failure is_error=true/>
            <ActionForm action node_ref=form attr:novalidate=true>
                <div class="field" class:field-invalid=move || field_error(result, "emails").with(Option::is_some)>
                    <label for="field-emails">"Email"</label>
                    <p class="field-hint" id="field-emails-hint">
                        {format!("Several people? Separate their addresses with commas or new lines, up to {MAX_ADDRESSES}.")}
                    </p>
                    <textarea
                        id="field-emails"
                        name="emails"
                        rows="2"
                        autocomplete="off"
                        aria-describedby="field-emails-hint field-emails-error"
                        aria-invalid=move || field_error(result, "emails").with(Option::is_some).then_some("true")
                        prop:value=move || emails.get()
                        on:input=move |event| emails.set(event_target_value(&event))
                    ></textarea>
                    <p class="field-error" id="field-emails-error">{move || field_error(result, "emails").get()}</p>
                </div>
                <fieldset class="role-choice" aria-describedby="field-role-error">
                    <legend>"Role"</legend>
                    {Role::ALL
                        .iter()
                        .copied()
                        .map(|role| {
                            let id = format!("role-{}", role.as_str());
                            let description_id = format!("{id}-description");
                            view! {
                                <div class="role-option">
                                    <input
                                        type="radio"
                                        id=id.clone()
                                        name="role"
                                        value=role.as_str()
                                        checked=role == Role::Agent
                                        aria-describedby=description_id.clone()
                                    />
                                    <label for=id>{role.label()}</label>
                                    // On phones each description shows one line until "More".
                                    <div
                                        class="role-description"
                                        class:role-description-open=move || expanded.get() == Some(role)
                                        id=description_id.clone()
                                    >
                                        <p>"Can: " {role.abilities().join("; ")}</p>
                                        {(!role.limits().is_empty()).then(|| view! { <p>"Cannot: " {role.limits().join("; ")}</p> })}
                                    </div>
                                    <button
                                        type="button"
                                        class="link-button role-more"
                                        aria-controls=description_id
                                        aria-expanded=move || (expanded.get() == Some(role)).to_string()
                                        on:click=move |_| expanded.update(|open| {
                                            *open = if *open == Some(role) { None } else { Some(role) };
                                        })
                                    >
                                        {move || if expanded.get() == Some(role) { "Less" } else { "More" }}
                                        <span class="visually-hidden">{format!(" about {}", role.label())}</span>
                                    </button>
                                </div>
                            }
                        })
                        .collect_view()}
                    <p class="field-error" id="field-role-error">{move || role_error.get()}</p>
                </fieldset>
                <div class="field" class:field-invalid=move || language_error.with(Option::is_some)>
                    <label for="field-language">"Invitation language"</label>
                    <p class="field-hint" id="field-language-hint">
                        {format!("The workspace's language is {}. Pick another for the people you invite now.", email_language.native_name())}
                    </p>
                    <select
                        id="field-language"
                        name="language"
                        aria-describedby="field-language-hint field-language-error"
                        aria-invalid=move || language_error.with(Option::is_some).then_some("true")
                    >
                        {Locale::VARIANTS
                            .iter()
                            .map(|locale| {
                                let tag = locale.tag();
                                view! { <option value=tag lang=tag selected=*locale == email_language>{locale.native_name()}</option> }
                            })
                            .collect_view()}
                    </select>
                    <p class="field-error" id="field-language-error">{move || language_error.get()}</p>
                </div>
                <ul class="invite-results" aria-label="Results per address">
                    {move || results.get().into_iter().map(|r| {
                        let (icon, text, failed) = match &r.problem {
                            None => ("✓", format!("{}: invitation sent", r.email), false),
                            Some(problem) => ("✗", format!("{}: not sent, {problem}", r.email), true),
                        };
                        view! {
                            <li class="invite-result" class:invite-result-failed=failed>
                                <span class="invite-result-icon" aria-hidden="true">{icon}</span>" "{text}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <div class="dialog-actions">
                    <button type="button" class="button" on:click=move |_| open.set(false)>"Close"</button>
                    <button type="submit" class="button button-accent" disabled=move || action.pending().get()>
                        {move || if action.pending().get() { "Sending…" } else { "Send invitation" }}
                    </button>
                </div>
            </ActionForm>
        </Modal>
    }
}
