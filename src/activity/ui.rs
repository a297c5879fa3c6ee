use crate::activity::api::load_activity;
use crate::auth::model::Viewer;
use crate::components::{SignedInPage, When, failure_view};
use crate::navigation::Page;
use crate::t;
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
    let locale = viewer.locale;
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
        <Transition fallback=move || view! { <p class="loading">{t!(locale, "activity-loading")}</p> }>
            {move || {
                let viewer = viewer.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => {
                            // Each row names its columns too, for the narrow layout.
                            let when = t!(locale, "activity-when");
                            let who = t!(locale, "activity-who");
                            let what = t!(locale, "activity-what");
                            view! {
                                <section class="card" aria-labelledby="activity-heading">
                                    <h1 id="activity-heading">{t!(locale, "page-activity")}</h1>
                                    <SettingsNav viewer current=Page::Activity/>
                                    {page.person.map(|name| view! {
                                        <p class="lead">
                                            {t!(locale, "activity-person-intro", name = name) + " "}
                                            <a href="/settings/activity">{t!(locale, "activity-show-everyone")}</a>
                                        </p>
                                    })}
                                    {if page.entries.is_empty() {
                                        view! { <p class="empty-state">{t!(locale, "activity-none")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <table class="data-table">
                                                <thead>
                                                    <tr>
                                                        <th scope="col">{when.clone()}</th>
                                                        <th scope="col">{who.clone()}</th>
                                                        <th scope="col">{what.clone()}</th>
                                                    </tr>
                                                </thead>
                                                <tbody>
                                                    {page.entries.into_iter().map(|entry| view! {
                                                        <tr>
                                                            <td data-label=when.clone()><When moment=entry.when/></td>
                                                            <td data-label=who.clone()>{entry.who}</td>
                                                            <td data-label=what.clone()>{entry.what}</td>
                                                        </tr>
                                                    }).collect_view()}
                                                </tbody>
                                            </table>
                                        }.into_any()
                                    }}
                                    <nav class="pager" aria-label=t!(locale, "activity-pages")>
                                        {older_than().map(|_| view! { <a href=href(None)>{t!(locale, "activity-newest")}</a> })}
                                        {page.older_than.map(|id| view! { <a href=href(Some(id))>{t!(locale, "activity-older")}</a> })}
                                    </nav>
                                </section>
                            }
                            .into_any()
                        }
                        Err(error) => failure_view(error),
                    }
                })
            }}
        </Transition>
    }
}
