use crate::auth::model::Viewer;
use crate::components::{
    ConfirmRowDialog, RowToConfirm, SignedInPage, StatusMessage, failure_view, island_ready,
    write_trash_button,
};
use crate::error::AppError;
use crate::policy::Permission;
use crate::users::api::{RemoveMember, list_members};
use crate::users::model::{MemberPage, MemberSummary, invitations_to_cancel};
use crate::users::ui::{PeopleSection, PeopleTab};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::location::Url;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// `/settings/users`: the workspace's members. Admins only; everyone else gets the 403 page.
#[component]
pub fn UsersPage() -> impl IntoView {
    view! { <SignedInPage page=|viewer: Viewer| view! { <UsersSection viewer/> }/> }
}

#[component]
fn UsersSection(viewer: Viewer) -> impl IntoView {
    if !viewer.can(Permission::ManageUsers) {
        return failure_view(AppError::Forbidden(Permission::ManageUsers.denial().into()));
    }
    let query = use_query_map();
    let listing = query.with_untracked(|q| {
        let cursor = |name: &str| q.get(name).and_then(|v| v.parse::<i64>().ok());
        Listing {
            search: q.get("q").unwrap_or_default(),
            after: cursor("after"),
            before: cursor("before"),
        }
    });
    view! {
        <PeopleSection viewer current=PeopleTab::Users>
            <MemberDirectory listing/>
        </PeopleSection>
    }
    .into_any()
}

/// Which members the list shows: a search and a page of it, as in the address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Listing {
    search: String,
    after: Option<i64>,
    before: Option<i64>,
}

/// The search, the list and removal: the interactive part of the Users tab.
#[island]
fn MemberDirectory(listing: Listing) -> impl IntoView {
    island_ready();
    let listing = RwSignal::new(listing);
    let remove = ServerAction::<RemoveMember>::new();
    // Each answer keeps the search it answers, so the count reads right while the next
    // search is on its way.
    let page = Resource::new(
        move || (listing.get(), remove.version().get()),
        |(listing, _)| async move {
            let page = list_members(listing.search.clone(), listing.after, listing.before).await?;
            Ok::<_, AppError>((listing.search, page))
        },
    );
    let message = Signal::derive(move || match remove.value().get() {
        Some(Ok(())) => Some("User removed from the workspace".to_owned()),
        Some(Err(error)) => Some(error.to_string()),
        None => None,
    });
    let is_error = Signal::derive(move || matches!(remove.value().get(), Some(Err(_))));
    view! {
        <StatusMessage message is_error/>
        <SearchUsers listing/>
        <Transition fallback=|| view! { <p class="loading">"Loading users…"</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok((search, page)) => view! { <MemberResults page search remove/> }.into_any(),
                    Err(error) => failure_view(error),
                }
            })}
        </Transition>
    }
}

/// How long typing must pause before the list follows, so each keystroke does not cost a
/// request.
const SEARCH_DEBOUNCE: Duration = Duration::from_millis(250);

/// The "Search users" field. The search lives in the address (`?q=`), so it survives a reload,
/// can be shared and works before the page's script has loaded (the form submits by GET).
#[component]
fn SearchUsers(listing: RwSignal<Listing>) -> impl IntoView {
    let text = RwSignal::new(listing.with_untracked(|l| l.search.clone()));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let show = move |search: String| {
        let search = search.trim().to_owned();
        let href = if search.is_empty() {
            "/settings/users".to_owned()
        } else {
            format!("/settings/users?q={}", Url::escape(&search))
        };
        replace_address(&href);
        listing.set(Listing {
            search,
            ..Listing::default()
        });
    };
    let cancel_pending = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(None);
    };
    let on_input = move |event| {
        text.set(event_target_value(&event));
        cancel_pending();
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                show(text.get_untracked());
            },
            SEARCH_DEBOUNCE,
        );
        pending.set_value(handle.ok());
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        cancel_pending();
        show(text.get_untracked());
    };
    view! {
        <form class="field search-form" role="search" method="get" action="/settings/users" on:submit=on_submit>
            <label for="search-users">"Search users"</label>
            <input
                id="search-users"
                name="q"
                type="search"
                autocomplete="off"
                placeholder="Name or email"
                prop:value=move || text.get()
                on:input=on_input
            />
        </form>
    }
}

/// Puts the search in the address without a new history entry, as each keystroke would
/// otherwise be one more step back.
fn replace_address(href: &str) {
    #[cfg(feature = "hydrate")]
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = href;
}

