use crate::activity::model::ActivityEntry;
use crate::auth::model::Viewer;
use crate::components::{AppShell, When, failure_view, page_title};
use crate::i18n::use_locale;
use crate::navigation::Page;
use crate::policy::Role;
use crate::t;
use crate::workspace::api::load_home;
use crate::workspace::model::{AdminOverview, HomeSummary};
use leptos::prelude::*;
use leptos_meta::Title;

/// A signed-in member's start page. Admins see the state of the workspace and what to do
/// next; Editors and Agents see what their role lets them do and whom to ask for more.
/// `just_joined` greets someone arriving from their invitation.
#[component]
pub fn Home(viewer: Viewer, just_joined: bool) -> impl IntoView {
    let locale = viewer.locale;
    let title = page_title(locale, Page::Home, viewer.workspace_name.as_deref());
    let greeting = t!(locale, "home-welcome", name = &viewer.name);
    let workspace = viewer.workspace_name.clone().unwrap_or_default();
    let role = viewer.role;
    let joined = match role {
        Some(role) if just_joined => Some(t!(
            locale,
            "home-joined",
            workspace = &workspace,
            role = role.name_in(locale)
        )),
        _ => None,
    };
    let role_line = match (&viewer.workspace_name, role) {
        (Some(workspace), Some(role)) => t!(
            locale,
            "home-role",
            role = role.name_in(locale),
            workspace = workspace
        ),
        _ => t!(locale, "home-no-longer-member"),
    };
    let other_workspaces: Vec<String> = viewer
        .workspaces
        .iter()
        .filter(|choice| Some(choice.id) != viewer.workspace_id)
        .map(|choice| choice.name.clone())
        .collect();
    let summary = Resource::new(|| (), |_| load_home());
    view! {
        <Title text=title/>
        <AppShell viewer current=Page::Home>
            <section class="card home" aria-labelledby="home-heading">
                <h1 id="home-heading">{greeting}</h1>
                {joined.map(|line| view! { <p class="status" role="status">{line}</p> })}
                <p>{role_line}</p>
                {role.map(|role| view! {
                    <Suspense fallback=move || view! { <p class="loading">{t!(locale, "loading")}</p> }>
                        {
                            let other_workspaces = other_workspaces.clone();
                            move || {
                                let other_workspaces = other_workspaces.clone();
                                Suspend::new(async move {
                                    match summary.await {
                                        Ok(HomeSummary { overview: Some(overview), .. }) => {
                                            view! { <AdminHome overview/> }.into_any()
                                        }
                                        Ok(summary) => view! {
                                            <MemberHome role summary other_workspaces/>
                                        }
                                        .into_any(),
                                        Err(error) => failure_view(error),
                                    }
                                })
                            }
                        }
                    </Suspense>
                })}
            </section>
        </AppShell>
    }
}

/// The workspace at a glance for an Admin, each figure leading to where it is managed.
#[component]
fn AdminHome(overview: AdminOverview) -> impl IntoView {
    let locale = use_locale();
    let members = [
        (t!(locale, "home-count-admins"), overview.admins),
        (t!(locale, "home-count-editors"), overview.editors),
        (t!(locale, "home-count-agents"), overview.agents),
    ];
    let invitations = match (overview.pending_invitations, overview.expiring_this_week) {
        (0, _) => t!(locale, "home-invitations-none"),
        (waiting, 0) => t!(locale, "home-invitations-waiting", count = waiting),
        (waiting, expiring) => t!(
            locale,
            "home-invitations-waiting-expiring",
            count = waiting,
            expiring = expiring
        ),
    };
    view! {
        <div class="home-actions">
            <a class="button button-accent" href="/settings/invitations?invite=1">{t!(locale, "home-invite-user")}</a>
        </div>
        <div class="home-grid">
            <section aria-labelledby="home-members">
                <h2 id="home-members">{t!(locale, "home-members")}</h2>
                <dl class="home-counts">
                    {members.map(|(label, count)| view! { <div><dt>{label}</dt><dd>{crate::i18n::format_count(locale, count)}</dd></div> })}
                </dl>
                <p><a href="/settings/users">{t!(locale, "home-manage-users")}</a></p>
            </section>
            <section aria-labelledby="home-invitations">
                <h2 id="home-invitations">{t!(locale, "page-invitations")}</h2>
                <p>{invitations}</p>
                <p><a href="/settings/invitations">{t!(locale, "home-see-invitations")}</a></p>
            </section>
        </div>
        <section aria-labelledby="home-activity">
            <h2 id="home-activity">{t!(locale, "home-latest-activity")}</h2>
            <LatestActivity entries=overview.latest_activity/>
            <p><a href="/settings/activity">{t!(locale, "home-all-activity")}</a></p>
        </section>
    }
}

#[component]
fn LatestActivity(entries: Vec<ActivityEntry>) -> impl IntoView {
    let locale = use_locale();
    if entries.is_empty() {
        return view! { <p class="muted">{t!(locale, "activity-none")}</p> }.into_any();
    }
    view! {
        <ul class="home-activity" aria-labelledby="home-activity">
            {entries
                .into_iter()
                .map(|entry| view! {
                    <li>{t!(locale, "home-activity-entry", who = entry.who, what = entry.what)}" "<small class="muted"><When moment=entry.when/></small></li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// What an Editor or Agent may do here, whom to ask for more, and where else they are.
#[component]
fn MemberHome(role: Role, summary: HomeSummary, other_workspaces: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    let limits = role.limits(locale);
    let sessions = t!(locale, "home-sessions", count = summary.sessions);
    view! {
        <div class="role-summary">
            <h2 id="can-heading">{t!(locale, "home-you-can")}</h2>
            <ul aria-labelledby="can-heading">
                {role.abilities(locale).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            {(!limits.is_empty()).then(|| view! {
                <h2 id="cannot-heading">{t!(locale, "home-you-cannot")}</h2>
                <ul aria-labelledby="cannot-heading">
                    {limits.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            })}
            <h2 id="admins-heading">{t!(locale, "home-your-admins")}</h2>
            <p class="muted">{t!(locale, "home-ask-admins")}</p>
            <ul aria-labelledby="admins-heading">
                {summary.admins.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
            </ul>
            {(!other_workspaces.is_empty()).then(|| view! {
                <h2 id="workspaces-heading">{t!(locale, "home-other-workspaces")}</h2>
                <ul aria-labelledby="workspaces-heading">
                    {other_workspaces.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                </ul>
                <p class="muted">{t!(locale, "home-switch-hint", switcher = t!(locale, "switcher-label"))}</p>
            })}
            <h2 id="sessions-heading">{t!(locale, "page-sessions")}</h2>
            <p>{sessions} " " <a href="/account/sessions">{t!(locale, "home-see-sessions")}</a></p>
        </div>
    }
}
