use crate::activity::api::load_activity;
use crate::auth::model::Viewer;
use crate::components::{SignedInPage, failure_view};
use crate::workspace::ui::SettingsNav;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/settings/activity`: who invited, cancelled, joined, changed a role or removed whom.
#[component]
pub fn ActivityPage() -> impl IntoView {
    view! { <SignedInPage page=|viewer: Viewer| view! { <ActivitySection viewer/> }/> }
}

#[component]
fn ActivitySection(viewer: Viewer) -> impl IntoView {
    let query = use_query_map();
    let older_than = move || query.with(|q| q.get("before").and_then(|v| v.parse::<i64>().ok()));
    let page = Resource::new(older_than, load_activity);
    view! {
        <Transition fallback=|| view! { <p class="loading">"Loading activity…"</p> }>
            {move || {
                let viewer = viewer.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => view! {
                            <section class="card" aria-labelledby="activity-heading">
                                <h1 id="activity-heading">"Activity"</h1>
                                <SettingsNav viewer current="Activity"/>
                                {if page.entries.is_empty() {
                                    view! { <p class="empty-state">"Nothing has happened yet"</p> }.into_any()
                                } else {
                                    view! {
                                        <table class="data-table">
                                            <thead>
                                                <tr>
                                                    <th scope="col">"When"</th>
                                                    <th scope="col">"Who"</th>
                                                    <th scope="col">"What"</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {page.entries.into_iter().map(|entry| view! {
                                                    <tr>
                                                        <td data-label="When">{entry.when}</td>
                                                        <td data-label="Who">{entry.who}</td>
                                                        <td data-label="What">{entry.what}</td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    }.into_any()
                                }}
                                <nav class="pager" aria-label="Activity pages">
                                    {older_than().map(|_| view! { <a href="/settings/activity">"Newest"</a> })}
                                    {page.older_than.map(|id| view! {
                                        <a href=format!("/settings/activity?before={id}")>"Older"</a>
                                    })}
                                </nav>
                            </section>
                        }
                        .into_any(),
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Transition>
    }
}
