use crate::auth::api::{Login, current_viewer};
use crate::auth::two_factor::ui::{PasskeyAttempt, PasskeyUse};
use crate::components::{Field, StatusMessage, field_error, island_ready};
use crate::error::AppError;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

/// `/login`. After the first-run setup it greets the new admin, after logging out it says so;
/// a signed-in visitor goes home.
#[component]
pub fn LoginPage() -> impl IntoView {
    let query = use_query_map();
    let notice = move || {
        query.with(|q| {
            if q.get("welcome").is_some() {
                Some("Your workspace is ready. Log in with the email and password you just chose.")
            } else if q.get("reset").is_some() {
                Some("Your password has been changed. Log in with your new password.")
            } else if q.get("logged_out").is_some() {
                Some("You are logged out.")
            } else {
                None
            }
            .map(str::to_owned)
        })
    };
    let signed_in = Resource::new(|| (), |_| current_viewer());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match signed_in.await {
                    Ok(Some(_)) => view! { <Redirect path="/"/> }.into_any(),
                    _ => view! {
                        <LoginForm notice=notice() passkeys_offered=crate::auth::two_factor::passkeys_offered()/>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

/// `notice` greets someone arriving from the setup, a password reset or logging out.
#[island(lazy)]
fn LoginForm(notice: Option<String>, passkeys_offered: bool) -> impl IntoView {
    island_ready();
    let action = ServerAction::<Login>::new();
    let result = action.value();
    let passkey = PasskeyAttempt::new();
    let message = Signal::derive(move || {
        if let Some(failure) = passkey.failure.get() {
            return Some(failure);
        }
        match result.get() {
            Some(Err(AppError::Validation(_))) => None,
            Some(Err(error)) => Some(error.to_string()),
            _ => notice.clone(),
        }
    });
    let is_error = Signal::derive(move || {
        passkey.failure.with(Option::is_some) || matches!(result.get(), Some(Err(_)))
    });
    let error_for = move |field| field_error(result, field);
    view! {
        <section class="card auth-card" aria-labelledby="login-heading">
            <h1 id="login-heading">"Log in"</h1>
            <StatusMessage message is_error/>
            <ActionForm action=action attr:novalidate=true on:submit=move |_| passkey.failure.set(None)>
                <Field label="Email" name="email" input_type="email" autocomplete="username" error=error_for("email")/>
                <Field label="Password" name="password" input_type="password" autocomplete="current-password" error=error_for("password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Logging in…" } else { "Log in" }}
                </button>
            </ActionForm>
            {passkeys_offered.then(|| view! {
                <button
                    type="button"
                    class="button passkey-button"
                    disabled=move || passkey.waiting.get()
                    on:click=move |_| {
                        action.value().set(None);
                        passkey.run(PasskeyUse::SignIn);
                    }
                >
                    {move || if passkey.waiting.get() { "Waiting for your passkey…" } else { "Sign in with a passkey" }}
                </button>
            })}
            <p class="form-footer"><a href="/forgot-password">"Forgot password?"</a></p>
        </section>
    }
}
