//! `/account/api-tokens`, and the tokens section of a member's details page.

use crate::auth::api_tokens::api::{
    CreateApiToken, RevokeApiToken, RevokeMemberApiToken, list_api_tokens, member_api_tokens,
};
use crate::auth::api_tokens::model::{
    Access, CreatedToken, DEFAULT_LIFETIME_IN_DAYS, LIFETIMES_IN_DAYS, TokenSummary,
};
use crate::auth::model::Viewer;
use crate::components::{
    ConfirmDialog, CopyButton, CopyOutcome, CopyTexts, Field, SignedInPage, StatusMessage, When,
    failure_summary, failure_view, field_error, island_ready,
};
use crate::error::AppError;
use crate::i18n::{Locale, fill};
use crate::navigation::Page;
use crate::t;
use leptos::prelude::*;

crate::island_texts! {
    /// What the token lists say, on the person's own page and on a member's details page.
    pub struct TokenListTexts {
        loading: "api-tokens-loading",
        none: "api-tokens-none",
        name: "api-tokens-column-name",
        access: "api-tokens-column-access",
        created: "api-tokens-column-created",
        last_used: "api-tokens-column-last-used",
        expires: "api-tokens-column-expires",
        actions: "api-tokens-column-actions",
        never_used: "api-tokens-never-used",
        expired: "api-tokens-expired",
        read_only: "api-tokens-access-read-only",
        same_as_role: "api-tokens-access-same-as-role",
        same_as_their_role: "api-tokens-access-same-as-their-role",
        revoke: "api-tokens-revoke",
        revoke_title: "api-tokens-revoke-title",
        revoke_message: "api-tokens-revoke-message",
        cancel: "api-tokens-cancel",
        revoked: "api-tokens-revoked",
    }
}

crate::island_texts! {
    /// What the form making a token says.
    pub struct TokenFormTexts {
        create_heading: "api-tokens-create-heading",
        name: "api-tokens-name",
        name_hint: "api-tokens-name-hint",
        expires: "api-tokens-expires",
        access: "api-tokens-access",
        access_hint: "api-tokens-access-hint",
        create: "api-tokens-create",
        creating: "api-tokens-creating",
        new_token_heading: "api-tokens-new-heading",
        new_token_label: "api-tokens-new-label",
        shown_once: "api-tokens-shown-once",
        copy: "api-tokens-copy",
        copied: "api-tokens-copied",
        copy_needs_https: "api-tokens-copy-needs-https",
        copy_refused: "api-tokens-copy-refused",
        list_heading: "api-tokens-list-heading",
    }
}

impl TokenListTexts {
    fn access(&self, access: Access) -> String {
        match access {
            Access::ReadOnly => self.read_only.clone(),
            Access::SameAsRole => self.same_as_role.clone(),
        }
    }
}

/// A choice of the "Expires" select, worded on the server with the language's plurals.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LifetimeChoice {
    pub days: u32,
    pub label: String,
}

fn lifetime_choices(locale: Locale) -> Vec<LifetimeChoice> {
    LIFETIMES_IN_DAYS
        .into_iter()
        .map(|days| LifetimeChoice {
            days,
            label: t!(locale, "api-tokens-days", count = days),
        })
        .collect()
}

/// `/account/api-tokens`: the person's tokens in this workspace, a form to make one, and
/// "Revoke" on each.
#[component]
pub fn ApiTokensPage() -> impl IntoView {
    view! {
        <SignedInPage at=Page::ApiTokens page=|viewer: Viewer| {
            let locale = viewer.locale;
            let lead = t!(
                locale,
                "api-tokens-lead",
                workspace = viewer.workspace_name.unwrap_or_default()
            );
            view! {
                <section class="card" aria-labelledby="api-tokens-heading">
                    <h1 id="api-tokens-heading">{t!(locale, "api-tokens-heading")}</h1>
                    <p class="lead">{lead}</p>
                    <ApiTokens
                        form_texts=TokenFormTexts::new(locale)
                        list_texts=TokenListTexts::new(locale)
                        lifetimes=lifetime_choices(locale)
                    />
                </section>
            }
        }/>
    }
}

