use crate::auth::model::Viewer;
use crate::components::{
    ConfirmRowDialog, Modal, RowToConfirm, SignedInPage, StatusMessage, TrashButton,
    failure_summary, failure_view, field_error, island_ready,
};
use crate::i18n::{Locale, fill, use_locale};
use crate::invitations::api::{CancelInvitation, InviteUsers, ResendInvitation, list_invitations};
use crate::invitations::model::{Delivery, MAX_ADDRESSES, PendingInvitation};
use crate::navigation::Page;
use crate::policy::Role;
use crate::t;
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
    let locale = use_locale();
    // `?invite` opens the invite form at once (Home's and the Users tab's "Invite user"), with
    // the address a search found no one for when it carries one.
    let start_inviting = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("invite"));
    let email_language = viewer.workspace_locale;
    let texts = InvitationsTexts::new(locale);
    let choices = InviteChoices::new(locale, email_language);
    view! {
        <PeopleSection viewer current=PeopleTab::Invitations>
            <InvitationsPanel start_inviting email_language texts choices/>
        </PeopleSection>
    }
}

crate::island_texts! {
    /// What the Invitations tab says: its table, its status line and the invite dialog.
    /// The `{$…}` placeholders of some are filled in by the browser.
    pub struct InvitationsTexts {
        pending_heading: "invitations-pending-heading",
        invite_user: "invitations-invite-user",
        loading: "invitations-loading",
        none_pending: "invitations-none-pending",
        column_email: "invitations-column-email",
        column_role: "invitations-column-role",
        column_status: "invitations-column-status",
        column_sent: "invitations-column-sent",
        column_actions: "invitations-column-actions",
        admin: "role-admin",
        editor: "role-editor",
        agent: "role-agent",
        pending: "invitations-status-pending",
        expired: "invitations-status-expired",
        delivery_queued: "invitations-delivery-queued",
        delivery_sent: "invitations-delivery-sent",
        delivery_failed: "invitations-delivery-failed",
        expires_on: "invitations-expires",
        expired_on: "invitations-expired",
        resend: "invitations-resend",
        cancel_for: "invitations-cancel-for",
        resent: "invitations-resent",
        cancelled: "invitations-cancelled",
        cancel_title: "invitations-cancel-title",
        cancel_message: "invitations-cancel-message",
        cancel_confirm: "invitations-cancel-confirm",
        cancel_keep: "invitations-cancel-keep",
        emails_label: "invitations-field-emails",
        role_legend: "invitations-field-role",
        more: "invitations-role-more",
        less: "invitations-role-less",
        language_label: "invitations-field-language",
        results: "invitations-results",
        result_sent: "invitations-result-sent",
        result_not_sent: "invitations-result-not-sent",
        close: "invitations-close",
        send: "invitations-send",
        sending: "invitations-sending",
        sent_to: "invitations-sent-to",
        sent_count: "invitations-sent-count",
        sent_some: "invitations-sent-some",
    }
}

impl InvitationsTexts {
    /// `role`'s name in the reader's language.
    fn role_name(&self, role: Role) -> String {
        match role {
            Role::Admin => self.admin.clone(),
            Role::Editor => self.editor.clone(),
            Role::Agent => self.agent.clone(),
        }
    }
}

/// What the invite dialog offers, written on the server: the roles' descriptions and the
/// hints hold values and lists the catalogues word, and the island cannot read those.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InviteChoices {
    roles: Vec<RoleChoice>,
    emails_hint: String,
    /// Names the workspace's language, the invitations' unless the admin picks another.
    language_hint: String,
}

/// A role as the invite dialog describes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoleChoice {
    role: Role,
    /// "Can: …", every ability in one line.
    can: String,
    /// "Cannot: …", for a role that has limits.
    cannot: Option<String>,
    /// Follows "More" or "Less" for screen readers, so each role's button says whose
    /// description it opens; starts with the space that separates it.
    more_about: String,
}

impl InviteChoices {
    fn new(locale: Locale, email_language: Locale) -> Self {
        Self {
            roles: Role::ALL
                .iter()
                .map(|&role| RoleChoice::new(role, locale))
                .collect(),
            emails_hint: t!(
                locale,
                "invitations-field-emails-hint",
                count = MAX_ADDRESSES
            ),
            language_hint: t!(
                locale,
                "invitations-field-language-hint",
                language = email_language.native_name()
            ),
        }
    }
}

