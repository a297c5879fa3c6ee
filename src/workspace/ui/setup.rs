use crate::components::{
    Field, NewPasswordField, StatusMessage, failure_summary, failure_view, field_error,
    island_ready,
};
use crate::workspace::api::{CompleteSetup, first_run_open};
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// `/setup`: the first visit to a new installation creates its workspace and first admin.
#[component]
pub fn SetupPage() -> impl IntoView {
    let open = Resource::new(|| (), |_| first_run_open());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match open.await {
                    Ok(true) => view! { <SetupForm/> }.into_any(),
                    Ok(false) => view! { <Redirect path="/login"/> }.into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Suspense>
    }
}

#[island(lazy)]
fn SetupForm() -> impl IntoView {
    island_ready();
    let action = ServerAction::<CompleteSetup>::new();
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let summary = failure_summary(result);
    view! {
        <section class="card auth-card" aria-labelledby="setup-heading">
            <h1 id="setup-heading">"Create your workspace"</h1>
            <p class="lead">
                "Welcome to Roster. Name your workspace and create the first admin account. "
                "The setup code is printed in the server's log when it starts."
            </p>
            <StatusMessage message=summary is_error=true/>
            // The server checks every field and explains each problem beside it; the browser's
            // own validation bubbles would say less and vary by browser.
            <ActionForm action=action attr:novalidate=true>
                <Field label="Setup code" name="setup_code" autocomplete="off" error=error_for("setup_code")/>
                <Field label="Workspace name" name="workspace_name" autocomplete="organization" error=error_for("workspace_name")/>
                <Field label="Your name" name="name" autocomplete="name" error=error_for("name")/>
                <Field label="Email" name="email" input_type="email" autocomplete="email" error=error_for("email")/>
                <NewPasswordField label="Password" name="password" error=error_for("password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Creating workspace…" } else { "Create workspace" }}
                </button>
            </ActionForm>
        </section>
    }
}
