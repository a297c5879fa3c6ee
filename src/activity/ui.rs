use crate::activity::api::load_activity;
use crate::auth::model::Viewer;
use crate::components::{SignedInPage, When, failure_view};
use crate::navigation::Page;
use crate::workspace::ui::SettingsNav;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/settings/activity`: who invited, cancelled, joined, changed a role or removed whom.
#[component]
pub fn ActivityPage() -> impl IntoView {
    view! { <SignedInPage at=Page::Activity page=|viewer: Viewer| view! { <ActivitySection viewer/> }/> }
}

#[component]
fn ActivitySection(viewer: Viewer) -> impl IntoView {
    let query = use_query_map();
    let number = move |name: &'static str| {
        move || query.with(|q| q.get(name).and_then(|v| v.parse::<i64>().ok()))
    };
    let older_than = number("before");
    let person = number("person");
    let page = Resource::new(
        move || (older_than(), person()),
        |(older_than, person)| load_activity(older_than, person),
    );
    // Paging keeps the filter to one person.
    let href = move |before: Option<i64>| {
        let mut params = Vec::new();
        if let Some(person) = person() {
            params.push(format!("person={person}"));
        }
        if let Some(before) = before {
            params.push(format!("before={before}"));
        }
        match params.is_empty() {
            true => "/settings/activity".to_owned(),
            false => format!("/settings/activity?{}", params.join("&")),
        }
    };
    view! {
        <Transition fallback=|| view! { <p class="loading">"Loading activity…"</p> }>
            {move || {
                let viewer = viewer.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => view! {
                            <section class="card" aria-labelledby="activity-heading">
                                <h1 id="activity-heading">"Activity"</h1>
                                <SettingsNav viewer current=Page::Activity/>
                                {page.person.map(|name| view! {
                                    <p class="lead">
                                        {format!("What {name} did and what was done to them. ")}
                                        <a href="/settings/activity">"Show everyone's activity"</a>
                                    </p>
                                })}
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
                                                        <td data-label="When"><When moment=entry.when/></td>
                                                        <td data-label="Who">{entry.who}</td>
                                                        <td data-label="What">{entry.what}</td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    }.into_any()
                                }}
                                <nav class="pager" aria-label="Activity pages">
                                    {older_than().map(|_| view! { <a href=href(None)>"Newest"</a> })}
                                    {page.older_than.map(|id| view! { <a href=href(Some(id))>"Older"</a> })}
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