impl RoleChoice {
    fn new(role: Role, locale: Locale) -> Self {
        let limits = role.limits(locale);
        Self {
            role,
            can: t!(
                locale,
                "invitations-role-can",
                abilities = role.abilities(locale).join("; ")
            ),
            cannot: (!limits.is_empty()).then(|| {
                t!(
                    locale,
                    "invitations-role-cannot",
                    limits = limits.join("; ")
                )
            }),
            more_about: format!(
                " {}",
                t!(
                    locale,
                    "invitations-role-about",
                    role = role.name_in(locale)
                )
            ),
        }
    }
}

/// The pending invitations and everything done to them: the interactive part of the tab.
#[island(lazy)]
fn InvitationsPanel(
    start_inviting: Option<String>,
    /// The invitations' language unless the admin picks another: the workspace's.
    email_language: Locale,
    texts: InvitationsTexts,
    choices: InviteChoices,
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
    let resent = texts.resent.clone();
    Effect::new(move |_| {
        if let Some(outcome) = resend.value().get() {
            notice.set(Some(match outcome {
                Ok(()) => (resent.clone(), false),
                Err(error) => (error.message(), true),
            }));
        }
    });
    let cancelled = texts.cancelled.clone();
    Effect::new(move |_| {
        if let Some(outcome) = cancel.value().get() {
            notice.set(Some(match outcome {
                Ok(()) => (cancelled.clone(), false),
                Err(error) => (error.message(), true),
            }));
        }
    });
    let message = Signal::derive(move || notice.get().map(|(text, _)| text));
    let is_error = Signal::derive(move || notice.get().is_some_and(|(_, error)| error));
    let heading = texts.pending_heading.clone();
    let invite_user = texts.invite_user.clone();
    let loading = texts.loading.clone();
    let table_texts = texts.clone();
    view! {
        <div class="card-header">
            <h2>{heading}</h2>
            <button type="button" class="button button-accent" on:click=move |_| dialog_open.set(true)>
                {invite_user}
            </button>
        </div>
        <StatusMessage message is_error/>
        // A transition keeps the table on screen while it reloads after each action.
        <Transition fallback=move || view! { <p class="loading">{loading.clone()}</p> }>
            {move || {
                let texts = table_texts.clone();
                Suspend::new(async move {
                    match invitations.await {
                        Ok(rows) => view! { <InvitationTable rows resend cancel texts/> }.into_any(),
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Transition>
        <InviteDialog open=dialog_open action=invite notice addresses email_language texts choices/>
    }
}

#[component]
fn InvitationTable(
    rows: Vec<PendingInvitation>,
    resend: ServerAction<ResendInvitation>,
    cancel: ServerAction<CancelInvitation>,
    texts: InvitationsTexts,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="empty-state">{texts.none_pending}</p> }.into_any();
    }
    let pending = RowToConfirm::new();
    let body = rows
        .into_iter()
        .map(|row| {
            let status = if row.expired {
                texts.expired.clone()
            } else {
                texts.pending.clone()
            };
            let delivery = match row.delivery {
                Delivery::Queued => texts.delivery_queued.clone(),
                Delivery::Sent => texts.delivery_sent.clone(),
                Delivery::Failed => texts.delivery_failed.clone(),
            };
            let cancel_label = fill(&texts.cancel_for, &[("email", row.email.as_str())]);
            let until = if row.expired {
                &texts.expired_on
            } else {
                &texts.expires_on
            };
            let until = fill(until, &[("date", row.expires.as_str())]);
            let role = texts.role_name(row.role);
            let (id, email) = (row.id, row.email.clone());
            view! {
                <tr>
                    <td data-label=texts.column_email.clone()>{row.email}</td>
                    <td data-label=texts.column_role.clone()>{role}</td>
                    <td data-label=texts.column_status.clone()>
                        <span class="badge" class:badge-warning=row.expired>{status}</span>
                        " "
                        <span class="muted">{delivery}</span>
                    </td>
                    <td data-label=texts.column_sent.clone()>
                        {row.sent}
                        <br/>
                        <small class="muted">{until}</small>
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
                            {texts.resend.clone()}
                        </button>
                        <TrashButton label=cancel_label pending id name=email/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <thead>
                <tr>
                    <th scope="col">{texts.column_email}</th>
                    <th scope="col">{texts.column_role}</th>
                    <th scope="col">{texts.column_status}</th>
                    <th scope="col">{texts.column_sent}</th>
                    <th scope="col"><span class="visually-hidden">{texts.column_actions}</span></th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
        <ConfirmRowDialog
            id="cancel-invitation"
            pending
            title=texts.cancel_title
            message=texts.cancel_message
            confirm_label=texts.cancel_confirm
            cancel_label=texts.cancel_keep
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
    texts: InvitationsTexts,
    choices: InviteChoices,
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
    let (sent_to, sent_count, sent_some) = (
        texts.sent_to.clone(),
        texts.sent_count.clone(),
        texts.sent_some.clone(),
    );
    Effect::new(move |_| {
        if let Some(Ok(results)) = result.get() {
            let failed: Vec<&str> = results
                .iter()
                .filter(|r| r.problem.is_some())
                .map(|r| r.email.as_str())
                .collect();
            let sent = results.len() - failed.len();
            let text = match (results.len(), sent) {
                (1, 1) => fill(&sent_to, &[("email", results[0].email.as_str())]),
                (total, sent) => {
                    let (sent, total) = (sent.to_string(), total.to_string());
                    let counts = [("sent", sent.as_str()), ("total", total.as_str())];
                    if failed.is_empty() {
                        fill(&sent_count, &counts)
                    } else {
                        let not_sent = failed.join(", ");
                        fill(
                            &sent_some,
                            &[counts[0], counts[1], ("failed", not_sent.as_str())],
                        )
                    }
                }
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
    let role_options = choices
        .roles
        .into_iter()
        .map(|choice| {
            let role = choice.role;
            let id = format!("role-{}", role.as_str());
            let description_id = format!("{id}-description");
            let (more, less) = (texts.more.clone(), texts.less.clone());
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
                    <label for=id>{texts.role_name(role)}</label>
                    // On phones each description shows one line until "More".
                    <div
                        class="role-description"
                        class:role-description-open=move || expanded.get() == Some(role)
                        id=description_id.clone()
                    >
                        <p>{choice.can}</p>
                        {choice.cannot.map(|cannot| view! { <p>{cannot}</p> })}
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
                        {move || if expanded.get() == Some(role) { less.clone() } else { more.clone() }}
                        <span class="visually-hidden">{choice.more_about}</span>
                    </button>
                </div>
            }
        })
        .collect_view();
    let (result_sent, result_not_sent) = (texts.result_sent.clone(), texts.result_not_sent.clone());
    let (send, sending) = (texts.send.clone(), texts.sending.clone());
    view! {
        <Modal id="invite-user" open title=Signal::stored(texts.invite_user)>
            <StatusMessage message=failure is_error=true/>
            <ActionForm action node_ref=form attr:novalidate=true>
                <div class="field" class:field-invalid=move || field_error(result, "emails").with(Option::is_some)>
                    <label for="field-emails">{texts.emails_label}</label>
                    <p class="field-hint" id="field-emails-hint">{choices.emails_hint}</p>
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
                    <legend>{texts.role_legend}</legend>
                    {role_options}
                    <p class="field-error" id="field-role-error">{move || role_error.get()}</p>
                </fieldset>
                <div class="field" class:field-invalid=move || language_error.with(Option::is_some)>
                    <label for="field-language">{texts.language_label}</label>
                    <p class="field-hint" id="field-language-hint">{choices.language_hint}</p>
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
                <ul class="invite-results" aria-label=texts.results>
                    {move || results.get().into_iter().map(|r| {
                        let (icon, text, failed) = match &r.problem {
                            None => ("✓", fill(&result_sent, &[("email", r.email.as_str())]), false),
                            Some(problem) => {
                                let values = [("email", r.email.as_str()), ("problem", problem.as_str())];
                                ("✗", fill(&result_not_sent, &values), true)
                            }
                        };
                        view! {
                            <li class="invite-result" class:invite-result-failed=failed>
                                <span class="invite-result-icon" aria-hidden="true">{icon}</span>" "{text}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <div class="dialog-actions">
                    <button type="button" class="button" on:click=move |_| open.set(false)>{texts.close}</button>
                    <button type="submit" class="button button-accent" disabled=move || action.pending().get()>
                        {move || if action.pending().get() { sending.clone() } else { send.clone() }}
                    </button>
                </div>
            </ActionForm>
        </Modal>
    }
}
