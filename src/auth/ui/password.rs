use crate::auth::api::ChangePassword;
use crate::components::{
    Field, NewPasswordField, SignedInPage, StatusMessage, failure_summary, field_error,
    island_ready,
};
use crate::navigation::Page;
use leptos::prelude::*;

/// `/account/password`.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    view! { <SignedInPage at=Page::ChangePassword page=|_| view! { <ChangePasswordForm/> }/> }
}

#[island(lazy)]
fn ChangePasswordForm() -> impl IntoView {
    island_ready();
    let action = ServerAction::<ChangePassword>::new();
    let result = action.value();
    let form = NodeRef::<leptos::html::Form>::new();
    let error_for = move |field| field_error(result, field);
    let failure = failure_summary(result);
    let message = Signal::derive(move || match result.get() {
        Some(Ok(())) => Some(
            "Your password has been changed. Your other devices have been logged out.".to_owned(),
        ),
        _ => failure.get(),
    });
    let is_error = Signal::derive(move || matches!(result.get(), Some(Err(_))));
    // Typed passwords should not linger in the form once they have done their job.
    Effect::new(move |_| {
        if matches!(result.get(), Some(Ok(())))
            && let Some(form) = form.get()
        {
            form.reset();
        }
    });
    view! {
        <section class="card narrow-card" aria-labelledby="password-heading">
            <h1 id="password-heading">"Change password"</h1>
            <p class="lead">"Changing your password logs you out on every other device."</p>
            <StatusMessage message is_error/>
            <ActionForm action=action node_ref=form attr:novalidate=true>
                <Field label="Current password" name="current_password" input_type="password" autocomplete="current-password" error=error_for("current_password")/>
                <NewPasswordField label="New password" name="new_password" error=error_for("new_password")/>
                <Field label="Confirm new password" name="confirm_password" input_type="password" autocomplete="new-password" error=error_for("confirm_password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Changing password…" } else { "Change password" }}
                </button>
            </ActionForm>
        </section>
    }
}
