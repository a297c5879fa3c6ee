use crate::auth::model::Viewer;
use crate::components::{SignedInPage, StatusMessage, failure_view, island_ready};
use crate::i18n::use_locale;
use crate::invitations::api::{SetJoinEmails, join_emails};
use crate::navigation::Page;
use crate::t;
use leptos::prelude::*;

/// `/account/notifications`: whether this admin gets an email when someone joins.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    view! { <SignedInPage at=Page::Notifications page=|_: Viewer| view! { <JoinEmailSetting/> }/> }
}

#[component]
fn JoinEmailSetting() -> impl IntoView {
    let locale = use_locale();
    let current = Resource::new(|| (), |_| join_emails());
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(locale, "loading")}</p> }>
            {move || Suspend::new(async move {
                match current.await {
                    Ok(enabled) => view! { <JoinEmailForm enabled texts=JoinEmailTexts::new(locale)/> }.into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Suspense>
    }
}

crate::island_texts! {
    /// What the join-email setting says.
    pub struct JoinEmailTexts {
        heading: "page-notifications",
        label: "notifications-join-emails",
        turned_on: "notifications-join-emails-on",
        turned_off: "notifications-join-emails-off",
        save: "notifications-save",
    }
}

/// The setting's form; `enabled` is the saved choice it starts from.
#[island(lazy)]
fn JoinEmailForm(enabled: bool, texts: JoinEmailTexts) -> impl IntoView {
    island_ready();
    let save = ServerAction::<SetJoinEmails>::new();
    let (turned_on, turned_off) = (texts.turned_on, texts.turned_off);
    let message = Signal::derive(move || match save.value().get() {
        Some(Ok(true)) => Some(turned_on.clone()),
        Some(Ok(false)) => Some(turned_off.clone()),
        Some(Err(error)) => Some(error.message()),
        None => None,
    });
    let is_error = Signal::derive(move || matches!(save.value().get(), Some(Err(_))));
    view! {
        <section class="card narrow-card" aria-labelledby="notifications-heading">
            <h1 id="notifications-heading">{texts.heading}</h1>
            <StatusMessage message is_error/>
            <ActionForm action=save>
                <div class="checkbox-field">
                    <input type="checkbox" id="field-enabled" name="enabled" value="true" checked=enabled/>
                    <label for="field-enabled">{texts.label}</label>
                </div>
                <button type="submit" class="button button-primary">{texts.save}</button>
            </ActionForm>
        </section>
    }
}
