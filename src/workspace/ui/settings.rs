use crate::auth::model::Viewer;
use crate::components::{
    Field, SignedInPage, StatusMessage, failure_summary, failure_view, field_error, island_ready,
};
use crate::i18n::use_locale;
use crate::navigation::{Page, SETTINGS_SECTIONS};
use crate::policy::Permission;
use crate::t;
use crate::workspace::api::{SaveWorkspaceSettings, load_workspace_settings};
use crate::workspace::model::{LANGUAGES, TwoFactorRule, WorkspaceSettings};
use leptos::prelude::*;
use strum::VariantArray;

/// The sections of the settings area the person may open; the one `current` belongs to is
/// marked for assistive technology.
#[component]
pub fn SettingsNav(viewer: Viewer, current: Page) -> impl IntoView {
    let current = current.settings_section();
    view! {
        <nav class="settings-nav" aria-label=t!(viewer.locale, "page-settings")>
            <ul>
                {SETTINGS_SECTIONS
                    .iter()
                    .filter(|section| viewer.can(section.page.permission()))
                    .map(|section| {
                        let is_current = (Some(section.page) == current).then_some("page");
                        view! { <li><a href=section.page.href() aria-current=is_current>{section.label(viewer.locale)}</a></li> }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// `/settings`: an overview of the sections the person may open, each with what it is for.
/// Agents have none and get the 403 page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <SignedInPage at=Page::Settings page=|viewer: Viewer| {
            let locale = viewer.locale;
            let sections = SETTINGS_SECTIONS
                .iter()
                .filter(|section| viewer.can(section.page.permission()))
                .map(|section| view! {
                    <li>
                        <h2><a href=section.page.href()>{section.label(locale)}</a></h2>
                        <p>{section.description(locale)}</p>
                    </li>
                })
                .collect_view();
            let lead = if viewer.can(Permission::ChangeWorkspaceSettings) {
                t!(locale, "settings-lead-admin")
            } else {
                t!(locale, "settings-lead-viewer")
            };
            view! {
                <section class="card" aria-labelledby="settings-heading">
                    <h1 id="settings-heading">{t!(locale, "page-settings")}</h1>
                    <SettingsNav viewer current=Page::Settings/>
                    <p class="lead">{lead}</p>
                    <ul class="settings-overview" aria-labelledby="settings-heading">{sections}</ul>
                </section>
            }
        }/>
    }
}

/// `/settings/workspace`: name, language and timezone; editable by Admins, read-only for
/// Editors, and a 403 page for Agents.
#[component]
pub fn WorkspaceSettingsPage() -> impl IntoView {
    view! {
        <SignedInPage at=Page::WorkspaceSettings page=|viewer: Viewer| view! { <WorkspaceSettingsSection viewer/> }/>
    }
}

#[component]
fn WorkspaceSettingsSection(viewer: Viewer) -> impl IntoView {
    let locale = viewer.locale;
    let settings = Resource::new(|| (), |_| load_workspace_settings());
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t!(locale, "settings-loading")}</p> }>
            {move || {
                let viewer = viewer.clone();
                Suspend::new(async move {
                    match settings.await {
                        Ok(settings) => {
                            let texts = WorkspaceSettingsTexts::new(locale);
                            view! {
                                <section class="card" aria-labelledby="workspace-settings-heading">
                                    <h1 id="workspace-settings-heading">{t!(locale, "page-workspace-settings")}</h1>
                                    <SettingsNav viewer current=Page::WorkspaceSettings/>
                                    {if settings.editable {
                                        view! { <EditableSettings settings texts/> }.into_any()
                                    } else {
                                        view! { <ReadOnlySettings settings texts/> }.into_any()
                                    }}
                                </section>
                            }
                            .into_any()
                        }
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Suspense>
    }
}

crate::island_texts! {
    /// What the workspace settings say, read-only or in the form.
    pub struct WorkspaceSettingsTexts {
        workspace_name: "workspace-name",
        language: "language-label",
        language_hint: "settings-language-hint",
        timezone: "settings-timezone",
        timezone_hint: "settings-timezone-hint",
        two_factor: "settings-two-factor",
        two_factor_hint: "settings-two-factor-hint",
        rule_nobody: "settings-two-factor-rule-nobody",
        rule_admins: "settings-two-factor-rule-admins",
        rule_everyone: "settings-two-factor-rule-everyone",
        save: "settings-save",
        saving: "settings-saving",
        saved: "settings-saved",
    }
}

impl WorkspaceSettingsTexts {
    /// A two-factor rule's words, which the browser cannot look up itself.
    fn rule_label(&self, rule: TwoFactorRule) -> String {
        match rule {
            TwoFactorRule::NoOne => self.rule_nobody.clone(),
            TwoFactorRule::Admins => self.rule_admins.clone(),
            TwoFactorRule::Everyone => self.rule_everyone.clone(),
        }
    }
}

fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|(known, _)| *known == code)
        .map_or_else(|| code.to_owned(), |(_, name)| (*name).to_owned())
}

#[component]
fn ReadOnlySettings(settings: WorkspaceSettings, texts: WorkspaceSettingsTexts) -> impl IntoView {
    let locale = use_locale();
    let rule = texts.rule_label(settings.two_factor_rule);
    view! {
        <p class="lead">{t!(locale, "settings-read-only")}</p>
        <dl class="settings-list">
            <dt>{texts.workspace_name}</dt>
            <dd>{settings.name}</dd>
            <dt>{texts.language}</dt>
            <dd>{language_name(&settings.language)}<p class="field-hint">{texts.language_hint}</p></dd>
            <dt>{texts.timezone}</dt>
            <dd>{settings.timezone}</dd>
            <dt>{texts.two_factor}</dt>
            <dd>{rule}</dd>
        </dl>
    }
}

/// The form, with the timezone suggestions beside it: they are many and never change, so they
/// stay out of the island's props.
#[component]
fn EditableSettings(settings: WorkspaceSettings, texts: WorkspaceSettingsTexts) -> impl IntoView {
    let suggestions = settings
        .timezones
        .iter()
        .map(|zone| view! { <option value=zone.clone()></option> })
        .collect_view();
    view! {
        <SettingsForm settings=WorkspaceSettings { timezones: Vec::new(), ..settings } texts/>
        <datalist id="timezones">{suggestions}</datalist>
    }
}

#[island(lazy)]
fn SettingsForm(settings: WorkspaceSettings, texts: WorkspaceSettingsTexts) -> impl IntoView {
    island_ready();
    let action = ServerAction::<SaveWorkspaceSettings>::new();
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let failure = failure_summary(result);
    let saved = texts.saved.clone();
    let message = Signal::derive(move || match result.get() {
        Some(Ok(_)) => Some(saved.clone()),
        _ => failure.get(),
    });
    let is_error = Signal::derive(move || matches!(result.get(), Some(Err(_))));
    let language_error = error_for("language");
    let rule_error = error_for("two_factor_rule");
    let current_language = settings.language.clone();
    let current_rule = settings.two_factor_rule;
    let rule_options = TwoFactorRule::VARIANTS
        .iter()
        .map(|rule| {
            let selected = *rule == current_rule;
            view! { <option value=rule.as_str() selected=selected>{texts.rule_label(*rule)}</option> }
        })
        .collect_view();
    let (save, saving) = (texts.save, texts.saving);
    view! {
        <StatusMessage message is_error/>
        <ActionForm action=action attr:novalidate=true>
            <Field label=texts.workspace_name name="workspace_name" autocomplete="organization" value=settings.name error=error_for("workspace_name")/>
            <div class="field" class:field-invalid=move || language_error.with(Option::is_some)>
                <label for="field-language">{texts.language}</label>
                <p class="field-hint" id="field-language-hint">{texts.language_hint}</p>
                <select
                    id="field-language"
                    name="language"
                    aria-describedby=move || {
                        if language_error.with(Option::is_some) {
                            "field-language-hint field-language-error"
                        } else {
                            "field-language-hint"
                        }
                    }
                >
                    {LANGUAGES
                        .iter()
                        .map(|(code, name)| {
                            let selected = *code == current_language;
                            view! { <option value=*code selected=selected>{*name}</option> }
                        })
                        .collect_view()}
                </select>
                <p class="field-error" id="field-language-error">{move || language_error.get()}</p>
            </div>
            <Field
                label=texts.timezone
                name="timezone"
                autocomplete="off"
                hint=texts.timezone_hint
                value=settings.timezone
                list="timezones"
                error=error_for("timezone")
            />
            <div class="field" class:field-invalid=move || rule_error.with(Option::is_some)>
                <label for="field-two_factor_rule">{texts.two_factor}</label>
                <p class="field-hint" id="field-two_factor_rule-hint">
                    {texts.two_factor_hint}
                </p>
                <select
                    id="field-two_factor_rule"
                    name="two_factor_rule"
                    aria-describedby=move || if rule_error.with(Option::is_some) {
                        "field-two_factor_rule-hint field-two_factor_rule-error"
                    } else {
                        "field-two_factor_rule-hint"
                    }
                >
                    {rule_options}
                </select>
                <p class="field-error" id="field-two_factor_rule-error">{move || rule_error.get()}</p>
            </div>
            <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                {move || if action.pending().get() { saving.clone() } else { save.clone() }}
            </button>
        </ActionForm>
    }
}
