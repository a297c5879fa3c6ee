use crate::auth::api::current_viewer;
use crate::auth::model::Viewer;
use crate::components::{AccessDenied, AppShell};
use crate::error::AppError;
use crate::i18n::{InLanguage, Locale, use_locale};
use crate::navigation::Page;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

/// `/login`, carrying this page's address so that signing in comes back to it.
fn sign_in_returning_here() -> String {
    let location = leptos_router::hooks::use_location();
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    let search = search.trim_start_matches('?');
    let here = if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    };
    format!(
        "/login?next={}",
        leptos_router::location::Url::escape(&here)
    )
}

/// A page for signed-in people: it asks the server who is signed in on every visit, shows
/// `page` inside the app shell under the tab title "<page> · <workspace> · Roster", and sends
/// anyone whose session has ended to `/login`, which brings them back here afterwards.
/// Someone whose role does not open `at` gets the 403 page naming it. A workspace page sends someone its workspace requires a second factor
/// of, who has none yet, to set one up; their own account's pages open anyway.
#[component]
pub fn SignedInPage<Render, PageView>(at: Page, page: Render) -> impl IntoView
where
    Render: Fn(Viewer) -> PageView + Clone + Send + Sync + 'static,
    PageView: IntoView + 'static,
{
    let viewer = Resource::new(|| (), |_| current_viewer());
    let sign_in = sign_in_returning_here();
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!(use_locale(), "loading")}</p> }>
            {move || {
                let page = page.clone();
                let sign_in = sign_in.clone();
                Suspend::new(async move {
                    match viewer.await {
                        Ok(Some(viewer)) if viewer.must_set_up_two_factor && !at.is_account_page() => {
                            view! { <Redirect path="/account/two-factor"/> }.into_any()
                        }
                        Ok(Some(viewer)) => {
                            let locale = viewer.locale;
                            let title = page_title(locale, at, viewer.workspace_name.as_deref());
                            let allowed = at.is_account_page() || viewer.can(at.permission());
                            let page = page.clone();
                            let shown = viewer.clone();
                            view! {
                                <InLanguage locale>
                                    <Title text=title/>
                                    <AppShell viewer current=at>
                                        {move || if allowed {
                                            page(shown.clone()).into_any()
                                        } else {
                                            view! { <AccessDenied message=at.denial(locale) page=at/> }.into_any()
                                        }}
                                    </AppShell>
                                </InLanguage>
                            }
                            .into_any()
                        }
                        Ok(None) | Err(AppError::Unauthenticated) => {
                            view! { <Redirect path=sign_in/> }.into_any()
                        }
                        Err(error) => view! {
                            <p class="status status-error" role="status">{error.message()}</p>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// "Users · Acme · Roster": the page first, as a row of browser tabs shows only the start.
pub fn page_title(locale: Locale, page: Page, workspace: Option<&str>) -> String {
    let page = page.title(locale);
    match workspace {
        Some(workspace) => t!(
            locale,
            "title-in-workspace",
            page = page,
            workspace = workspace
        ),
        None => t!(locale, "title-signed-out", page = page),
    }
}
