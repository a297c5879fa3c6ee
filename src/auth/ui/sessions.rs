use crate::auth::api::{EndOtherSessions, EndSession, list_sessions};
use crate::auth::model::DeviceSession;
use crate::components::{SignedInPage, StatusMessage, When, failure_view, island_ready};
use crate::navigation::Page;
use leptos::prelude::*;

/// `/account/sessions`: every device the person is signed in on, each of which they can
/// sign out from here.
#[component]
pub fn SessionsPage() -> impl IntoView {
    view! { <SignedInPage at=Page::Sessions page=|_| view! { <SessionsList/> }/> }
}

#[island(lazy)]
fn SessionsList() -> impl IntoView {
    island_ready();
    let end_one = ServerAction::<EndSession>::new();
    let end_others = ServerAction::<EndOtherSessions>::new();
    let sessions = Resource::new(
        move || (end_one.version().get(), end_others.version().get()),
        |_| list_sessions(),
    );
    let message = Signal::derive(move || {
        // The most recent of the two actions decides what the status says.
        let others = end_others.value().get();
        let one = end_one.value().get();
        match (others, one) {
            (_, Some(Err(error))) | (Some(Err(error)), _) => Some(error.message()),
            (Some(Ok(0)), _) => Some("There were no other sessions to log out".to_owned()),
            (Some(Ok(1)), _) => Some("Logged out 1 other session".to_owned()),
            (Some(Ok(count)), _) => Some(format!("Logged out {count} other sessions")),
            (None, Some(Ok(()))) => Some("Session logged out".to_owned()),
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
            <h1 id="sessions-heading">"Your sessions"</h1>
            <p class="lead">
                "Each device or browser you are logged in on. Log out any you do not recognise, "
                "and change your password if you think someone else knows it."
            </p>
            <StatusMessage message is_error/>
            <Transition fallback=|| view! { <p class="loading">"Loading sessions…"</p> }>
                {move || Suspend::new(async move {
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
                                        "Log out all other sessions"
                                    </button>
                                </p>
                            })}
                            <table class="data-table">
                                <thead>
                                    <tr>
                                        <th scope="col">"Device"</th>
                                        <th scope="col">"IP address"</th>
                                        <th scope="col">"Signed in"</th>
                                        <th scope="col">"Last active"</th>
                                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {devices
                                        .into_iter()
                                        .map(|device| view! { <DeviceRow device end_one on_submit=on_end_one/> })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                        .into_any(),
                        Err(error) => failure_view(error),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn DeviceRow(
    device: DeviceSession,
    end_one: ServerAction<EndSession>,
    on_submit: impl Fn(leptos::ev::SubmitEvent) + 'static,
) -> impl IntoView {
    view! {
        <tr>
            <td data-label="Device">
                {device.device}
                {device.this_device.then(|| view! { " " <span class="badge">"This device"</span> })}
            </td>
            <td data-label="IP address">{device.ip}</td>
            <td data-label="Signed in"><When moment=device.signed_in/></td>
            <td data-label="Last active">{match device.last_active {
                Some(moment) => view! { <When moment/> }.into_any(),
                None => "Active now".into_any(),
            }}</td>
            <td class="row-actions">
                <ActionForm action=end_one on:submit=on_submit>
                    <input type="hidden" name="session_id" value=device.id/>
                    <button type="submit" class="button button-small">"Log out"</button>
                </ActionForm>
            </td>
        </tr>
    }
}
