use crate::auth::api::{Login, current_viewer};
use crate::components::{Field, StatusMessage, field_error};
use crate::error::AppError;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

/// `/login`. After the first-run setup it greets the new admin; a signed-in visitor goes home.
#[component]
pub fn LoginPage() -> impl IntoView {
    let signed_in = Resource::new(|| (), |_| current_viewer());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match signed_in.await {
                    Ok(Some(_)) => view! { <Redirect path="/"/> }.into_any(),
                    _ => view! { <LoginForm/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn LoginForm() -> impl IntoView {
    let query = use_query_map();
    let action = ServerAction::<Login>::new();
    let result = action.value();
    let message = Signal::derive(move || match result.get() {
        Some(Err(AppError::Validation(_))) => None,
        Some(Err(error)) => Some(error.to_string()),
        _ => query.with(|q| {
            if q.get("welcome").is_some() {
                Some("Your workspace is ready. Log in with the email and password you just chose.")
            } else if q.get("reset").is_some() {
                Some("Your password has been changed. Log in with your new password.")
            } else {
                None
            }
            .map(str::to_owned)
        }),
    });
    let is_error = Signal::derive(move || matches!(result.get(), Some(Err(_))));
    let error_for = move |field| field_error(result, field);
    view! {
        <section class="card auth-card" aria-labelledby="login-heading">
            <h1 id="login-heading">"Log in"</h1>
            <StatusMessage message is_error/>
            <ActionForm action=action attr:novalidate=true>
                <Field label="Email" name="email" input_type="email" autocomplete="username" error=error_for("email")/>
                <Field label="Password" name="password" input_type="password" autocomplete="current-password" error=error_for("password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Logging in…" } else { "Log in" }}
                </button>
            </ActionForm>
            <p class="form-footer"><a href="/forgot-password">"Forgot password?"</a></p>
        </section>
    }
}
