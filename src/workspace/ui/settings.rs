use crate::auth::model::Viewer;
use crate::components::{
    Field, SignedInPage, StatusMessage, failure_summary, failure_view, field_error, island_ready,
};
use crate::navigation::{Page, SETTINGS_SECTIONS};
use crate::policy::Permission;
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
        <nav class="settings-nav" aria-label="Settings">
            <ul>
                {SETTINGS_SECTIONS
                    .iter()
                    .filter(|section| viewer.can(section.page.permission()))
                    .map(|section| {
                        let is_current = (Some(section.page) == current).then_some("page");
                        view! { <li><a href=section.page.href() aria-current=is_current>{section.label}</a></li> }
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
            let sections = SETTINGS_SECTIONS
                .iter()
                .filter(|section| viewer.can(section.page.permission()))
                .map(|section| view! {
                    <li>
                        <h2><a href=section.page.href()>{section.label}</a></h2>
                        <p>{section.description}</p>
                    </li>
                })
                .collect_view();
            let lead = if viewer.can(Permission::ChangeWorkspaceSettings) {
                "Change how the workspace works and manage who has access."
            } else {
                "See how the workspace is set up. Only admins can change it."
            };
            view! {
                <section class="card" aria-labelledby="settings-heading">
                    <h1 id="settings-heading">"Settings"</h1>
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
    let settings = Resource::new(|| (), |_| load_workspace_settings());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading settings…"</p> }>
            {move || {
                let viewer = viewer.clone();
                Suspend::new(async move {
                    match settings.await {
                        Ok(settings) => view! {
                            <section class="card" aria-labelledby="workspace-settings-heading">
                                <h1 id="workspace-settings-heading">"Workspace settings"</h1>
                                <SettingsNav viewer current=Page::WorkspaceSettings/>
                                {if settings.editable {
                                    view! { <EditableSettings settings/> }.into_any()
                                } else {
                                    view! { <ReadOnlySettings settings/> }.into_any()
                                }}
                            </section>
                        }
                        .into_any(),
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Suspense>
    }
}

/// What the workspace's language means, said once on the page.
const LANGUAGE_HINT: &str = "The default for the workspace's flows and messages, and the language \
    of Roster's pages and emails for members who have not chosen their own.";

fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|(known, _)| *known == code)
        .map_or_else(|| code.to_owned(), |(_, name)| (*name).to_owned())
}

#[component]
fn ReadOnlySettings(settings: WorkspaceSettings) -> impl IntoView {
    view! {
        <p class="lead">"Only admins can change these settings."</p>
        <dl class="settings-list">
            <dt>"Workspace name"</dt>
            <dd>{settings.name}</dd>
            <dt>"Language"</dt>
            <dd>{language_name(&settings.language)}<p class="field-hint">{LANGUAGE_HINT}</p></dd>
            <dt>"Timezone"</dt>
            <dd>{settings.timezone}</dd>
            <dt>"Require two-factor authentication"</dt>
            <dd>{settings.two_factor_rule.label()}</dd>
        </dl>
    }
}

/// The form, with the timezone suggestions beside it: they are many and never change, so they
/// stay out of the island's props.
#[component]
fn EditableSettings(settings: WorkspaceSettings) -> impl IntoView {
    let suggestions = settings
        .timezones
        .iter()
        .map(|zone| view! { <option value=zone.clone()></option> })
        .collect_view();
    view! {
        <SettingsForm settings=WorkspaceSettings { timezones: Vec::new(), ..settings }/>
        <datalist id="timezones">{suggestions}</datalist>
    }
}

#[island(lazy)]
fn SettingsForm(settings: WorkspaceSettings) -> impl IntoView {
    island_ready();
    let action = ServerAction::<SaveWorkspaceSettings>::new();
    let result = action.value();
    let error_for = move |field| field_error(result, field);
    let failure = failure_summary(result);
    let message = Signal::derive(move || match result.get() {
        Some(Ok(_)) => Some("Workspace settings saved".to_owned()),
        _ => failure.get(),
    });
    let is_error = Signal::derive(move || matches!(result.get(), Some(Err(_))));
    let language_error = error_for("language");
    let rule_error = error_for("two_factor_rule");
    let current_language = settings.language.clone();
    let current_rule = settings.two_factor_rule;
    view! {
        <StatusMessage message is_error/>
        <ActionForm action=action attr:novalidate=true>
            <Field label="Workspace name" name="workspace_name" autocomplete="organization" value=settings.name error=error_for("workspace_name")/>
            <div class="field" class:field-invalid=move || language_error.with(Option::is_some)>
                <label for="field-language">"Language"</label>
                <p class="field-hint" id="field-language-hint">{LANGUAGE_HINT}</p>
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
                label="Timezone"
                name="timezone"
                autocomplete="off"
                hint="Type to search, e.g. Kigali or New York. Dates across Roster show in this timezone."
                value=settings.timezone
                list="timezones"
                error=error_for("timezone")
            />
            <div class="field" class:field-invalid=move || rule_error.with(Option::is_some)>
                <label for="field-two_factor_rule">"Require two-factor authentication"</label>
                <p class="field-hint" id="field-two_factor_rule-hint">
                    "Members it covers who have no second factor are sent to set one up before they can use the workspace."
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
                    {TwoFactorRule::VARIANTS
                        .iter()
                        .map(|rule| {
                            let selected = *rule == current_rule;
                            view! { <option value=rule.as_str() selected=selected>{rule.label()}</option> }
                        })
                        .collect_view()}
                </select>
                <p class="field-error" id="field-two_factor_rule-error">{move || rule_error.get()}</p>
            </div>
            <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                {move || if action.pending().get() { "Saving…" } else { "Save" }}
            </button>
        </ActionForm>
    }
}
