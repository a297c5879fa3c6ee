//! Choosing a language: `/account/language` for a signed-in person, and a small picker on
//! the signed-out pages.

use crate::auth::model::Viewer;
use crate::components::{SignedInPage, StatusMessage, island_ready};
use crate::i18n::api::SaveLanguage;
use crate::i18n::{Locale, use_locale};
use crate::navigation::Page;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};
use strum::VariantArray;

/// `/account/language`: the person's language, or "Automatic" to follow their browser and
/// then the workspace.
#[component]
pub fn LanguagePage() -> impl IntoView {
    let saved = use_query_map().with_untracked(|query| query.get("saved").is_some());
    view! {
        <SignedInPage at=Page::Language page=move |viewer: Viewer| {
            let locale = viewer.locale;
            let texts = LanguageTexts::new(locale);
            let automatic = t!(locale, "language-automatic", language = viewer.automatic_locale.native_name());
            view! {
                <LanguageForm
                    chosen=viewer.chosen_locale.map(|chosen| chosen.tag().to_owned()).unwrap_or_default()
                    automatic
                    notice=saved.then(|| t!(locale, "language-saved"))
                    texts
                />
            }
        }/>
    }
}

crate::island_texts! {
    /// What the language page says.
    pub struct LanguageTexts {
        heading: "language-heading",
        intro: "language-intro",
        label: "language-label",
        hint: "language-automatic-hint",
        save: "language-save",
        saving: "language-saving",
    }
}

/// `chosen` is the saved tag, empty for "Automatic"; `automatic` names what that gives now.
#[island(lazy)]
fn LanguageForm(
    chosen: String,
    automatic: String,
    notice: Option<String>,
    texts: LanguageTexts,
) -> impl IntoView {
    island_ready();
    let save = ServerAction::<SaveLanguage>::new();
    let message = Signal::derive(move || match save.value().get() {
        Some(Err(error)) => Some(
            error
                .message_for("language")
                .unwrap_or_else(|| error.message()),
        ),
        _ => notice.clone(),
    });
    let is_error = Signal::derive(move || matches!(save.value().get(), Some(Err(_))));
    view! {
        <section class="card narrow-card" aria-labelledby="language-heading">
            <h1 id="language-heading">{texts.heading}</h1>
            <p>{texts.intro}</p>
            <StatusMessage message is_error/>
            <ActionForm action=save>
                <div class="field">
                    <label for="field-language">{texts.label}</label>
                    <p class="field-hint" id="field-language-hint">{texts.hint}</p>
                    <select id="field-language" name="language" aria-describedby="field-language-hint">
                        <option value="" selected=chosen.is_empty()>{automatic}</option>
                        {Locale::VARIANTS
                            .iter()
                            .map(|locale| {
                                let tag = locale.tag();
                                view! {
                                    <option value=tag lang=tag selected=chosen == tag>{locale.native_name()}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button-primary" disabled=move || save.pending().get()>
                    {move || if save.pending().get() { texts.saving.clone() } else { texts.save.clone() }}
                </button>
            </ActionForm>
        </section>
    }
}

/// The signed-out pages' language choice: a plain form, so it works before any script
/// has loaded; the pick is kept in this browser and the page comes back in it.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let back = location.pathname.get_untracked()
        + &location
            .search
            .get_untracked()
            .chars()
            .fold(String::new(), |mut query, c| {
                if query.is_empty() && c != '?' {
                    query.push('?');
                }
                query.push(c);
                query
            });
    view! {
        <form class="language-picker" method="post" action="/api/choose_language">
            <input type="hidden" name="back" value=back/>
            <label for="language-picker">{t!(locale, "language-label")}</label>
            <select id="language-picker" name="language">
                {Locale::VARIANTS
                    .iter()
                    .map(|option| {
                        let tag = option.tag();
                        view! { <option value=tag lang=tag selected=*option == locale>{option.native_name()}</option> }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="button button-small">{t!(locale, "language-save")}</button>
        </form>
    }
}
