use crate::auth::api::{RequestPasswordReset, ResetPassword, reset_link_usable};
use crate::components::{
    Field, NewPasswordField, StatusMessage, failure_summary, failure_view, field_error,
    island_ready,
};
use crate::error::AppError;
use crate::i18n::{LanguagePicker, use_locale};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/forgot-password`: asks for a reset link by email. The answer is the same whether or not
/// the email has an account, so the page cannot be used to find out who uses Roster.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=t!(locale, "title-signed-out", page = t!(locale, "forgot-title"))/>
        <ForgotPasswordForm texts=ForgotPasswordTexts::new(locale)/>
        <LanguagePicker/>
    }
}

crate::island_texts! {
    /// What the forgotten-password form says.
    pub struct ForgotPasswordTexts {
        heading: "forgot-heading",
        intro: "forgot-intro",
        sent: "forgot-sent",
        email: "login-email",
        submit: "forgot-submit",
        submitting: "forgot-submitting",
        back_to_login: "back-to-login",
    }
}

/// The page's form; the answer shows in its status line.
#[island(lazy)]
fn ForgotPasswordForm(texts: ForgotPasswordTexts) -> impl IntoView {
    island_ready();
    let action = ServerAction::<RequestPasswordReset>::new();
    let result = action.value();
    let failure = failure_summary(result);
    let message = Signal::derive(move || match result.get() {
        Some(Ok(())) => Some(texts.sent.clone()),
        Some(Err(AppError::Validation(_))) => None,
        _ => failure.get(),
    });
    let is_error = Signal::derive(move || matches!(result.get(), Some(Err(_))));
    view! {
        <section class="card auth-card" aria-labelledby="forgot-heading">
            <h1 id="forgot-heading">{texts.heading}</h1>
            <p class="lead">{texts.intro}</p>
            <StatusMessage message is_error/>
            <ActionForm action=action attr:novalidate=true>
                <Field label=texts.email name="email" input_type="email" autocomplete="username" error=field_error(result, "email")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { texts.submitting.clone() } else { texts.submit.clone() }}
                </button>
            </ActionForm>
            <p class="form-footer"><a href="/login">{texts.back_to_login}</a></p>
        </section>
    }
}

/// `/reset-password/<token>`: the link from the reset email.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let usable = Resource::new(token, reset_link_usable);
    let locale = use_locale();
    view! {
        <Title text=t!(locale, "title-signed-out", page = t!(locale, "reset-title"))/>
        <Suspense fallback=move || view! { <p class="loading">{t!(locale, "loading")}</p> }>
            {move || Suspend::new(async move {
                match usable.await {
                    Ok(true) => view! { <ResetPasswordForm token=token() texts=ResetPasswordTexts::new(locale)/> }.into_any(),
                    Ok(false) => view! {
                        <section class="card auth-card" aria-labelledby="reset-heading">
                            <h1 id="reset-heading">{t!(locale, "reset-heading")}</h1>
                            <p class="status status-error" role="status">{t!(locale, "reset-link-invalid")}</p>
                            <p class="form-footer"><a href="/forgot-password">{t!(locale, "reset-send-new-link")}</a></p>
                        </section>
                    }
                    .into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Suspense>
        <LanguagePicker/>
    }
}

crate::island_texts! {
    /// What the new-password form says.
    pub struct ResetPasswordTexts {
        heading: "reset-heading",
        intro: "reset-intro",
        new_password: "reset-new-password",
        rule: "password-rule-hint",
        confirm_password: "reset-confirm-password",
        submit: "reset-submit",
        submitting: "reset-submitting",
    }
}

#[island(lazy)]
fn ResetPasswordForm(token: String, texts: ResetPasswordTexts) -> impl IntoView {
    island_ready();
    let action = ServerAction::<ResetPassword>::new();
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let message = failure_summary(result);
    view! {
        <section class="card auth-card" aria-labelledby="reset-heading">
            <h1 id="reset-heading">{texts.heading}</h1>
            <p class="lead">{texts.intro}</p>
            <StatusMessage message is_error=true/>
            <ActionForm action=action attr:novalidate=true>
                <input type="hidden" name="token" value=token/>
                <NewPasswordField label=texts.new_password hint=texts.rule name="new_password" error=error_for("new_password")/>
                <Field label=texts.confirm_password name="confirm_password" input_type="password" autocomplete="new-password" error=error_for("confirm_password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { texts.submitting.clone() } else { texts.submit.clone() }}
                </button>
            </ActionForm>
        </section>
    }
}
