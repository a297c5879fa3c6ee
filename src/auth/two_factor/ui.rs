//! The two-factor page of the account menu, and the second step of signing in.

use crate::auth::two_factor::api::{
    BeginAuthenticatorSetup, NewRecoveryCodes, RemovePasskey, TurnOffTwoFactor,
    TurnOnAuthenticator, VerifySignIn, load_two_factor,
};
use crate::auth::two_factor::model::TwoFactorStatus;
use crate::components::{
    Field, SignedInPage, StatusMessage, failure_summary, failure_view, field_error, island_ready,
};
#[cfg(feature = "hydrate")]
use crate::error::AppError;
use crate::navigation::Page;
use leptos::prelude::*;

/// `/account/two-factor`.
#[component]
pub fn TwoFactorPage() -> impl IntoView {
    view! {
        <SignedInPage at=Page::TwoFactor page=|viewer| {
            let workspace = viewer.workspace_name.clone().unwrap_or_default();
            view! { <TwoFactorSettings workspace passkeys_offered=crate::auth::two_factor::passkeys_offered()/> }
        }/>
    }
}

/// Which of the page's forms is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    SetupPassword,
    NewCodesPassword,
    TurnOff,
}

#[island(lazy)]
fn TwoFactorSettings(workspace: String, passkeys_offered: bool) -> impl IntoView {
    island_ready();
    let remove = ServerAction::<RemovePasskey>::new();
    let begin = ServerAction::<BeginAuthenticatorSetup>::new();
    let turn_on = ServerAction::<TurnOnAuthenticator>::new();
    let new_codes = ServerAction::<NewRecoveryCodes>::new();
    let turn_off = ServerAction::<TurnOffTwoFactor>::new();
    let open = RwSignal::new(Open::Nothing);
    // Counts changes that happened; a refused attempt changes nothing, and reloading then
    // would rebuild the form and lose what was typed.
    let changes = RwSignal::new(0_u32);
    let status = Resource::new(move || changes.get(), |_| load_two_factor());
    let progress = PasskeyProgress {
        adding: RwSignal::new(false),
        name_error: RwSignal::new(None),
        password_error: RwSignal::new(None),
        message: RwSignal::new(None),
        codes: RwSignal::new(None),
        changes,
        offered: passkeys_offered,
    };
    Effect::new(move |_| match remove.value().get() {
        Some(Ok(())) => {
            progress
                .message
                .set(Some(("Passkey removed".to_owned(), false)));
            changes.update(|n| *n += 1);
        }
        Some(Err(error)) => progress.message.set(Some((error.message(), true))),
        None => {}
    });
    // The codes of the last success, shown once; leaving the page forgets them.
    let shown_codes = Signal::derive(move || {
        let fresh = |value: Option<Result<Vec<String>, _>>| value.and_then(Result::ok);
        fresh(new_codes.value().get())
            .or_else(|| fresh(turn_on.value().get()))
            .or_else(|| progress.codes.get())
    });
    let setup = Signal::derive(move || begin.value().get().and_then(Result::ok));
    Effect::new(move |_| {
        if setup.with(Option::is_some) {
            open.set(Open::Nothing);
            turn_off.value().set(None);
        }
    });
    Effect::new(move |_| {
        if shown_codes.with(Option::is_some) {
            open.set(Open::Nothing);
            changes.update(|n| *n += 1);
        }
    });
    Effect::new(move |_| {
        if matches!(turn_off.value().get(), Some(Ok(()))) {
            open.set(Open::Nothing);
            begin.value().set(None);
            turn_on.value().set(None);
            new_codes.value().set(None);
            changes.update(|n| *n += 1);
        }
    });
    let turn_off_failure = failure_summary(turn_off.value());
    let message = Signal::derive(move || {
        if matches!(turn_off.value().get(), Some(Ok(()))) {
            Some("Two-factor authentication is off.".to_owned())
        } else if matches!(turn_on.value().get(), Some(Ok(_))) {
            Some("Two-factor authentication is on.".to_owned())
        } else {
            turn_off_failure.get()
        }
    });
    let is_error = Signal::derive(move || matches!(turn_off.value().get(), Some(Err(_))));
    let workspace = StoredValue::new(workspace);
    view! {
        <section class="card narrow-card" aria-labelledby="two-factor-heading">
            <h1 id="two-factor-heading">"Two-factor authentication"</h1>
            <p class="lead">
                "After your password, Roster asks for a code from an app on your phone, so a "
                "stolen password alone does not open your account."
            </p>
            <StatusMessage message is_error/>
            // The codes come from the answer itself, so they show even if reloading the
            // page's state fails: they exist nowhere else.
            <Show when=move || shown_codes.with(Option::is_some)>
                <RecoveryCodes codes=shown_codes.get_untracked().unwrap_or_default()/>
            </Show>
            // Hidden rather than unmounted: the form whose answer brought the codes is still
            // finishing inside, and the page's state reloads behind them.
            <div hidden=move || shown_codes.with(Option::is_some)>
                <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
                    {move || {
                        let workspace = workspace.get_value();
                        Suspend::new(async move {
                            match status.await {
                                Ok(status) => view! {
                                    <TwoFactorState status workspace open setup begin turn_on new_codes turn_off remove progress/>
                                }
                                .into_any(),
                                Err(error) => failure_view(error),
                            }
                        })
                    }}
                </Transition>
            </div>
        </section>
    }
}

