use crate::auth::api::Logout;
use crate::components::{
    Field, NewPasswordField, StatusMessage, failure_summary, failure_view, field_error,
    island_ready,
};
use crate::invitations::api::{AcceptInvitation, read_invitation};
use crate::invitations::model::{INVALID_LINK, InvitationDetails, InvitationLink};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/invite/<token>`: the link from the invitation email.
#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let link = Resource::new(token, read_invitation);
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading the invitation…"</p> }>
            {move || Suspend::new(async move {
                match link.await {
                    Ok(InvitationLink::Valid(details)) => view! { <Invitation details token=token()/> }.into_any(),
                    Ok(InvitationLink::Invalid) => view! {
                        <section class="card auth-card" aria-labelledby="invite-heading">
                            <h1 id="invite-heading">"Join a workspace"</h1>
                            <p class="status status-error" role="status">{INVALID_LINK}</p>
                            <p class="form-footer"><a href="/login">"Go to log in"</a></p>
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
fn Invitation(details: InvitationDetails, token: String) -> impl IntoView {
    let heading = format!("Join {}", details.workspace_name);
    let intro = format!(
        "{} invited {} to join {} as an {}. The invitation expires on {}.",
        details.invited_by, details.email, details.workspace_name, details.role, details.expires
    );
    let form = if let Some(other) = details.signed_in_as_other.clone() {
        view! { <SignedInAsSomeoneElse other invited=details.email.clone()/> }.into_any()
    } else {
        view! { <AcceptForm details=details.clone() token/> }.into_any()
    };
    view! {
        <section class="card auth-card" aria-labelledby="invite-heading">
            <h1 id="invite-heading">{heading}</h1>
            <p class="lead">{intro}</p>
            <details class="role-details">
                <summary>{format!("What an {} can do", details.role)}</summary>
                <ul>{details.role.abilities().iter().map(|line| view! { <li>{*line}</li> }).collect_view()}</ul>
            </details>
            {form}
        </section>
    }
}

/// Signed in as another email: joining would add the wrong account, so offer to switch.
#[island(lazy)]
fn SignedInAsSomeoneElse(other: String, invited: String) -> impl IntoView {
    island_ready();
    let logout = ServerAction::<Logout>::new();
    Effect::new(move |_| {
        if matches!(logout.value().get(), Some(Ok(()))) {
            let _ = window().location().reload();
        }
    });
    view! {
        <p class="status status-error" role="status">
            {format!("You are logged in as {other}, but this invitation is for {invited}.")}
        </p>
        <button type="button" class="button button-primary" on:click=move |_| { logout.dispatch(Logout { stay: true }); }>
            "Log out and continue"
        </button>
    }
}

#[island(lazy)]
fn AcceptForm(details: InvitationDetails, token: String) -> impl IntoView {
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
    let fields = if details.signed_in_as_invitee {
        view! { <p>{format!("You are logged in as {}.", details.email)}</p> }.into_any()
    } else if details.has_account {
        view! {
            <p>{format!("You already have an account as {}: enter its password to join.", details.email)}</p>
            <Field label="Password" name="password" input_type="password" autocomplete="current-password" error=error_for("password")/>
            // Asked for once the server says the account has two-factor on, and kept.
            <Show when=move || code_asked.get()>
                <Field label="Code" name="code" autocomplete="one-time-code" hint="From your authenticator app, or a recovery code." error=error_for("code")/>
            </Show>
        }
        .into_any()
    } else {
        view! {
            <Field label="Name" name="name" autocomplete="name" error=error_for("name")/>
            <NewPasswordField label="Password" name="password" error=error_for("password")/>
            <Field label="Confirm password" name="confirm_password" input_type="password" autocomplete="new-password" error=error_for("confirm_password")/>
        }
        .into_any()
    };
    view! {
        <StatusMessage message is_error=true/>
        <ActionForm action attr:novalidate=true>
            <input type="hidden" name="token" value=token/>
            // Lets password managers file the new password under the invited email.
            <input type="email" name="username" value=details.email.clone() autocomplete="username" hidden/>
            {fields}
            <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                {move || if action.pending().get() { "Joining…" } else { "Join workspace" }}
            </button>
        </ActionForm>
    }
}
