use crate::components::{
    Field, NewPasswordField, StatusMessage, failure_summary, failure_view, field_error,
    island_ready,
};
use crate::i18n::use_locale;
use crate::t;
use crate::workspace::api::{CompleteSetup, first_run_open};
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// `/setup`: the first visit to a new installation creates its workspace and first admin.
#[component]
pub fn SetupPage() -> impl IntoView {
    let locale = use_locale();
    let open = Resource::new(|| (), |_| first_run_open());
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(locale, "loading")}</p> }>
            {move || Suspend::new(async move {
                match open.await {
                    Ok(true) => view! { <SetupForm texts=SetupTexts::new(locale)/> }.into_any(),
                    Ok(false) => view! { <Redirect path="/login"/> }.into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Suspense>
    }
}

crate::island_texts! {
    /// What the first-run setup form says.
    pub struct SetupTexts {
        heading: "setup-heading",
        intro: "setup-intro",
        setup_code: "setup-code",
        workspace_name: "workspace-name",
        name: "setup-your-name",
        email: "login-email",
        password: "login-password",
        password_rule: "password-rule-hint",
        submit: "setup-submit",
        submitting: "setup-submitting",
    }
}

#[island(lazy)]
fn SetupForm(texts: SetupTexts) -> impl IntoView {
    island_ready();
    let action = ServerAction::<CompleteSetup>::new();
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let summary = failure_summary(result);
    view! {
        <section class="card auth-card" aria-labelledby="setup-heading">
            <h1 id="setup-heading">{texts.heading}</h1>
            <p class="lead">{texts.intro}</p>
            <StatusMessage message=summary is_error=true/>
            // The server checks every field and explains each problem beside it; the browser's
            // own validation bubbles would say less and vary by browser.
            <ActionForm action=action attr:novalidate=true>
                <Field label=texts.setup_code name="setup_code" autocomplete="off" error=error_for("setup_code")/>
                <Field label=texts.workspace_name name="workspace_name" autocomplete="organization" error=error_for("workspace_name")/>
                <Field label=texts.name name="name" autocomplete="name" error=error_for("name")/>
                <Field label=texts.email name="email" input_type="email" autocomplete="email" error=error_for("email")/>
                <NewPasswordField label=texts.password hint=texts.password_rule name="password" error=error_for("password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { texts.submitting.clone() } else { texts.submit.clone() }}
                </button>
            </ActionForm>
        </section>
    }
}
