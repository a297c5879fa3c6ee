use crate::activity::model::ActivityEntry;
use crate::auth::model::Viewer;
use crate::components::{AppShell, When, failure_view, page_title};
use crate::navigation::Page;
use crate::policy::Role;
use crate::workspace::api::load_home;
use crate::workspace::model::{AdminOverview, HomeSummary};
use leptos::prelude::*;
use leptos_meta::Title;

/// A signed-in member's start page. Admins see the state of the workspace and what to do
/// next; Editors and Agents see what their role lets them do and whom to ask for more.
/// `just_joined` greets someone arriving from their invitation.
#[component]
pub fn Home(viewer: Viewer, just_joined: bool) -> impl IntoView {
    let title = page_title(viewer.locale, Page::Home, viewer.workspace_name.as_deref());
    let greeting = format!("Welcome, {}", viewer.name);
    let workspace = viewer.workspace_name.clone().unwrap_or_default();
    let role = viewer.role;
    let joined = match role {
        // Admin, Editor and Agent all take "an".
        Some(role) if just_joined => Some(format!("You joined {workspace} as an {role}.")),
        _ => None,
    };
    let role_line = match (&viewer.workspace_name, role) {
        (Some(workspace), Some(role)) => format!("You are an {role} in {workspace}."),
        _ => "You are no longer a member of this workspace.".to_owned(),
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
                    <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
    let members = [
        ("Admins", overview.admins),
        ("Editors", overview.editors),
        ("Agents", overview.agents),
    ];
    let invitations = match (overview.pending_invitations, overview.expiring_this_week) {
        (0, _) => "No invitations are waiting.".to_owned(),
        (1, 0) => "1 invitation is waiting to be accepted.".to_owned(),
        (1, 1) => "1 invitation is waiting to be accepted; it expires this week.".to_owned(),
        (n, 0) => format!("{n} invitations are waiting to be accepted."),
        (n, soon) => {
            format!("{n} invitations are waiting to be accepted; {soon} expire this week.")
        }
    };
    view! {
        <div class="home-actions">
            <a class="button button-accent" href="/settings/invitations?invite=1">"Invite user"</a>
        </div>
        <div class="home-grid">
            <section aria-labelledby="home-members">
                <h2 id="home-members">"Members"</h2>
                <dl class="home-counts">
                    {members.map(|(label, count)| view! { <div><dt>{label}</dt><dd>{count}</dd></div> })}
                </dl>
                <p><a href="/settings/users">"Manage users"</a></p>
            </section>
            <section aria-labelledby="home-invitations">
                <h2 id="home-invitations">"Invitations"</h2>
                <p>{invitations}</p>
                <p><a href="/settings/invitations">"See invitations"</a></p>
            </section>
        </div>
        <section aria-labelledby="home-activity">
            <h2 id="home-activity">"Latest activity"</h2>
            <LatestActivity entries=overview.latest_activity/>
            <p><a href="/settings/activity">"All activity"</a></p>
        </section>
    }
}

#[component]
fn LatestActivity(entries: Vec<ActivityEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p class="muted">"Nothing has happened yet"</p> }.into_any();
    }
    view! {
        <ul class="home-activity" aria-labelledby="home-activity">
            {entries
                .into_iter()
                .map(|entry| view! {
                    <li>{format!("{} {}", entry.who, entry.what)}" "<small class="muted"><When moment=entry.when/></small></li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// What an Editor or Agent may do here, whom to ask for more, and where else they are.
#[component]
fn MemberHome(role: Role, summary: HomeSummary, other_workspaces: Vec<String>) -> impl IntoView {
    let limits = role.limits();
    let sessions = match summary.sessions {
        1 => "You are logged in on 1 device.".to_owned(),
        n => format!("You are logged in on {n} devices."),
    };
    view! {
        <div class="role-summary">
            <h2 id="can-heading">"You can"</h2>
            <ul aria-labelledby="can-heading">
                {role.abilities().iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
            </ul>
            {(!limits.is_empty()).then(|| view! {
                <h2 id="cannot-heading">"You cannot"</h2>
                <ul aria-labelledby="cannot-heading">
                    {limits.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
                </ul>
            })}
            <h2 id="admins-heading">"Your admins"</h2>
            <p class="muted">"Ask them when you need access you do not have."</p>
            <ul aria-labelledby="admins-heading">
                {summary.admins.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
            </ul>
            {(!other_workspaces.is_empty()).then(|| view! {
                <h2 id="workspaces-heading">"Your other workspaces"</h2>
                <ul aria-labelledby="workspaces-heading">
                    {other_workspaces.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                </ul>
                <p class="muted">"Switch to one with “Switch workspace” in the menu."</p>
            })}
            <h2 id="sessions-heading">"Your sessions"</h2>
            <p>{sessions} " " <a href="/account/sessions">"See your sessions"</a></p>
        </div>
    }
}
