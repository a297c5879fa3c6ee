//! The two-factor page of the account menu, and the second step of signing in.

use crate::auth::two_factor::api::{
    BeginAuthenticatorSetup, NewRecoveryCodes, RemovePasskey, TurnOffTwoFactor,
    TurnOnAuthenticator, VerifySignIn, load_two_factor,
};
use crate::auth::two_factor::model::TwoFactorStatus;
use crate::components::{
    CopyButton, CopyOutcome, CopyTexts, Field, SignedInPage, StatusMessage, failure_summary,
    failure_view, field_error, island_ready,
};
#[cfg(feature = "hydrate")]
use crate::error::AppError;
use crate::i18n::{fill, use_locale};
use crate::navigation::Page;
use leptos::prelude::*;

/// `/account/two-factor`.
#[component]
pub fn TwoFactorPage() -> impl IntoView {
    view! {
        <SignedInPage at=Page::TwoFactor page=|viewer| {
            let workspace = viewer.workspace_name.clone().unwrap_or_default();
            view! {
                <TwoFactorSettings
                    workspace
                    passkeys_offered=crate::auth::two_factor::passkeys_offered()
                    texts=TwoFactorTexts::new(viewer.locale)
                />
            }
        }/>
    }
}

crate::island_texts! {
    /// What the two-factor page says. The `{$…}` placeholders of some are filled in by the
    /// browser, which loads the page's state and the passkeys' dates itself.
    pub struct TwoFactorTexts {
        heading: "page-two-factor",
        lead: "two-factor-lead",
        loading: "loading",
        turned_on: "two-factor-turned-on",
        turned_off: "two-factor-turned-off",
        required_set_up: "two-factor-required-set-up",
        required_stays_on: "two-factor-required-stays-on",
        app_heading: "two-factor-app-heading",
        on: "two-factor-on",
        app_on: "two-factor-app-on",
        off: "two-factor-off",
        app_off: "two-factor-app-off",
        set_up_app: "two-factor-set-up-app",
        turn_off: "two-factor-turn-off",
        current_password: "change-password-current",
        continue_setup: "two-factor-continue",
        code: "two-factor-code",
        turn_off_code_hint: "two-factor-turn-off-code-hint",
        scan_heading: "two-factor-scan-heading",
        scan_apps: "two-factor-scan-apps",
        qr_code: "two-factor-qr-code",
        setup_key: "two-factor-setup-key",
        setup_key_hint: "two-factor-setup-key-hint",
        turn_on_code_hint: "two-factor-turn-on-code-hint",
        turn_on: "two-factor-turn-on",
        turning_on: "two-factor-turning-on",
        recovery_heading: "two-factor-recovery-codes-heading",
        recovery_why: "two-factor-recovery-codes-why",
        recovery_left_one: "two-factor-recovery-codes-left-one",
        recovery_left: "two-factor-recovery-codes-left",
        new_recovery_codes: "two-factor-new-recovery-codes",
        codes_shown_once: "two-factor-recovery-codes-shown-once",
        codes_file_title: "two-factor-recovery-codes-file-title",
        download: "two-factor-download",
        copy: "two-factor-copy",
        copied: "two-factor-copied",
        copy_needs_https: "two-factor-copy-needs-https",
        copy_refused: "two-factor-copy-refused",
        done: "two-factor-done",
        passkeys_heading: "two-factor-passkeys-heading",
        passkeys_intro: "two-factor-passkeys-intro",
        passkey_added_on: "two-factor-passkey-added-on",
        passkey_last_used: "two-factor-passkey-last-used",
        remove_passkey: "two-factor-passkey-remove",
        remove_passkey_named: "two-factor-passkey-remove-name",
        passkey_removed: "two-factor-passkey-removed",
        passkey_name: "two-factor-passkey-name",
        passkey_name_hint: "two-factor-passkey-name-hint",
        passkey_password: "two-factor-passkey-password",
        passkey_password_hint: "two-factor-passkey-password-hint",
        add_passkey: "two-factor-add-passkey",
        passkey_waiting: "login-passkey-waiting",
        passkey_added: "two-factor-passkey-added",
        passkeys_unavailable: "two-factor-passkeys-unavailable",
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
fn TwoFactorSettings(
    workspace: String,
    passkeys_offered: bool,
    texts: TwoFactorTexts,
) -> impl IntoView {
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
    let passkey_removed = texts.passkey_removed.clone();
    Effect::new(move |_| match remove.value().get() {
        Some(Ok(())) => {
            progress.message.set(Some((passkey_removed.clone(), false)));
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
    let (turned_off, turned_on) = (texts.turned_off.clone(), texts.turned_on.clone());
    let message = Signal::derive(move || {
        if matches!(turn_off.value().get(), Some(Ok(()))) {
            Some(turned_off.clone())
        } else if matches!(turn_on.value().get(), Some(Ok(_))) {
            Some(turned_on.clone())
        } else {
            turn_off_failure.get()
        }
    });
    let is_error = Signal::derive(move || matches!(turn_off.value().get(), Some(Err(_))));
    let workspace = StoredValue::new(workspace);
    let codes_texts = texts.clone();
    let state_texts = texts.clone();
    let loading = texts.loading.clone();
    view! {
        <section class="card narrow-card" aria-labelledby="two-factor-heading">
            <h1 id="two-factor-heading">{texts.heading}</h1>
            <p class="lead">{texts.lead}</p>
            <StatusMessage message is_error/>
            // The codes come from the answer itself, so they show even if reloading the
            // page's state fails: they exist nowhere else.
            <Show when=move || shown_codes.with(Option::is_some)>
                <RecoveryCodes codes=shown_codes.get_untracked().unwrap_or_default() texts=codes_texts.clone()/>
            </Show>
            // Hidden rather than unmounted: the form whose answer brought the codes is still
            // finishing inside, and the page's state reloads behind them.
            <div hidden=move || shown_codes.with(Option::is_some)>
                <Transition fallback=move || view! { <p class="loading">{loading.clone()}</p> }>
                    {move || {
                        let workspace = workspace.get_value();
                        let texts = state_texts.clone();
                        Suspend::new(async move {
                            match status.await {
                                Ok(status) => view! {
                                    <TwoFactorState status workspace open setup begin turn_on new_codes turn_off remove progress texts/>
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
    texts: TwoFactorTexts,
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
        let turn_off_label = texts.turn_off.clone();
        let form_texts = texts.clone();
        view! {
            <p><span class="badge">{texts.on.clone()}</span>" "{texts.app_on.clone()}</p>
            {(!required).then(|| view! {
                // Each button gives way to its form, so one name means one control.
                <Show when=move || open.get() != Open::TurnOff>
                    <button type="button" class="button" on:click=move |_| open.set(Open::TurnOff)>{turn_off_label.clone()}</button>
                </Show>
            })}
            <Show when=move || open.get() == Open::TurnOff>
                <TurnOffForm action=turn_off texts=form_texts.clone()/>
            </Show>
        }
        .into_any()
    } else {
        let (off, app_off) = (texts.off.clone(), texts.app_off.clone());
        let set_up_app = texts.set_up_app.clone();
        let setup_texts = texts.clone();
        let step_texts = texts.clone();
        view! {
            <Show
                when=move || setup.with(Option::is_some)
                fallback=move || {
                    let (off, app_off) = (off.clone(), app_off.clone());
                    let set_up_app = set_up_app.clone();
                    let form_texts = setup_texts.clone();
                    view! {
                        {(!on).then(|| view! {
                            <p><span class="badge">{off}</span>" "{app_off}</p>
                        })}
                        <Show
                            when=move || open.get() == Open::SetupPassword
                            fallback=move || view! {
                                <button type="button" class="button" on:click=move |_| open.set(Open::SetupPassword)>{set_up_app.clone()}</button>
                            }
                        >
                            <SetupPasswordForm action=begin texts=form_texts.clone()/>
                        </Show>
                    }
                }
            >
                <AuthenticatorStep setup turn_on texts=step_texts.clone()/>
            </Show>
        }
        .into_any()
    };
    let recovery = on.then(|| {
        // The browser rewrites this as the page's state reloads, hence no plural forms.
        let left = match status.recovery_codes_left {
            1 => texts.recovery_left_one.clone(),
            n => fill(&texts.recovery_left, &[("count", n.to_string().as_str())]),
        };
        let new_codes_label = texts.new_recovery_codes.clone();
        let form_texts = texts.clone();
        view! {
            <h2>{texts.recovery_heading.clone()}</h2>
            <p>{texts.recovery_why.clone()}" "{left}</p>
            <Show when=move || open.get() != Open::NewCodesPassword>
                <button type="button" class="button" on:click=move |_| open.set(Open::NewCodesPassword)>{new_codes_label.clone()}</button>
            </Show>
            <Show when=move || open.get() == Open::NewCodesPassword>
                <NewCodesForm action=new_codes texts=form_texts.clone()/>
            </Show>
        }
    });
    let set_up_notice = fill(
        &texts.required_set_up,
        &[("workspace", required_here.as_str())],
    );
    let stays_on_notice = fill(
        &texts.required_stays_on,
        &[("workspace", required_by.as_str())],
    );
    let app_heading = texts.app_heading.clone();
    view! {
        {(required && !on).then(|| view! {
            <p class="notice" role="note">{set_up_notice}</p>
        })}
        {(required && on).then(|| view! {
            <p class="field-hint">{stays_on_notice}</p>
        })}
        <h2>{app_heading}</h2>
        {app}
        {recovery}
        <Passkeys passkeys=status.passkeys remove progress texts/>
    }
    .into_any()
}

/// The person's passkeys, and adding one.
#[component]
fn Passkeys(
    passkeys: Vec<crate::auth::two_factor::model::PasskeySummary>,
    remove: ServerAction<RemovePasskey>,
    progress: PasskeyProgress,
    texts: TwoFactorTexts,
) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    let passkey_added = texts.passkey_added.clone();
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
            let passkey_added = passkey_added.clone();
            leptos::task::spawn_local(async move {
                let outcome = add_passkey(name, password).await;
                progress.adding.set(false);
                match outcome {
                    Ok(codes) => {
                        progress.message.set(Some((passkey_added, false)));
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
    // The dates come with the page's state, which the browser loads.
    let rows = passkeys
        .into_iter()
        .map(|passkey| {
            let label = fill(&texts.remove_passkey_named, &[("name", passkey.name.as_str())]);
            let added = fill(&texts.passkey_added_on, &[("date", passkey.added.as_str())]);
            let last_used = fill(&texts.passkey_last_used, &[("date", passkey.last_used.as_str())]);
            let remove_text = texts.remove_passkey.clone();
            view! {
                <li>
                    <span class="passkey-name">{passkey.name}</span>
                    <span class="muted">{added}</span>
                    <span class="muted">{last_used}</span>
                    <ActionForm action=remove on:submit=move |_| progress.message.set(None)>
                        <input type="hidden" name="passkey_id" value=passkey.id/>
                        <button type="submit" class="button button-small" aria-label=label>{remove_text}</button>
                    </ActionForm>
                </li>
            }
        })
        .collect_view();
    let (waiting, add) = (texts.passkey_waiting.clone(), texts.add_passkey.clone());
    view! {
        <h2 id="passkeys-heading">{texts.passkeys_heading}</h2>
        <p>{texts.passkeys_intro}</p>
        <StatusMessage message is_error/>
        {(!rows.is_empty()).then(|| view! {
            <ul class="passkey-list" aria-labelledby="passkeys-heading">
                {rows}
            </ul>
        })}
        {if progress.offered {
            view! {
                <form class="inline-form" novalidate on:submit=on_add>
                    <Field label=texts.passkey_name name="passkey_name" autocomplete="off" hint=texts.passkey_name_hint error=progress.name_error/>
                    <Field label=texts.passkey_password name="passkey_password" input_type="password" autocomplete="current-password" hint=texts.passkey_password_hint error=progress.password_error/>
                    <button type="submit" class="button button-accent" disabled=move || progress.adding.get()>
                        {move || if progress.adding.get() { waiting.clone() } else { add.clone() }}
                    </button>
                </form>
            }
            .into_any()
        } else {
            view! { <p class="field-hint">{texts.passkeys_unavailable}</p> }.into_any()
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
fn CurrentPasswordField(
    #[prop(into)] label: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <Field label name="current_password" input_type="password" autocomplete="current-password" error/>
    }
}

#[component]
fn SetupPasswordForm(
    action: ServerAction<BeginAuthenticatorSetup>,
    texts: TwoFactorTexts,
) -> impl IntoView {
    let error = field_error(action.value(), "current_password");
    let TwoFactorTexts {
        current_password,
        continue_setup,
        ..
    } = texts;
    view! {
        <ActionForm action=action attr:novalidate=true attr:class="inline-form">
            <CurrentPasswordField label=current_password error/>
            <button type="submit" class="button button-accent" disabled=move || action.pending().get()>{continue_setup}</button>
        </ActionForm>
    }
}

#[component]
fn NewCodesForm(action: ServerAction<NewRecoveryCodes>, texts: TwoFactorTexts) -> impl IntoView {
    let error = field_error(action.value(), "current_password");
    let TwoFactorTexts {
        current_password,
        new_recovery_codes,
        ..
    } = texts;
    view! {
        <ActionForm action=action attr:novalidate=true attr:class="inline-form">
            <CurrentPasswordField label=current_password error/>
            <button type="submit" class="button button-accent" disabled=move || action.pending().get()>{new_recovery_codes}</button>
        </ActionForm>
    }
}

#[component]
fn TurnOffForm(action: ServerAction<TurnOffTwoFactor>, texts: TwoFactorTexts) -> impl IntoView {
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let TwoFactorTexts {
        current_password,
        code,
        turn_off_code_hint,
        turn_off,
        ..
    } = texts;
    view! {
        <ActionForm action=action attr:novalidate=true attr:class="inline-form">
            <CurrentPasswordField label=current_password error=error_for("current_password")/>
            <Field label=code name="code" autocomplete="one-time-code" hint=turn_off_code_hint error=error_for("code")/>
            <button type="submit" class="button button-danger" disabled=move || action.pending().get()>{turn_off}</button>
        </ActionForm>
    }
}

/// The QR code and setup key of a new secret, and the code that turns it on.
#[component]
fn AuthenticatorStep(
    setup: Signal<Option<crate::auth::two_factor::model::AuthenticatorSetup>>,
    turn_on: ServerAction<TurnOnAuthenticator>,
    texts: TwoFactorTexts,
) -> impl IntoView {
    let result = turn_on.value();
    let error_for = move |field| field_error(result, field);
    let failure = failure_summary(result);
    let (qr_svg, setup_key) = setup
        .get_untracked()
        .map(|setup| (setup.qr_svg, setup.setup_key))
        .unwrap_or_default();
    let TwoFactorTexts {
        scan_heading,
        scan_apps,
        qr_code,
        setup_key: setup_key_label,
        setup_key_hint,
        code,
        turn_on_code_hint,
        turn_on: turn_on_text,
        turning_on,
        ..
    } = texts;
    view! {
        <h2>{scan_heading}</h2>
        <p>{scan_apps}</p>
        // Made on the server from the secret; no outside service ever sees it.
        <div class="qr-code" role="img" aria-label=qr_code inner_html=qr_svg></div>
        <div class="field">
            <label for="setup-key">{setup_key_label}</label>
            <p class="field-hint" id="setup-key-hint">{setup_key_hint}</p>
            <input id="setup-key" class="setup-key" readonly value=setup_key aria-describedby="setup-key-hint" spellcheck="false"/>
        </div>
        <StatusMessage message=failure is_error=Signal::stored(true)/>
        <ActionForm action=turn_on attr:novalidate=true>
            <Field label=code name="code" autocomplete="one-time-code" hint=turn_on_code_hint error=error_for("code")/>
            <button type="submit" class="button button-primary" disabled=move || turn_on.pending().get()>
                {move || if turn_on.pending().get() { turning_on.clone() } else { turn_on_text.clone() }}
            </button>
        </ActionForm>
    }
}

/// The new recovery codes, shown this once.
#[component]
fn RecoveryCodes(codes: Vec<String>, texts: TwoFactorTexts) -> impl IntoView {
    let text = format!("{}\n\n{}\n", texts.codes_file_title, codes.join("\n"));
    let download = format!(
        "data:text/plain;charset=utf-8,{}",
        data_address_encoded(&text)
    );
    let copied = RwSignal::new(None::<String>);
    let copy_texts = CopyTexts {
        copy: texts.copy,
        copied: texts.copied,
        needs_https: texts.copy_needs_https,
        refused: texts.copy_refused,
    };
    view! {
        <h2 id="recovery-codes-heading">{texts.recovery_heading}</h2>
        <p>{texts.codes_shown_once}</p>
        <ol class="recovery-codes" aria-labelledby="recovery-codes-heading">
            {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
        </ol>
        <div class="button-row">
            <a class="button" href=download download="roster-recovery-codes.txt">{texts.download}</a>
            <CopyButton text texts=copy_texts outcome=copied/>
        </div>
        <CopyOutcome outcome=copied/>
        <p><a href="/">{texts.done}</a></p>
    }
}

/// `text` as the data of a `data:` address. The codes are only lowercase letters, digits,
/// dashes and spaces, but the title above them is in the reader's language, so every byte
/// other than an unreserved character is escaped (in English that is the spaces and line ends).
fn data_address_encoded(text: &str) -> String {
    text.bytes()
        .fold(String::with_capacity(text.len()), |mut encoded, byte| {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                encoded.push(char::from(byte));
            } else {
                encoded.push_str(&format!("%{byte:02X}"));
            }
            encoded
        })
}

/// `/login/two-factor`: the second step of a sign-in; `?recovery=1` asks for a recovery code
/// instead of the app's, a plain link so it works before the page's code has arrived.
#[component]
pub fn TwoFactorSignInPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let recovery = query.with_untracked(|q| q.get("recovery").is_some());
    let next = query.with_untracked(|q| q.get("next")).unwrap_or_default();
    view! {
        <SecondStepForm
            recovery
            next
            passkeys_offered=crate::auth::two_factor::passkeys_offered()
            texts=SecondStepTexts::new(use_locale())
        />
    }
}

crate::island_texts! {
    /// What the second step of signing in says, both with the app's code and with a
    /// recovery code.
    pub struct SecondStepTexts {
        heading: "page-two-factor",
        code_lead: "two-factor-sign-in-lead",
        recovery_lead: "two-factor-sign-in-recovery-lead",
        code: "two-factor-code",
        recovery_code: "two-factor-sign-in-recovery-code",
        use_recovery_code: "two-factor-sign-in-use-recovery-code",
        use_app: "two-factor-sign-in-use-app",
        verify: "two-factor-sign-in-verify",
        verifying: "two-factor-sign-in-verifying",
        use_passkey: "two-factor-sign-in-use-passkey",
        passkey_waiting: "login-passkey-waiting",
        back_to_login: "back-to-login",
    }
}

#[island(lazy)]
fn SecondStepForm(
    recovery: bool,
    next: String,
    passkeys_offered: bool,
    texts: SecondStepTexts,
) -> impl IntoView {
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
    let use_passkey = {
        let next = next.clone();
        move |_| {
            action.value().set(None);
            passkey.run(PasskeyUse::SecondStep, next.clone());
        }
    };
    // Switching between the app's code and a recovery code, or going back, keeps where the
    // sign-in returns.
    let carrying_next = |path: &str| {
        if next.is_empty() {
            path.to_owned()
        } else {
            let joiner = if path.contains('?') { '&' } else { '?' };
            format!(
                "{path}{joiner}next={}",
                leptos_router::location::Url::escape(&next)
            )
        }
    };
    let SecondStepTexts {
        heading,
        code_lead,
        recovery_lead,
        code,
        recovery_code,
        use_recovery_code,
        use_app,
        verify,
        verifying,
        use_passkey: use_passkey_text,
        passkey_waiting,
        back_to_login,
    } = texts;
    let carried_next =
        (!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next.clone()/> });
    let back_href = carrying_next("/login");
    let (lead, field, switch_href, switch_text) = if recovery {
        (
            recovery_lead,
            view! { <Field label=recovery_code name="code" autocomplete="off" error=error_for("code")/> }.into_any(),
            carrying_next("/login/two-factor"),
            use_app,
        )
    } else {
        (
            code_lead,
            view! { <Field label=code name="code" autocomplete="one-time-code" error=error_for("code")/> }.into_any(),
            carrying_next("/login/two-factor?recovery=1"),
            use_recovery_code,
        )
    };
    view! {
        <section class="card auth-card" aria-labelledby="second-step-heading">
            <h1 id="second-step-heading">{heading}</h1>
            <p class="lead">{lead}</p>
            <StatusMessage message is_error/>
            <ActionForm action=action attr:novalidate=true on:submit=move |_| passkey.failure.set(None)>
                {carried_next}
                {field}
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { verifying.clone() } else { verify.clone() }}
                </button>
            </ActionForm>
            {passkeys_offered.then(|| view! {
                <button type="button" class="button passkey-button" disabled=move || passkey.waiting.get() on:click=use_passkey>
                    {move || if passkey.waiting.get() { passkey_waiting.clone() } else { use_passkey_text.clone() }}
                </button>
            })}
            <p class="form-footer"><a href=switch_href>{switch_text}</a></p>
            <p class="form-footer"><a href=back_href>{back_to_login}</a></p>
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

    /// Signs in with a passkey, then goes to `next` when the server allows it, else home.
    pub fn run(self, purpose: PasskeyUse, next: String) {
        self.failure.set(None);
        self.waiting.set(true);
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            match sign_in_with_passkey(purpose, next).await {
                Ok(landing) => {
                    let _ = window().location().set_href(&landing);
                }
                Err(error) => {
                    self.waiting.set(false);
                    self.failure.set(Some(error.message()));
                }
            }
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (purpose, next);
    }
}

impl Default for PasskeyAttempt {
    fn default() -> Self {
        Self::new()
    }
}

/// The two requests of a passkey sign-in, with the authenticator between them.
#[cfg(feature = "hydrate")]
async fn sign_in_with_passkey(purpose: PasskeyUse, next: String) -> Result<String, AppError> {
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
        PasskeyUse::SecondStep => {
            finish_passkey_second_step(ceremony.token, credential, next).await
        }
        PasskeyUse::SignIn => finish_passkey_sign_in(ceremony.token, credential, next).await,
    }
}
