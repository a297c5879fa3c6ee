use crate::auth::api::{Login, current_viewer};
use crate::auth::two_factor::ui::{PasskeyAttempt, PasskeyUse};
use crate::components::{Field, StatusMessage, field_error, island_ready};
use crate::error::AppError;
use crate::i18n::{LanguagePicker, use_locale};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

/// `/login`. After the first-run setup it greets the new admin, after logging out it says so;
/// a signed-in visitor goes home.
#[component]
pub fn LoginPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let notice = move || {
        query.with(|q| {
            if q.get("welcome").is_some() {
                Some(t!(locale, "login-after-setup"))
            } else if q.get("reset").is_some() {
                Some(t!(locale, "login-after-reset"))
            } else if q.get("logged_out").is_some() {
                Some(t!(locale, "login-after-logout"))
            } else {
                None
            }
        })
    };
    // The page someone came for; the server decides whether a sign-in may return there.
    let next = query.with_untracked(|q| q.get("next")).unwrap_or_default();
    let signed_in = Resource::new(|| (), |_| current_viewer());
    view! {
        <Title text=t!(locale, "title-signed-out", page = t!(locale, "login-title"))/>
        <Suspense fallback=move || view! { <p class="loading">{t!(locale, "loading")}</p> }>
            {move || {
                let next = next.clone();
                Suspend::new(async move {
                    match signed_in.await {
                        Ok(Some(_)) => view! { <Redirect path=signed_in_landing(&next)/> }.into_any(),
                        _ => view! {
                            <LoginForm
                                next=next.clone()
                                notice=notice()
                                passkeys_offered=crate::auth::two_factor::passkeys_offered()
                                texts=LoginTexts::new(locale)
                            />
                            <LanguagePicker/>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

crate::island_texts! {
    /// What the sign-in form says.
    pub struct LoginTexts {
        heading: "login-heading",
        email: "login-email",
        password: "login-password",
        submit: "login-submit",
        submitting: "login-submitting",
        passkey: "login-passkey",
        passkey_waiting: "login-passkey-waiting",
        forgot_password: "login-forgot-password",
    }
}

/// Where someone already signed in goes instead of the form.
fn signed_in_landing(next: &str) -> String {
    #[cfg(feature = "ssr")]
    if let Ok(state) = crate::server::AppState::current() {
        return crate::auth::return_to::landing(&state.config, next);
    }
    let _ = next;
    "/".to_owned()
}

/// `notice` greets someone arriving from the setup, a password reset or logging out; `next`
/// is where they go once signed in, when the server allows it.
#[island(lazy)]
fn LoginForm(
    next: String,
    notice: Option<String>,
    passkeys_offered: bool,
    texts: LoginTexts,
) -> impl IntoView {
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
            Some(Err(error)) => Some(error.message()),
            _ => notice.clone(),
        }
    });
    let is_error = Signal::derive(move || {
        passkey.failure.with(Option::is_some) || matches!(result.get(), Some(Err(_)))
    });
    let error_for = move |field| field_error(result, field);
    let carried_next =
        (!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next.clone()/> });
    view! {
        <section class="card auth-card" aria-labelledby="login-heading">
            <h1 id="login-heading">{texts.heading}</h1>
            <StatusMessage message is_error/>
            <ActionForm action=action attr:novalidate=true on:submit=move |_| passkey.failure.set(None)>
                {carried_next}
                <Field label=texts.email name="email" input_type="email" autocomplete="username" error=error_for("email")/>
                <Field label=texts.password name="password" input_type="password" autocomplete="current-password" error=error_for("password")/>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { texts.submitting.clone() } else { texts.submit.clone() }}
                </button>
            </ActionForm>
            {passkeys_offered.then(|| view! {
                <button
                    type="button"
                    class="button passkey-button"
                    disabled=move || passkey.waiting.get()
                    on:click=move |_| {
                        action.value().set(None);
                        passkey.run(PasskeyUse::SignIn, next.clone());
                    }
                >
                    {move || if passkey.waiting.get() { texts.passkey_waiting.clone() } else { texts.passkey.clone() }}
                </button>
            })}
            <p class="form-footer"><a href="/forgot-password">{texts.forgot_password}</a></p>
        </section>
    }
}