/// What the passkey part of the page says and is doing. Owned by the island, since the part
/// itself is rebuilt whenever the page's state reloads while a ceremony is still running.
#[derive(Clone, Copy)]
struct PasskeyProgress {
    adding: RwSignal<bool>,
    name_error: RwSignal<Option<String>>,
    password_error: RwSignal<Option<String>>,
    message: RwSignal<Option<(String, bool)>>,
    /// The recovery codes that came with a first passkey.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    codes: RwSignal<Option<Vec<String>>>,
    // Bumped once a passkey is added, which only the browser does.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    changes: RwSignal<u32>,
    offered: bool,
}

#[component]
fn TwoFactorState(
    status: TwoFactorStatus,
    workspace: String,
    open: RwSignal<Open>,
    setup: Signal<Option<crate::auth::two_factor::model::AuthenticatorSetup>>,
    begin: ServerAction<BeginAuthenticatorSetup>,
    turn_on: ServerAction<TurnOnAuthenticator>,
    new_codes: ServerAction<NewRecoveryCodes>,
    turn_off: ServerAction<TurnOffTwoFactor>,
    remove: ServerAction<RemovePasskey>,
    progress: PasskeyProgress,
) -> impl IntoView {
    let required = !status.required_by.is_empty();
    let required_by = status.required_by.join(", ");
    let on = status.is_on();
    let required_here = if required_by.is_empty() {
        workspace
    } else {
        required_by.clone()
    };
    let app = if status.authenticator_on {
        view! {
            <p><span class="badge">"On"</span>" Your sign-in asks for a code from your authenticator app."</p>
            {(!required).then(|| view! {
                // Each button gives way to its form, so one name means one control.
                <Show when=move || open.get() != Open::TurnOff>
                    <button type="button" class="button" on:click=move |_| open.set(Open::TurnOff)>"Turn off"</button>
                </Show>
            })}
            <Show when=move || open.get() == Open::TurnOff>
                <TurnOffForm action=turn_off/>
            </Show>
        }
        .into_any()
    } else {
        view! {
            <Show
                when=move || setup.with(Option::is_some)
                fallback=move || view! {
                    {(!on).then(|| view! {
                        <p><span class="badge">"Off"</span>" Your sign-in asks only for your password."</p>
                    })}
                    <Show
                        when=move || open.get() == Open::SetupPassword
                        fallback=move || view! {
                            <button type="button" class="button" on:click=move |_| open.set(Open::SetupPassword)>"Set up authenticator app"</button>
                        }
                    >
                        <SetupPasswordForm action=begin/>
                    </Show>
                }
            >
                <AuthenticatorStep setup turn_on/>
            </Show>
        }
        .into_any()
    };
    let recovery = on.then(|| {
        let left = match status.recovery_codes_left {
            1 => "1 recovery code left".to_owned(),
            n => format!("{n} recovery codes left"),
        };
        view! {
            <h2>"Recovery codes"</h2>
            <p>"For the day you have neither your phone nor your passkeys. " {left} "."</p>
            <Show when=move || open.get() != Open::NewCodesPassword>
                <button type="button" class="button" on:click=move |_| open.set(Open::NewCodesPassword)>"Make new recovery codes"</button>
            </Show>
            <Show when=move || open.get() == Open::NewCodesPassword>
                <NewCodesForm action=new_codes/>
            </Show>
        }
    });
    view! {
        {(required && !on).then(|| view! {
            <p class="notice" role="note">{format!("{required_here} requires two-factor authentication. Set it up to continue.")}</p>
        })}
        {(required && on).then(|| view! {
            <p class="field-hint">{format!("{required_by} requires two-factor authentication, so it stays on.")}</p>
        })}
        <h2>"Authenticator app"</h2>
        {app}
        {recovery}
        <Passkeys passkeys=status.passkeys remove progress/>
    }
    .into_any()
}

