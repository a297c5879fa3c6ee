use crate::auth::api::{EndOtherSessions, EndSession, list_sessions};
use crate::auth::model::DeviceSession;
use crate::auth::model::Viewer;
use crate::components::{SignedInPage, StatusMessage, When, failure_view, island_ready};
use crate::i18n::fill;
use crate::navigation::Page;
use leptos::prelude::*;

/// `/account/sessions`: every device the person is signed in on, each of which they can
/// sign out from here.
#[component]
pub fn SessionsPage() -> impl IntoView {
    view! {
        <SignedInPage at=Page::Sessions page=|viewer: Viewer| {
            view! { <SessionsList texts=SessionsTexts::new(viewer.locale)/> }
        }/>
    }
}

crate::island_texts! {
    /// What the sessions page says.
    pub struct SessionsTexts {
        heading: "sessions-heading",
        lead: "sessions-lead",
        loading: "sessions-loading",
        end_others: "sessions-end-others",
        ended_none: "sessions-ended-none",
        ended_one: "sessions-ended-one",
        ended_many: "sessions-ended-many",
        ended_this: "sessions-ended-this",
        device: "sessions-device",
        ip: "sessions-ip",
        signed_in: "sessions-signed-in",
        last_active: "sessions-last-active",
        actions: "sessions-actions",
        this_device: "sessions-this-device",
        active_now: "sessions-active-now",
        log_out: "sessions-log-out",
    }
}

#[island(lazy)]
fn SessionsList(texts: SessionsTexts) -> impl IntoView {
    island_ready();
    let end_one = ServerAction::<EndSession>::new();
    let end_others = ServerAction::<EndOtherSessions>::new();
    let sessions = Resource::new(
        move || (end_one.version().get(), end_others.version().get()),
        |_| list_sessions(),
    );
    let status_texts = texts.clone();
    let message = Signal::derive(move || {
        let texts = &status_texts;
        // The most recent of the two actions decides what the status says.
        let others = end_others.value().get();
        let one = end_one.value().get();
        match (others, one) {
            (_, Some(Err(error))) | (Some(Err(error)), _) => Some(error.message()),
            (Some(Ok(0)), _) => Some(texts.ended_none.clone()),
            (Some(Ok(1)), _) => Some(texts.ended_one.clone()),
            (Some(Ok(count)), _) => Some(fill(&texts.ended_many, &[("count", &count.to_string())])),
            (None, Some(Ok(()))) => Some(texts.ended_this.clone()),
            (None, None) => None,
        }
    });
    let is_error = Signal::derive(move || {
        matches!(end_one.value().get(), Some(Err(_)))
            || matches!(end_others.value().get(), Some(Err(_)))
    });
    let on_end_one = move |_| end_others.value().set(None);
    view! {
        <section class="card" aria-labelledby="sessions-heading">
            <h1 id="sessions-heading">{texts.heading.clone()}</h1>
            <p class="lead">{texts.lead.clone()}</p>
            <StatusMessage message is_error/>
            <Transition fallback={
                let loading = texts.loading.clone();
                move || view! { <p class="loading">{loading.clone()}</p> }
            }>
                {move || {
                let texts = texts.clone();
                Suspend::new(async move {
                    match sessions.await {
                        Ok(devices) => view! {
                            // Offered only when there is another session to end.
                            {(devices.len() > 1).then(|| view! {
                                <p>
                                    <button
                                        type="button"
                                        class="button"
                                        disabled=move || end_others.pending().get()
                                        on:click=move |_| {
                                            end_one.value().set(None);
                                            end_others.dispatch(EndOtherSessions {});
                                        }
                                    >
                                        {texts.end_others.clone()}
                                    </button>
                                </p>
                            })}
                            <table class="data-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{texts.device.clone()}</th>
                                        <th scope="col">{texts.ip.clone()}</th>
                                        <th scope="col">{texts.signed_in.clone()}</th>
                                        <th scope="col">{texts.last_active.clone()}</th>
                                        <th scope="col"><span class="visually-hidden">{texts.actions.clone()}</span></th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {devices
                                        .into_iter()
                                        .map(|device| view! { <DeviceRow device end_one on_submit=on_end_one texts=texts.clone()/> })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                        .into_any(),
                        Err(error) => failure_view(error),
                    }
                })
                }}
            </Transition>
        </section>
    }
}

#[component]
fn DeviceRow(
    device: DeviceSession,
    end_one: ServerAction<EndSession>,
    on_submit: impl Fn(leptos::ev::SubmitEvent) + 'static,
    texts: SessionsTexts,
) -> impl IntoView {
    let this_device = texts.this_device;
    view! {
        <tr>
            <td data-label=texts.device>
                {device.device}
                {device.this_device.then(|| view! { " " <span class="badge">{this_device}</span> })}
            </td>
            <td data-label=texts.ip>{device.ip}</td>
            <td data-label=texts.signed_in><When moment=device.signed_in/></td>
            <td data-label=texts.last_active>{match device.last_active {
                Some(moment) => view! { <When moment/> }.into_any(),
                None => texts.active_now.into_any(),
            }}</td>
            <td class="row-actions">
                <ActionForm action=end_one on:submit=on_submit>
                    <input type="hidden" name="session_id" value=device.id/>
                    <button type="submit" class="button button-small">{texts.log_out}</button>
                </ActionForm>
            </td>
        </tr>
    }
}