#[island(lazy)]
fn ApiTokens(
    form_texts: TokenFormTexts,
    list_texts: TokenListTexts,
    lifetimes: Vec<LifetimeChoice>,
) -> impl IntoView {
    island_ready();
    let create = ServerAction::<CreateApiToken>::new();
    let revoke = ServerAction::<RevokeApiToken>::new();
    let tokens = Resource::new(
        move || (create.version().get(), revoke.version().get()),
        |_| list_api_tokens(),
    );
    let result = create.value();
    let failure = failure_summary(result);
    let texts = form_texts;
    let (create_text, creating) = (texts.create.clone(), texts.creating.clone());
    let new_token = Memo::new(move |_| match result.get() {
        Some(Ok(CreatedToken { secret, .. })) => Some(secret),
        _ => None,
    });
    let copy_texts = CopyTexts {
        copy: texts.copy.clone(),
        copied: texts.copied.clone(),
        needs_https: texts.copy_needs_https.clone(),
        refused: texts.copy_refused.clone(),
    };
    let revoked = list_texts.revoked.clone();
    let revoke_status = Signal::derive(move || match revoke.value().get() {
        Some(Ok(())) => Some(revoked.clone()),
        Some(Err(error)) => Some(error.message()),
        None => None,
    });
    let revoke_failed = Signal::derive(move || matches!(revoke.value().get(), Some(Err(_))));
    let on_revoke = Callback::new(move |token_id: i64| {
        create.value().set(None);
        revoke.dispatch(RevokeApiToken { token_id });
    });
    let (read_only, same_as_role) = (
        list_texts.read_only.clone(),
        list_texts.same_as_role.clone(),
    );
    let (shown_once, new_token_label, new_token_heading) = (
        texts.shown_once.clone(),
        texts.new_token_label.clone(),
        texts.new_token_heading.clone(),
    );
    view! {
        <h2 id="create-token-heading">{texts.create_heading.clone()}</h2>
        <StatusMessage message=failure is_error=true/>
        <ActionForm action=create attr:novalidate=true attr:aria-labelledby="create-token-heading">
            <Field label=texts.name.clone() name="name" autocomplete="off" hint=texts.name_hint.clone() error=field_error(result, "name")/>
            <div class="field">
                <label for="field-expires_in_days">{texts.expires.clone()}</label>
                <select id="field-expires_in_days" name="expires_in_days">
                    {lifetimes
                        .into_iter()
                        .map(|choice| view! {
                            <option value=choice.days selected=choice.days == DEFAULT_LIFETIME_IN_DAYS>{choice.label}</option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="field-access">{texts.access.clone()}</label>
                <p class="field-hint" id="field-access-hint">{texts.access_hint.clone()}</p>
                <select id="field-access" name="access" aria-describedby="field-access-hint">
                    <option value=Access::ReadOnly.as_str()>{read_only}</option>
                    <option value=Access::SameAsRole.as_str() selected=true>{same_as_role}</option>
                </select>
            </div>
            <button type="submit" class="button button-primary" disabled=move || create.pending().get()>
                {move || if create.pending().get() { creating.clone() } else { create_text.clone() }}
            </button>
        </ActionForm>
        {move || new_token.get().map(|secret| {
            let outcome = RwSignal::new(None::<String>);
            view! {
                <div class="new-token" role="region" aria-labelledby="new-token-heading">
                    <h3 id="new-token-heading">{new_token_heading.clone()}</h3>
                    <p id="new-token-hint">{shown_once.clone()}</p>
                    <label class="visually-hidden" for="new-token">{new_token_label.clone()}</label>
                    <input id="new-token" class="setup-key" readonly value=secret.clone() aria-describedby="new-token-hint" spellcheck="false" autocomplete="off"/>
                    <div class="button-row">
                        <CopyButton text=secret texts=copy_texts.clone() outcome/>
                    </div>
                    <CopyOutcome outcome/>
                </div>
            }
        })}
        <h2 id="token-list-heading">{texts.list_heading.clone()}</h2>
        <StatusMessage message=revoke_status is_error=revoke_failed/>
        <TokenList tokens=Signal::derive(move || tokens.get()) texts=list_texts on_revoke/>
    }
}

/// The tokens of one person, with "Revoke" on each behind a confirmation.
#[component]
fn TokenList(
    tokens: Signal<Option<Result<Vec<TokenSummary>, AppError>>>,
    texts: TokenListTexts,
    on_revoke: Callback<i64>,
) -> impl IntoView {
    let confirming = RwSignal::new(None::<(i64, String)>);
    let open = RwSignal::new(false);
    let message_text = texts.revoke_message.clone();
    let message = Signal::derive(move || {
        let name = confirming.get().map(|(_, name)| name).unwrap_or_default();
        fill(&message_text, &[("name", name.as_str())])
    });
    let list_texts = texts.clone();
    view! {
        <Transition fallback={
            let loading = texts.loading.clone();
            move || view! { <p class="loading">{loading.clone()}</p> }
        }>
            {move || {
                let texts = list_texts.clone();
                match tokens.get() {
                    None => ().into_any(),
                    Some(Err(error)) => failure_view(error),
                    Some(Ok(tokens)) if tokens.is_empty() => view! { <p>{texts.none.clone()}</p> }.into_any(),
                    Some(Ok(tokens)) => view! {
                        <table class="data-table" aria-labelledby="token-list-heading">
                            <thead>
                                <tr>
                                    <th scope="col">{texts.name.clone()}</th>
                                    <th scope="col">{texts.access.clone()}</th>
                                    <th scope="col">{texts.created.clone()}</th>
                                    <th scope="col">{texts.last_used.clone()}</th>
                                    <th scope="col">{texts.expires.clone()}</th>
                                    <th scope="col"><span class="visually-hidden">{texts.actions.clone()}</span></th>
                                </tr>
                            </thead>
                            <tbody>
                                {tokens.into_iter().map(|token| {
                                    let texts = texts.clone();
                                    let (id, name) = (token.id, token.name.clone());
                                    view! {
                                        <tr>
                                            <th scope="row" data-label=texts.name.clone()>{token.name.clone()}</th>
                                            <td data-label=texts.access.clone()>{texts.access(token.access)}</td>
                                            <td data-label=texts.created.clone()><When moment=token.created/></td>
                                            <td data-label=texts.last_used.clone()>{match token.last_used {
                                                Some(moment) => view! { <When moment/> }.into_any(),
                                                None => texts.never_used.clone().into_any(),
                                            }}</td>
                                            <td data-label=texts.expires.clone()>
                                                {token.expired.then(|| view! { <span class="badge">{texts.expired.clone()}</span>" " })}
                                                <When moment=token.expires/>
                                            </td>
                                            <td class="row-actions">
                                                <button
                                                    type="button"
                                                    class="button button-small"
                                                    on:click=move |_| {
                                                        confirming.set(Some((id, name.clone())));
                                                        open.set(true);
                                                    }
                                                >
                                                    {texts.revoke.clone()}
                                                    <span class="visually-hidden">" "{token.name}</span>
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                }
            }}
        </Transition>
        <ConfirmDialog
            id="revoke-token"
            open
            title=texts.revoke_title.clone()
            message
            confirm_label=texts.revoke.clone()
            cancel_label=texts.cancel.clone()
            on_confirm=move || {
                if let Some((id, _)) = confirming.get_untracked() {
                    on_revoke.run(id);
                }
            }
        />
    }
}

/// The tokens section of a member's details page: what scripts act as them here, and
/// "Revoke" on each. Admins only, as the page is.
#[island(lazy)]
pub fn MemberApiTokens(user_id: i64, heading: String, texts: TokenListTexts) -> impl IntoView {
    island_ready();
    // The admin reads about someone else's token.
    let texts = TokenListTexts {
        same_as_role: texts.same_as_their_role.clone(),
        ..texts
    };
    let revoke = ServerAction::<RevokeMemberApiToken>::new();
    let tokens = Resource::new(
        move || revoke.version().get(),
        move |_| member_api_tokens(user_id),
    );
    let revoked = texts.revoked.clone();
    let status = Signal::derive(move || match revoke.value().get() {
        Some(Ok(())) => Some(revoked.clone()),
        Some(Err(error)) => Some(error.message()),
        None => None,
    });
    let failed = Signal::derive(move || matches!(revoke.value().get(), Some(Err(_))));
    let on_revoke = Callback::new(move |token_id: i64| {
        revoke.dispatch(RevokeMemberApiToken { user_id, token_id });
    });
    view! {
        <section class="card" aria-labelledby="token-list-heading">
            <h2 id="token-list-heading">{heading}</h2>
            <StatusMessage message=status is_error=failed/>
            <TokenList tokens=Signal::derive(move || tokens.get()) texts on_revoke/>
        </section>
    }
}