/// The person's passkeys, and adding one.
#[component]
fn Passkeys(
    passkeys: Vec<crate::auth::two_factor::model::PasskeySummary>,
    remove: ServerAction<RemovePasskey>,
    progress: PasskeyProgress,
) -> impl IntoView {
    let on_add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let value_of = |id: &str| {
                document()
                    .get_element_by_id(id)
                    .map(|input| input.unchecked_into::<web_sys::HtmlInputElement>().value())
                    .unwrap_or_default()
            };
            let name = value_of("field-passkey_name");
            let password = value_of("field-passkey_password");
            progress.adding.set(true);
            progress.name_error.set(None);
            progress.password_error.set(None);
            progress.message.set(None);
            leptos::task::spawn_local(async move {
                let outcome = add_passkey(name, password).await;
                progress.adding.set(false);
                match outcome {
                    Ok(codes) => {
                        progress
                            .message
                            .set(Some(("Passkey added".to_owned(), false)));
                        if !codes.is_empty() {
                            progress.codes.set(Some(codes));
                        }
                        progress.changes.update(|n| *n += 1);
                    }
                    Err(error @ AppError::Validation(_)) => {
                        progress.name_error.set(error.message_for("passkey_name"));
                        progress
                            .password_error
                            .set(error.message_for("passkey_password"));
                    }
                    Err(error) => progress.message.set(Some((error.message(), true))),
                }
            });
        }
    };
    let message = Signal::derive(move || progress.message.get().map(|(text, _)| text));
    let is_error = Signal::derive(move || progress.message.get().is_some_and(|(_, error)| error));
    view! {
        <h2 id="passkeys-heading">"Passkeys"</h2>
        <p>
            "A passkey signs you in with your fingerprint, face, screen lock or a security key: "
            "as the second step after your password, or from the sign-in page without one."
        </p>
        <StatusMessage message is_error/>
        {(!passkeys.is_empty()).then(|| view! {
            <ul class="passkey-list" aria-labelledby="passkeys-heading">
                {passkeys.into_iter().map(|passkey| {
                    let label = format!("Remove {}", passkey.name);
                    view! {
                        <li>
                            <span class="passkey-name">{passkey.name}</span>
                            <span class="muted">{format!("Added {}", passkey.added)}</span>
                            <span class="muted">{format!("Last used {}", passkey.last_used)}</span>
                            <ActionForm action=remove on:submit=move |_| progress.message.set(None)>
                                <input type="hidden" name="passkey_id" value=passkey.id/>
                                <button type="submit" class="button button-small" aria-label=label>"Remove"</button>
                            </ActionForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
        {if progress.offered {
            view! {
                <form class="inline-form" novalidate on:submit=on_add>
                    <Field label="Passkey name" name="passkey_name" autocomplete="off" hint="So you can tell your passkeys apart, e.g. Work laptop." error=progress.name_error/>
                    <Field label="Your password" name="passkey_password" input_type="password" autocomplete="current-password" hint="A passkey signs in without your password, so adding one asks for it." error=progress.password_error/>
                    <button type="submit" class="button button-accent" disabled=move || progress.adding.get()>
                        {move || if progress.adding.get() { "Waiting for your passkey…" } else { "Add a passkey" }}
                    </button>
                </form>
            }
            .into_any()
        } else {
            view! { <p class="field-hint">"Passkeys need Roster at a domain name; ask your administrator."</p> }.into_any()
        }}
    }
}

/// The two requests of adding a passkey, with the authenticator between them.
#[cfg(feature = "hydrate")]
async fn add_passkey(name: String, password: String) -> Result<Vec<String>, AppError> {
    use crate::auth::two_factor::api::{begin_passkey_registration, finish_passkey_registration};
    let ceremony = begin_passkey_registration(name, password).await?;
    let credential = super::browser::create(&ceremony.options)
        .await
        .map_err(|message| AppError::Conflict {
            field: None,
            message,
        })?;
    finish_passkey_registration(ceremony.token, credential).await
}

/// The password asked again before a change that guards the account.
#[component]
fn CurrentPasswordField(#[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Field label="Current password" name="current_password" input_type="password" autocomplete="current-password" error/>
    }
}

#[component]
fn SetupPasswordForm(action: ServerAction<BeginAuthenticatorSetup>) -> impl IntoView {
    let error = field_error(action.value(), "current_password");
    view! {
        <ActionForm action=action attr:novalidate=true attr:class="inline-form">
            <CurrentPasswordField error/>
            <button type="submit" class="button button-accent" disabled=move || action.pending().get()>"Continue"</button>
        </ActionForm>
    }
}

#[component]
fn NewCodesForm(action: ServerAction<NewRecoveryCodes>) -> impl IntoView {
    let error = field_error(action.value(), "current_password");
    view! {
        <ActionForm action=action attr:novalidate=true attr:class="inline-form">
            <CurrentPasswordField error/>
            <button type="submit" class="button button-accent" disabled=move || action.pending().get()>"Make new recovery codes"</button>
        </ActionForm>
    }
}

#[component]
fn TurnOffForm(action: ServerAction<TurnOffTwoFactor>) -> impl IntoView {
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    view! {
        <ActionForm action=action attr:novalidate=true attr:class="inline-form">
            <CurrentPasswordField error=error_for("current_password")/>
            <Field label="Code" name="code" autocomplete="one-time-code" hint="From your authenticator app, or a recovery code." error=error_for("code")/>
            <button type="submit" class="button button-danger" disabled=move || action.pending().get()>"Turn off"</button>
        </ActionForm>
    }
}

/// The QR code and setup key of a new secret, and the code that turns it on.
#[component]
fn AuthenticatorStep(
    setup: Signal<Option<crate::auth::two_factor::model::AuthenticatorSetup>>,
    turn_on: ServerAction<TurnOnAuthenticator>,
) -> impl IntoView {
    let result = turn_on.value();
    let error_for = move |field| field_error(result, field);
    let failure = failure_summary(result);
    let (qr_svg, setup_key) = setup
        .get_untracked()
        .map(|setup| (setup.qr_svg, setup.setup_key))
        .unwrap_or_default();
    view! {
        <h2>"Scan this code with your authenticator app"</h2>
        <p>"Any app that makes 6-digit sign-in codes works, such as 1Password, Google Authenticator or Microsoft Authenticator."</p>
        // Made on the server from the secret; no outside service ever sees it.
        <div class="qr-code" role="img" aria-label="Image to scan with your authenticator app" inner_html=qr_svg></div>
        <div class="field">
            <label for="setup-key">"Setup key"</label>
            <p class="field-hint" id="setup-key-hint">"Or type this key into the app instead of scanning."</p>
            <input id="setup-key" class="setup-key" readonly value=setup_key aria-describedby="setup-key-hint" spellcheck="false"/>
        </div>
        <StatusMessage message=failure is_error=Signal::stored(true)/>
        <ActionForm action=turn_on attr:novalidate=true>
            <Field label="Code" name="code" autocomplete="one-time-code" hint="The 6-digit code the app now shows for Roster." error=error_for("code")/>
            <button type="submit" class="button button-primary" disabled=move || turn_on.pending().get()>
                {move || if turn_on.pending().get() { "Turning on…" } else { "Turn on" }}
            </button>
        </ActionForm>
    }
}

/// The new recovery codes, shown this once.
#[component]
fn RecoveryCodes(codes: Vec<String>) -> impl IntoView {
    let text = format!("Roster recovery codes\n\n{}\n", codes.join("\n"));
    // Only lowercase letters, digits, dashes, spaces and line ends, so this is all the
    // encoding a data address needs.
    let download = format!(
        "data:text/plain;charset=utf-8,{}",
        text.replace(' ', "%20").replace('\n', "%0A")
    );
    let copied = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        {
            // Browsers offer the clipboard only to secure pages (HTTPS or this computer).
            if !window().is_secure_context() {
                copied.set(Some(
                    "Copying needs HTTPS here: select the codes and copy them instead.",
                ));
                return;
            }
            let promise = window().navigator().clipboard().write_text(&text);
            leptos::task::spawn_local(async move {
                copied.set(Some(match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => "Copied",
                    Err(_) => "The browser did not allow copying: select the codes and copy them instead.",
                }));
            });
        }
    };
    view! {
        <h2 id="recovery-codes-heading">"Recovery codes"</h2>
        <p>
            "If you lose your phone, each of these codes lets you sign in once instead of a code "
            "from the app. Keep them somewhere safe: they are shown only now."
        </p>
        <ol class="recovery-codes" aria-labelledby="recovery-codes-heading">
            {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
        </ol>
        <div class="button-row">
            <a class="button" href=download download="roster-recovery-codes.txt">"Download"</a>
            <button type="button" class="button" on:click=copy>"Copy"</button>
        </div>
        <p class="status" class:status-empty=move || copied.get().is_none() role="status" aria-live="polite">{move || copied.get()}</p>
        <p><a href="/">"Done, go to the start page"</a></p>
    }
}

/// `/login/two-factor`: the second step of a sign-in; `?recovery=1` asks for a recovery code
/// instead of the app's, a plain link so it works before the page's code has arrived.
#[component]
pub fn TwoFactorSignInPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let recovery = query.with_untracked(|q| q.get("recovery").is_some());
    view! { <SecondStepForm recovery passkeys_offered=crate::auth::two_factor::passkeys_offered()/> }
}

#[island(lazy)]
fn SecondStepForm(recovery: bool, passkeys_offered: bool) -> impl IntoView {
    island_ready();
    let action = ServerAction::<VerifySignIn>::new();
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let code_failure = failure_summary(result);
    let passkey = PasskeyAttempt::new();
    let message = Signal::derive(move || passkey.failure.get().or_else(|| code_failure.get()));
    let is_error = Signal::derive(move || {
        passkey.failure.with(Option::is_some) || matches!(result.get(), Some(Err(_)))
    });
    let use_passkey = move |_| {
        action.value().set(None);
        passkey.run(PasskeyUse::SecondStep);
    };
    let (lead, field, switch_href, switch_text) = if recovery {
        (
            "Type one of the recovery codes you saved when you turned on two-factor authentication. Each works once.",
            view! { <Field label="Recovery code" name="code" autocomplete="off" error=error_for("code")/> }.into_any(),
            "/login/two-factor",
            "Use your authenticator app",
        )
    } else {
        (
            "Type the 6-digit code your authenticator app shows for Roster, or use a passkey.",
            view! { <Field label="Code" name="code" autocomplete="one-time-code" error=error_for("code")/> }.into_any(),
            "/login/two-factor?recovery=1",
            "Use a recovery code",
        )
    };
    view! {
        <section class="card auth-card" aria-labelledby="second-step-heading">
            <h1 id="second-step-heading">"Two-factor authentication"</h1>
            <p class="lead">{lead}</p>
            <StatusMessage message is_error/>
            <ActionForm action=action attr:novalidate=true on:submit=move |_| passkey.failure.set(None)>
                {field}
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { "Verifying…" } else { "Verify" }}
                </button>
            </ActionForm>
            {passkeys_offered.then(|| view! {
                <button type="button" class="button passkey-button" disabled=move || passkey.waiting.get() on:click=use_passkey>
                    {move || if passkey.waiting.get() { "Waiting for your passkey…" } else { "Use a passkey" }}
                </button>
            })}
            <p class="form-footer"><a href=switch_href>{switch_text}</a></p>
            <p class="form-footer"><a href="/login">"Back to log in"</a></p>
        </section>
    }
}

/// Which sign-in a passkey finishes.
#[derive(Debug, Clone, Copy)]
pub enum PasskeyUse {
    /// The second step after a right password.
    SecondStep,
    /// Signing in with the passkey alone, from `/login`.
    SignIn,
}

/// A passkey sign-in started from a button: whether it is waiting for the authenticator, and
/// why it failed. On success the browser goes home with its new session.
#[derive(Clone, Copy)]
pub struct PasskeyAttempt {
    pub waiting: RwSignal<bool>,
    pub failure: RwSignal<Option<String>>,
}

impl PasskeyAttempt {
    pub fn new() -> Self {
        Self {
            waiting: RwSignal::new(false),
            failure: RwSignal::new(None),
        }
    }

    pub fn run(self, purpose: PasskeyUse) {
        self.failure.set(None);
        self.waiting.set(true);
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            match sign_in_with_passkey(purpose).await {
                Ok(()) => {
                    let _ = window().location().set_href("/");
                }
                Err(error) => {
                    self.waiting.set(false);
                    self.failure.set(Some(error.message()));
                }
            }
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = purpose;
    }
}

impl Default for PasskeyAttempt {
    fn default() -> Self {
        Self::new()
    }
}

/// The two requests of a passkey sign-in, with the authenticator between them.
#[cfg(feature = "hydrate")]
async fn sign_in_with_passkey(purpose: PasskeyUse) -> Result<(), AppError> {
    use crate::auth::two_factor::api::{
        begin_passkey_second_step, begin_passkey_sign_in, finish_passkey_second_step,
        finish_passkey_sign_in,
    };
    let ceremony = match purpose {
        PasskeyUse::SecondStep => begin_passkey_second_step().await?,
        PasskeyUse::SignIn => begin_passkey_sign_in().await?,
    };
    let credential = super::browser::get(&ceremony.options)
        .await
        .map_err(|message| AppError::Conflict {
            field: None,
            message,
        })?;
    match purpose {
        PasskeyUse::SecondStep => finish_passkey_second_step(ceremony.token, credential).await,
        PasskeyUse::SignIn => finish_passkey_sign_in(ceremony.token, credential).await,
    }
}
