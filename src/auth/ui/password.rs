use crate::auth::api::ChangePassword;
use crate::auth::model::Viewer;
use crate::components::{
    Field, NewPasswordField, SignedInPage, StatusMessage, failure_summary, field_error,
    island_ready,
};
use crate::navigation::Page;
use leptos::prelude::*;

/// `/account/password`.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    view! {
        <SignedInPage at=Page::ChangePassword page=|viewer: Viewer| {
            view! { <ChangePasswordForm texts=ChangePasswordTexts::new(viewer.locale)/> }
        }/>
    }
}

crate::island_texts! {
    /// What the change-password form says.
    pub struct ChangePasswordTexts {
        heading: "change-password-heading",
        lead: "change-password-lead",
        current: "change-password-current",
        new: "change-password-new",
        rule: "password-rule-hint",
        confirm: "change-password-confirm",
        submit: "change-password-submit",
        submitting: "change-password-submitting",
        changed: "change-password-changed",
    }
}

#[island(lazy)]
fn ChangePasswordForm(texts: ChangePasswordTexts) -> impl IntoView {
    island_ready();
    let action = ServerAction::<ChangePassword>::new();
    let result = action.value();
    let form = NodeRef::<leptos::html::Form>::new();
    let error_for = move |field| field_error(result, field);
    let failure = failure_summary(result);
    let changed = texts.changed.clone();
    let message = Signal::derive(move || match result.get() {
        Some(Ok(())) => Some(changed.clone()),
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
            <h1 id="password-heading">{texts.heading}</h1>
            <p class="lead">{texts.lead}</p>
            <StatusMessage message is_error/>
            <ActionForm action=action node_ref=form attr:novalidate=true>
                <Field label=texts.current name="current_password" input_type="password" autocomplete="current-password" error=error_for("current_password")/>
                <NewPasswordField label=texts.new name="new_password" hint=texts.rule error=error_for("new_password")/>
                <Field label=texts.confirm name="confirm_password" input_type="password" autocomplete="new-password" error=error_for("confirm_password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { texts.submitting.clone() } else { texts.submit.clone() }}
                </button>
            </ActionForm>
        </section>
    }
}