/// The count, the table and the page links of one answer.
#[component]
fn MemberResults(
    page: MemberPage,
    search: String,
    remove: ServerAction<RemoveMember>,
) -> impl IntoView {
    let searching = !search.trim().is_empty();
    let count = match (page.total, searching) {
        (0, true) => "No users match your search".to_owned(),
        (1, true) => "1 user matches".to_owned(),
        (n, true) => format!("{} users match", thousands(n)),
        (1, false) => "1 user".to_owned(),
        (n, false) => format!("{} users", thousands(n)),
    };
    let link = move |cursor: &str, id: i64| {
        if searching {
            format!(
                "/settings/users?q={}&{cursor}={id}",
                Url::escape(search.trim())
            )
        } else {
            format!("/settings/users?{cursor}={id}")
        }
    };
    let previous = page.before.map(|id| link("before", id));
    let next = page.after.map(|id| link("after", id));
    view! {
        // Not a second role="status": the page has one for what an action did. Tachys patches
        // this paragraph in place on each search, so screen readers hear the new count.
        <p class="result-count" aria-live="polite">{count}</p>
        {(!page.members.is_empty()).then(|| view! { <MemberTable members=page.members remove/> })}
        {(previous.is_some() || next.is_some()).then(|| view! {
            <nav class="pager" aria-label="User pages">
                {previous.map(|href| view! { <a href=href>"Previous"</a> })}
                {next.map(|href| view! { <a href=href>"Next"</a> })}
            </nav>
        })}
    }
}

/// 100000 as "100,000".
fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    if n < 0 { format!("-{out}") } else { out }
}

#[component]
fn MemberTable(members: Vec<MemberSummary>, remove: ServerAction<RemoveMember>) -> impl IntoView {
    let pending = RowToConfirm::new();
    view! {
        <table class="data-table">
            <thead>
                <tr>
                    {COLUMNS.map(|column| view! { <th scope="col">{column}</th> })}
                    <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                </tr>
            </thead>
            // One string for the rows and one listener for their buttons: as components,
            // the rows took a fifth of the page's time on the server (scripts/bench-notes.md).
            <tbody inner_html=member_rows_html(&members) on:click=move |event| pending.ask_for_clicked(&event)></tbody>
        </table>
        <ConfirmRowDialog
            id="remove-user"
            pending
            title=|name| format!("Remove {name}?")
            message="They lose access to this workspace at once, on every device. Their account and past activity stay."
            confirm_label="Remove"
            cancel_label="Keep"
            on_confirm=move |user_id| {
                remove.dispatch(RemoveMember { user_id });
            }
        />
    }
}

/// The members table's columns, in its head and, as each cell's label on phones (where the
/// rows stack), in its rows.
const COLUMNS: [&str; 6] = [
    "Name",
    "Email",
    "Role",
    "Two-factor",
    "Joined",
    "Last active",
];

/// The members table's rows as HTML, every value escaped.
fn member_rows_html(members: &[MemberSummary]) -> String {
    use html_escape::encode_text as text;
    use std::fmt::Write;
    let [
        name_label,
        email_label,
        role_label,
        two_factor_label,
        joined_label,
        last_active_label,
    ] = COLUMNS;
    let mut html = String::with_capacity(members.len() * 800);
    for member in members {
        let id = member.user_id;
        let _ = write!(
            html,
            r#"<tr><td data-label="{name_label}"><a href="/settings/users/{id}">{name}</a></td><td data-label="{email_label}"><a href="/settings/users/{id}">{email}</a></td><td data-label="{role_label}">{role}</td><td data-label="{two_factor_label}">{two_factor}</td><td data-label="{joined_label}">{joined}</td><td data-label="{last_active_label}">{last_active}</td><td class="row-actions">"#,
            name = text(&member.name),
            email = text(&member.email),
            role = member.role.label(),
            two_factor = if member.two_factor { "On" } else { "Off" },
            joined = text(&member.joined),
            last_active = text(&member.last_active),
        );
        write_trash_button(
            &mut html,
            &format!("Remove {}", member.name),
            id,
            &member.name,
            &invitations_to_cancel(member.pending_invitations),
        );
        html.push_str("</td></tr>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::{member_rows_html, thousands};
    use crate::policy::Role;
    use crate::users::model::MemberSummary;

    #[test]
    fn rows_escape_what_people_typed() {
        let member = MemberSummary {
            user_id: 7,
            name: r#"<b>Ada</b> "&" Lovelace"#.into(),
            email: "ada<script>@example.test".into(),
            role: Role::Admin,
            joined: "1 Dec 2026, 14:05 UTC".into(),
            last_active: "Never".into(),
            pending_invitations: 2,
            two_factor: true,
        };
        let html = member_rows_html(&[member]);
        assert!(
            !html.contains("<b>") && !html.contains("<script>"),
            "{html}"
        );
        assert!(
            html.contains("&lt;b&gt;Ada&lt;/b&gt; \"&amp;\" Lovelace"),
            "{html}"
        );
        assert!(
            html.contains(
                r#"aria-label="Remove &lt;b&gt;Ada&lt;/b&gt; &quot;&amp;&quot; Lovelace""#
            ),
            "{html}"
        );
        assert!(html.contains(r#"data-row-id="7""#), "{html}");
        assert!(html.contains(r#"href="/settings/users/7""#), "{html}");
        assert_eq!(html.matches("<tr>").count(), 1);
    }

    #[test]
    fn counts_read_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
