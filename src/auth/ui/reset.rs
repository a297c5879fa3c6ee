use crate::auth::api::{RequestPasswordReset, ResetPassword, reset_link_usable};
use crate::auth::model::RESET_LINK_INVALID;
use crate::components::{
    Field, NewPasswordField, StatusMessage, failure_summary, failure_view, field_error,
    island_ready,
};
use crate::error::AppError;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/forgot-password`: asks for a reset link by email. The answer is the same whether or not
/// the email has an account, so the page cannot be used to find out who uses Roster.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    view! { <ForgotPasswordForm/> }
}

/// The page's form; the answer shows in its status line.
#[island(lazy)]
fn ForgotPasswordForm() -> impl IntoView {
    island_ready();
    let action = ServerAction::<RequestPasswordReset>::new();
    let result = action.value();
    let failure = failure_summary(result);
    let message = Signal::derive(move || match result.get() {
        Some(Ok(())) => Some(
            "If an account uses that email, a link to choose a new password is on its way. \
             It works for one hour."
                .to_owned(),
        ),
        Some(Err(AppError::Validation(_))) => None,
        _ => failure.get(),
    });
    let is_error = Signal::derive(move || matches!(result.get(), Some(Err(_))));
    view! {
        <section class="card auth-card" aria-labelledby="forgot-heading">
            <h1 id="forgot-heading">"Reset your password"</h1>
            <p class="lead">"Enter the email you log in with and we will send you a link to choose a new password."</p>
            <StatusMessage message is_error/>
            <ActionForm action=action attr:novalidate=true>
                <Field label="Email" name="email" input_type="email" autocomplete="username" error=field_error(result, "email")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Sending…" } else { "Send reset link" }}
                </button>
            </ActionForm>
            <p class="form-footer"><a href="/login">"Back to log in"</a></p>
        </section>
    }
}

/// `/reset-password/<token>`: the link from the reset email.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let usable = Resource::new(token, reset_link_usable);
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match usable.await {
                    Ok(true) => view! { <ResetPasswordForm token=token()/> }.into_any(),
                    Ok(false) => view! {
                        <section class="card auth-card" aria-labelledby="reset-heading">
                            <h1 id="reset-heading">"Choose a new password"</h1>
                            <p class="status status-error" role="status">{RESET_LINK_INVALID}</p>
                            <p class="form-footer"><a href="/forgot-password">"Send a new link"</a></p>
                        </section>
                    }
                    .into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Suspense>
    }
}

#[island(lazy)]
fn ResetPasswordForm(token: String) -> impl IntoView {
    island_ready();
    let action = ServerAction::<ResetPassword>::new();
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let message = failure_summary(result);
    view! {
        <section class="card auth-card" aria-labelledby="reset-heading">
            <h1 id="reset-heading">"Choose a new password"</h1>
            <p class="lead">"After this you are logged out everywhere; log in again with the new password."</p>
            <StatusMessage message is_error=true/>
            <ActionForm action=action attr:novalidate=true>
                <input type="hidden" name="token" value=token/>
                <NewPasswordField label="New password" name="new_password" error=error_for("new_password")/>
                <Field label="Confirm password" name="confirm_password" input_type="password" autocomplete="new-password" error=error_for("confirm_password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Saving…" } else { "Set new password" }}
                </button>
            </ActionForm>
        </section>
    }
}
