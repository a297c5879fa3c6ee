use crate::auth::model::Viewer;
use crate::components::{SignedInPage, StatusMessage, failure_view, island_ready};
use crate::invitations::api::{SetJoinEmails, join_emails};
use crate::navigation::Page;
use leptos::prelude::*;

/// `/account/notifications`: whether this admin gets an email when someone joins.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    view! { <SignedInPage at=Page::Notifications page=|_: Viewer| view! { <JoinEmailSetting/> }/> }
}

#[component]
fn JoinEmailSetting() -> impl IntoView {
    let current = Resource::new(|| (), |_| join_emails());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match current.await {
                    Ok(enabled) => view! { <JoinEmailForm enabled/> }.into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Suspense>
    }
}

/// The setting's form; `enabled` is the saved choice it starts from.
#[island(lazy)]
fn JoinEmailForm(enabled: bool) -> impl IntoView {
    island_ready();
    let save = ServerAction::<SetJoinEmails>::new();
    let message = Signal::derive(move || match save.value().get() {
        Some(Ok(true)) => Some("You will get an email when someone joins".to_owned()),
        Some(Ok(false)) => Some("You will no longer get an email when someone joins".to_owned()),
        Some(Err(error)) => Some(error.message()),
        None => None,
    });
    let is_error = Signal::derive(move || matches!(save.value().get(), Some(Err(_))));
    view! {
        <section class="card narrow-card" aria-labelledby="notifications-heading">
            <h1 id="notifications-heading">"Email notifications"</h1>
            <StatusMessage message is_error/>
            <ActionForm action=save>
                <div class="checkbox-field">
                    <input type="checkbox" id="field-enabled" name="enabled" value="true" checked=enabled/>
                    <label for="field-enabled">"Email me when someone joins this workspace"</label>
                </div>
                <button type="submit" class="button button-primary">"Save"</button>
            </ActionForm>
        </section>
    }
}
