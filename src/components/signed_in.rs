use crate::auth::api::current_viewer;
use crate::auth::model::Viewer;
use crate::components::AppShell;
use crate::error::AppError;
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// A page for signed-in people: it asks the server who is signed in on every visit, shows
/// `page` inside the app shell, and sends anyone whose session has ended to `/login`. A
/// workspace page sends someone its workspace requires a second factor of, who has none yet,
/// to set one up; an `account_page` (their own sessions, password, two-factor) opens anyway.
#[component]
pub fn SignedInPage<Page, PageView>(
    page: Page,
    #[prop(optional)] account_page: bool,
) -> impl IntoView
where
    Page: Fn(Viewer) -> PageView + Clone + Send + Sync + 'static,
    PageView: IntoView + 'static,
{
    let viewer = Resource::new(|| (), |_| current_viewer());
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
            {move || {
                let page = page.clone();
                Suspend::new(async move {
                    match viewer.await {
                        Ok(Some(viewer)) if viewer.must_set_up_two_factor && !account_page => {
                            view! { <Redirect path="/account/two-factor"/> }.into_any()
                        }
                        Ok(Some(viewer)) => {
                            let content = page(viewer.clone());
                            view! { <AppShell viewer>{content}</AppShell> }.into_any()
                        }
                        Ok(None) | Err(AppError::Unauthenticated) => {
                            view! { <Redirect path="/login"/> }.into_any()
                        }
                        Err(error) => view! {
                            <p class="status status-error" role="status">{error.to_string()}</p>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
