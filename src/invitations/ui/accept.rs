use crate::auth::api::Logout;
use crate::components::{
    Field, NewPasswordField, StatusMessage, failure_summary, failure_view, field_error,
    island_ready,
};
use crate::i18n::{Locale, fill, request_locale, use_locale};
use crate::invitations::api::{AcceptInvitation, read_invitation};
use crate::invitations::model::{InvitationDetails, InvitationLink};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/invite/<token>`: the link from the invitation email. Signed-out visitors read it in
/// the language they picked or their browser prefers, someone signed in in their own.
#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let link = Resource::new(token, read_invitation);
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(locale, "invitations-accept-loading")}</p> }>
            {move || Suspend::new(async move {
                let link = link.await;
                // Reading the link read the session: from here on someone signed in reads
                // their own language, the one the document's `lang` says (DocumentLanguage).
                let locale = request_locale().await;
                match link {
                    Ok(InvitationLink::Valid(details)) => view! { <Invitation details token=token() locale/> }.into_any(),
                    Ok(InvitationLink::Invalid) => view! {
                        <section class="card auth-card" aria-labelledby="invite-heading">
                            <h1 id="invite-heading">{t!(locale, "invitations-accept-heading-invalid")}</h1>
                            <p class="status status-error" role="status">{t!(locale, "invitations-link-invalid")}</p>
                            <p class="form-footer"><a href="/login">{t!(locale, "invitations-accept-go-to-login")}</a></p>
                        </section>
                    }
                    .into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Invitation(details: InvitationDetails, token: String, locale: Locale) -> impl IntoView {
    let role = details.role.name_in(locale);
    let heading = t!(
        locale,
        "invitations-accept-heading",
        workspace = &details.workspace_name
    );
    let intro = t!(
        locale,
        "invitations-accept-intro",
        inviter = &details.invited_by,
        email = &details.email,
        workspace = &details.workspace_name,
        role = &role,
        expires = &details.expires,
    );
    let form = if let Some(other) = details.signed_in_as_other.clone() {
        let message = t!(
            locale,
            "invitations-accept-signed-in-as-other",
            other = other,
            invited = &details.email,
        );
        view! { <SignedInAsSomeoneElse message texts=SwitchAccountTexts::new(locale)/> }.into_any()
    } else {
        view! { <AcceptForm details=details.clone() token texts=AcceptTexts::new(locale)/> }
            .into_any()
    };
    view! {
        <section class="card auth-card" aria-labelledby="invite-heading">
            <h1 id="invite-heading">{heading}</h1>
            <p class="lead">{intro}</p>
            <details class="role-details">
                <summary>{t!(locale, "invitations-role-abilities", role = role)}</summary>
                <ul>{details.role.abilities(locale).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </details>
            {form}
        </section>
    }
}

crate::island_texts! {
    /// What the offer to switch accounts says.
    pub struct SwitchAccountTexts {
        log_out: "invitations-accept-log-out",
    }
}

/// Signed in as another email: joining would add the wrong account, so offer to switch.
/// `message` names both emails.
#[island(lazy)]
fn SignedInAsSomeoneElse(message: String, texts: SwitchAccountTexts) -> impl IntoView {
    island_ready();
    let logout = ServerAction::<Logout>::new();
    Effect::new(move |_| {
        if matches!(logout.value().get(), Some(Ok(()))) {
            let _ = window().location().reload();
        }
    });
    view! {
        <p class="status status-error" role="status">{message}</p>
        <button type="button" class="button button-primary" on:click=move |_| { logout.dispatch(Logout { stay: true }); }>
            {texts.log_out}
        </button>
    }
}

crate::island_texts! {
    /// What the joining form says; the browser fills in the invited email.
    pub struct AcceptTexts {
        signed_in: "invitations-accept-signed-in",
        has_account: "invitations-accept-has-account",
        name: "invitations-accept-name",
        password: "login-password",
        password_rule: "password-rule-hint",
        confirm_password: "reset-confirm-password",
        code: "invitations-accept-code",
        code_hint: "invitations-accept-code-hint",
        join: "invitations-accept-join",
        joining: "invitations-accept-joining",
    }
}

#[island(lazy)]
fn AcceptForm(details: InvitationDetails, token: String, texts: AcceptTexts) -> impl IntoView {
    island_ready();
    let action = ServerAction::<AcceptInvitation>::new();
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let message = failure_summary(result);
    let code_asked = RwSignal::new(false);
    let code_error = error_for("code");
    Effect::new(move |_| {
        if code_error.with(Option::is_some) {
            code_asked.set(true);
        }
    });
    let email = [("email", details.email.as_str())];
    let fields = if details.signed_in_as_invitee {
        view! { <p>{fill(&texts.signed_in, &email)}</p> }.into_any()
    } else if details.has_account {
        let (code, code_hint) = (texts.code.clone(), texts.code_hint.clone());
        view! {
            <p>{fill(&texts.has_account, &email)}</p>
            <Field label=texts.password.clone() name="password" input_type="password" autocomplete="current-password" error=error_for("password")/>
            // Asked for once the server says the account has two-factor on, and kept.
            <Show when=move || code_asked.get()>
                <Field label=code.clone() name="code" autocomplete="one-time-code" hint=code_hint.clone() error=error_for("code")/>
            </Show>
        }
        .into_any()
    } else {
        view! {
            <Field label=texts.name.clone() name="name" autocomplete="name" error=error_for("name")/>
            <NewPasswordField label=texts.password.clone() hint=texts.password_rule.clone() name="password" error=error_for("password")/>
            <Field label=texts.confirm_password.clone() name="confirm_password" input_type="password" autocomplete="new-password" error=error_for("confirm_password")/>
        }
        .into_any()
    };
    let (join, joining) = (texts.join, texts.joining);
    view! {
        <StatusMessage message is_error=true/>
        <ActionForm action attr:novalidate=true>
            <input type="hidden" name="token" value=token/>
            // Lets password managers file the new password under the invited email.
            <input type="email" name="username" value=details.email.clone() autocomplete="username" hidden/>
            {fields}
            <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                {move || if action.pending().get() { joining.clone() } else { join.clone() }}
            </button>
        </ActionForm>
    }
}
