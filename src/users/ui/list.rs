use crate::auth::model::Viewer;
use crate::components::{
    ConfirmRowDialog, RowToConfirm, SignedInPage, StatusMessage, failure_view, island_ready,
    write_trash_button, write_when_html,
};
use crate::error::AppError;
use crate::i18n::{fill, group_digits, use_locale};
use crate::navigation::Page;
use crate::policy::Role;
use crate::t;
use crate::users::api::{RemoveMember, list_members};
use crate::users::model::{MEMBERS_PER_PAGE, MemberPage, MemberSummary};
use crate::users::ui::{PeopleSection, PeopleTab};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::location::Url;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// `/settings/users`: the workspace's members. Admins only; everyone else gets the 403 page.
#[component]
pub fn UsersPage() -> impl IntoView {
    view! { <SignedInPage at=Page::Users page=|viewer: Viewer| view! { <UsersSection viewer/> }/> }
}

#[component]
fn UsersSection(viewer: Viewer) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let listing = query.with_untracked(|q| {
        let number = |name: &str| q.get(name).and_then(|v| v.parse::<i64>().ok());
        Listing {
            search: q.get("q").unwrap_or_default(),
            after: number("after"),
            before: number("before"),
            from: number("from").filter(|from| *from >= 1),
        }
    });
    view! {
        <PeopleSection viewer current=PeopleTab::Users>
            <div class="card-header">
                <h2>{t!(locale, "users-members-heading")}</h2>
                <a class="button button-accent" href="/settings/invitations?invite=1">{t!(locale, "users-invite-user")}</a>
            </div>
            <MemberDirectory listing texts=MemberDirectoryTexts::new(locale)/>
        </PeopleSection>
    }
}

/// Which members the list shows: a search and a page of it, as in the address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Listing {
    search: String,
    after: Option<i64>,
    before: Option<i64>,
    /// The position of the page's first member among all matches, carried by the page links
    /// because a cursor alone does not say it; `None` for an address typed without it.
    from: Option<i64>,
}

impl Listing {
    fn position(&self) -> Option<i64> {
        match (self.after, self.before) {
            (None, None) => Some(1),
            _ => self.from,
        }
    }
}

crate::island_texts! {
    /// What the Users tab's search, list and removal say. The list is written again in the
    /// browser after each search, so every text of it is here, numbers and names left open.
    pub struct MemberDirectoryTexts {
        group_separator: "number-group-separator",
        removed: "users-removed",
        loading: "users-loading",
        search_label: "users-search-label",
        search_placeholder: "users-search-placeholder",
        searching: "users-searching",
        count_none_match: "users-count-none-match",
        count_one_match: "users-count-one-match",
        count_one: "users-count-one",
        count_all_match: "users-count-all-match",
        count_all: "users-count-all",
        count_past_the_end: "users-count-past-the-end",
        count_range: "users-count-range",
        count_range_matching: "users-count-range-matching",
        count_part: "users-count-part",
        count_part_matching: "users-count-part-matching",
        clear_search: "users-clear-search",
        invite_address: "users-invite-address",
        first_page: "users-first-page",
        pages: "users-pages",
        previous_page: "users-previous-page",
        next_page: "users-next-page",
        name: "users-name",
        email: "users-email",
        role: "users-role",
        two_factor: "users-two-factor",
        joined: "users-joined",
        last_active: "users-last-active",
        actions: "users-actions",
        you: "users-you",
        two_factor_on: "users-two-factor-on",
        two_factor_off: "users-two-factor-off",
        never: "moment-never",
        admin: "role-admin",
        editor: "role-editor",
        agent: "role-agent",
        remove_name: "users-remove-name",
        remove_title: "users-remove-title",
        removal_consequences: "users-removal-consequences",
        cancels_one_invitation: "users-cancels-one-invitation",
        cancels_invitations: "users-cancels-invitations",
        remove: "users-remove",
        keep: "users-keep",
    }
}

impl MemberDirectoryTexts {
    /// `role`'s name: the browser cannot ask the catalogue for it.
    fn role_name(&self, role: Role) -> &str {
        match role {
            Role::Admin => &self.admin,
            Role::Editor => &self.editor,
            Role::Agent => &self.agent,
        }
    }

    /// What removing an admin does to the `count` invitations they sent, in a sentence after
    /// the removal's consequences; empty when there are none.
    fn invitations_to_cancel(&self, count: i64) -> String {
        match count {
            0 => String::new(),
            1 => self.cancels_one_invitation.clone(),
            count => fill(
                &self.cancels_invitations,
                &[("count", count.to_string().as_str())],
            ),
        }
    }
}

/// The search, the list and removal: the interactive part of the Users tab.
#[island]
fn MemberDirectory(listing: Listing, texts: MemberDirectoryTexts) -> impl IntoView {
    island_ready();
    let listing = RwSignal::new(listing);
    let remove = ServerAction::<RemoveMember>::new();
    // Each answer keeps the search it answers, so the count reads right while the next
    // search is on its way.
    let page = Resource::new(
        move || (listing.get(), remove.version().get()),
        |(listing, _)| async move {
            let page = list_members(listing.search.clone(), listing.after, listing.before).await?;
            Ok::<_, AppError>((listing, page))
        },
    );
    let removed = texts.removed.clone();
    let message = Signal::derive(move || match remove.value().get() {
        Some(Ok(())) => Some(removed.clone()),
        Some(Err(error)) => Some(error.message()),
        None => None,
    });
    let is_error = Signal::derive(move || matches!(remove.value().get(), Some(Err(_))));
    // The list stays as it is until the answer arrives; meanwhile it says it is working.
    let loading = RwSignal::new(false);
    let loading_text = texts.loading.clone();
    let search_texts = texts.clone();
    view! {
        <StatusMessage message is_error/>
        <SearchUsers listing loading texts=search_texts/>
        <div class="member-results" aria-busy=move || loading.get().to_string()>
            <Transition fallback=move || view! { <p class="loading">{loading_text.clone()}</p> } set_pending=loading>
                {move || {
                    let texts = texts.clone();
                    Suspend::new(async move {
                        match page.await {
                            Ok((listing, page)) => view! { <MemberResults page listing remove texts/> }.into_any(),
                            Err(error) => failure_view(error),
                        }
                    })
                }}
            </Transition>
        </div>
    }
}

/// How long typing must pause before the list follows, so each keystroke does not cost a
/// request.
const SEARCH_DEBOUNCE: Duration = Duration::from_millis(250);

/// The "Search users" field. The search lives in the address (`?q=`), so it survives a reload,
/// can be shared and works before the page's script has loaded (the form submits by GET).
#[component]
fn SearchUsers(
    listing: RwSignal<Listing>,
    loading: RwSignal<bool>,
    texts: MemberDirectoryTexts,
) -> impl IntoView {
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
            <label for="search-users">{texts.search_label}</label>
            <input
                id="search-users"
                name="q"
                type="search"
                autocomplete="off"
                placeholder=texts.search_placeholder
                prop:value=move || text.get()
                on:input=on_input
            />
            <span class="search-busy" aria-hidden="true" class:search-busy-on=move || loading.get()>{texts.searching}</span>
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
    listing: Listing,
    remove: ServerAction<RemoveMember>,
    texts: MemberDirectoryTexts,
) -> impl IntoView {
    let search = listing.search.trim().to_owned();
    let count = count_line(&page, !search.is_empty(), listing.position(), &texts);
    let nothing_found = page.total == 0 && !search.is_empty();
    let past_the_end = page.members.is_empty() && page.total > 0;
    let escaped_search = Url::escape(&search).to_string();
    let link = move |cursor: &str, id: i64, from: Option<i64>| {
        let mut href = String::from("/settings/users?");
        if !escaped_search.is_empty() {
            href.push_str(&format!("q={escaped_search}&"));
        }
        href.push_str(&format!("{cursor}={id}"));
        if let Some(from) = from {
            href.push_str(&format!("&from={from}"));
        }
        href
    };
    let shown = page.members.len() as i64;
    let position = listing.position();
    let previous = page.before.map(|id| {
        let from = position.map(|from| (from - MEMBERS_PER_PAGE as i64).max(1));
        link("before", id, from)
    });
    let next = page
        .after
        .map(|id| link("after", id, position.map(|from| from + shown)));
    view! {
        // Not a second role="status": the page has one for what an action did. Tachys patches
        // this paragraph in place on each search, so screen readers hear the new count.
        <p class="result-count" aria-live="polite">{count}</p>
        // Links, so they work before the page's script has loaded; clearing clears the address.
        {nothing_found.then(|| {
            let invite = search.contains('@').then(|| {
                let href = format!("/settings/invitations?invite={}", Url::escape(&search));
                view! { <a href=href>{fill(&texts.invite_address, &[("email", search.as_str())])}</a> }
            });
            view! { <p class="empty-actions"><a href="/settings/users">{texts.clear_search.clone()}</a>{invite}</p> }
        })}
        {past_the_end.then(|| view! { <p><a href="/settings/users">{texts.first_page.clone()}</a></p> })}
        {(!page.members.is_empty()).then(|| view! { <MemberTable members=page.members remove texts=texts.clone()/> })}
        {(previous.is_some() || next.is_some()).then(|| view! {
            <nav class="pager" aria-label=texts.pages.clone()>
                {previous.map(|href| view! { <a href=href>{texts.previous_page.clone()}</a> })}
                {next.map(|href| view! { <a href=href>{texts.next_page.clone()}</a> })}
            </nav>
        })}
    }
}

/// "1–50 of 1,003 users": where this page sits among all matches, or only how many there are
/// when one page holds them all. `from` is the page's first position, when known. Written in
/// the browser too, so from templates without plural forms: exactly one has its own text.
fn count_line(
    page: &MemberPage,
    searching: bool,
    from: Option<i64>,
    texts: &MemberDirectoryTexts,
) -> String {
    let shown = page.members.len() as i64;
    let total = page.total;
    match (total, searching) {
        (0, true) => return texts.count_none_match.clone(),
        (1, true) => return texts.count_one_match.clone(),
        (1, false) => return texts.count_one.clone(),
        _ => {}
    }
    let thousands = |n: i64| group_digits(n, &texts.group_separator);
    let all = thousands(total);
    if shown == 0 {
        // Past the last page, as after removing the only person on it.
        return fill(&texts.count_past_the_end, &[("total", all.as_str())]);
    }
    if shown >= total {
        let template = match searching {
            true => &texts.count_all_match,
            false => &texts.count_all,
        };
        return fill(template, &[("total", all.as_str())]);
    }
    // A position typed into the address that does not fit the answer is left out.
    match from.filter(|from| from + shown - 1 <= total) {
        Some(from) => {
            let template = match searching {
                true => &texts.count_range_matching,
                false => &texts.count_range,
            };
            let first = thousands(from);
            let last = thousands(from + shown - 1);
            fill(
                template,
                &[
                    ("first", first.as_str()),
                    ("last", last.as_str()),
                    ("total", all.as_str()),
                ],
            )
        }
        None => {
            let template = match searching {
                true => &texts.count_part_matching,
                false => &texts.count_part,
            };
            let shown = thousands(shown);
            fill(
                template,
                &[("shown", shown.as_str()), ("total", all.as_str())],
            )
        }
    }
}

#[component]
fn MemberTable(
    members: Vec<MemberSummary>,
    remove: ServerAction<RemoveMember>,
    texts: MemberDirectoryTexts,
) -> impl IntoView {
    let pending = RowToConfirm::new();
    let rows = member_rows_html(&members, &texts);
    view! {
        <table class="data-table members-table">
            // Fixed widths, so the columns stay put from one search to the next.
            <colgroup>
                {columns(&texts).map(|column| view! { <col class=column.class/> })}
                <col class="col-actions"/>
            </colgroup>
            <thead>
                <tr>
                    {columns(&texts).map(|column| view! { <th scope="col" class=column.class>{column.label}</th> })}
                    <th scope="col" class="col-actions"><span class="visually-hidden">{texts.actions.clone()}</span></th>
                </tr>
            </thead>
            // One string for the rows and one listener for their buttons: as components,
            // the rows took a fifth of the page's time on the server (scripts/bench-notes.md).
            <tbody inner_html=rows on:click=move |event| pending.ask_for_clicked(&event)></tbody>
        </table>
        <ConfirmRowDialog
            id="remove-user"
            pending
            title=texts.remove_title.clone()
            message=texts.removal_consequences.clone()
            confirm_label=texts.remove.clone()
            cancel_label=texts.keep.clone()
            on_confirm=move |user_id| {
                remove.dispatch(RemoveMember { user_id });
            }
        />
    }
}

/// A column of the members table: its heading (also each cell's label where the rows stack)
/// and the class that sizes it and decides where it shows.
struct Column {
    label: String,
    class: &'static str,
}

fn columns(texts: &MemberDirectoryTexts) -> [Column; 6] {
    let column = |label: &String, class| Column {
        label: label.clone(),
        class,
    };
    [
        column(&texts.name, "col-name"),
        column(&texts.email, "col-email"),
        column(&texts.role, "col-role"),
        column(&texts.two_factor, "col-two-factor"),
        column(&texts.joined, "col-joined"),
        column(&texts.last_active, "col-last-active"),
    ]
}

/// The members table's rows as HTML, every value escaped, the catalogue's texts too. The
/// admin's own row says "(you)", and has no trash button when they are the workspace's last
/// admin.
fn member_rows_html(members: &[MemberSummary], texts: &MemberDirectoryTexts) -> String {
    use html_escape::{encode_double_quoted_attribute as attribute, encode_text as text};
    use std::fmt::Write;
    let [name, email, role, two_factor, joined, last_active] = columns(texts);
    // Escaped once for all the rows.
    let name_label = attribute(&name.label);
    let email_label = attribute(&email.label);
    let role_label = attribute(&role.label);
    let two_factor_label = attribute(&two_factor.label);
    let joined_label = attribute(&joined.label);
    let last_active_label = attribute(&last_active.label);
    let you = format!(" {}", text(&texts.you));
    let two_factor_on = text(&texts.two_factor_on);
    let two_factor_off = text(&texts.two_factor_off);
    let never = text(&texts.never);
    let mut html = String::with_capacity(members.len() * 900);
    for member in members {
        let id = member.user_id;
        let _ = write!(
            html,
            r#"<tr><td class="{name_class}" data-label="{name_label}"><a href="/settings/users/{id}">{name_value}</a>{you}</td><td class="{email_class}" data-label="{email_label}"><a href="/settings/users/{id}">{email_value}</a></td><td class="{role_class}" data-label="{role_label}">{role_value}</td><td class="{two_factor_class}" data-label="{two_factor_label}">{two_factor_value}</td><td class="{joined_class}" data-label="{joined_label}">"#,
            name_class = name.class,
            name_value = text(&member.name),
            you = if member.is_you { you.as_str() } else { "" },
            email_class = email.class,
            email_value = text(&member.email),
            role_class = role.class,
            role_value = text(texts.role_name(member.role)),
            two_factor_class = two_factor.class,
            two_factor_value = if member.two_factor {
                &two_factor_on
            } else {
                &two_factor_off
            },
            joined_class = joined.class,
        );
        write_when_html(&mut html, &member.joined);
        let _ = write!(
            html,
            r#"</td><td class="{}" data-label="{}">"#,
            last_active.class, last_active_label
        );
        match &member.last_active {
            Some(moment) => write_when_html(&mut html, moment),
            None => html.push_str(&never),
        }
        html.push_str(r#"</td><td class="row-actions col-actions">"#);
        if member.removable {
            write_trash_button(
                &mut html,
                &fill(&texts.remove_name, &[("name", member.name.as_str())]),
                id,
                &member.name,
                &texts.invitations_to_cancel(member.pending_invitations),
            );
        }
        html.push_str("</td></tr>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::{MemberDirectoryTexts, count_line, member_rows_html};
    use crate::i18n::Locale;
    use crate::moment::Moment;
    use crate::policy::Role;
    use crate::users::model::{MemberPage, MemberSummary};

    fn texts() -> MemberDirectoryTexts {
        MemberDirectoryTexts::new(Locale::English)
    }

    fn moment() -> Moment {
        Moment {
            relative: "5 minutes ago".into(),
            exact: "1 Dec 2026, 14:05 UTC".into(),
            machine: "2026-12-01T14:05:00Z".into(),
        }
    }

    #[test]
    fn rows_escape_what_people_typed() {
        let member = MemberSummary {
            user_id: 7,
            name: r#"<b>Ada</b> "&" Lovelace"#.into(),
            email: "ada<script>@example.test".into(),
            role: Role::Admin,
            joined: moment(),
            last_active: None,
            pending_invitations: 2,
            two_factor: true,
            is_you: false,
            removable: true,
        };
        let html = member_rows_html(&[member], &texts());
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
        assert!(
            html.contains(r#"<time datetime="2026-12-01T14:05:00Z" title="1 Dec 2026, 14:05 UTC">5 minutes ago<span class="visually-hidden">, 1 Dec 2026, 14:05 UTC</span></time>"#),
            "{html}"
        );
        assert!(html.contains(">Never</td>"), "{html}");
        assert!(html.contains(r#"data-label="Role">Admin</td>"#), "{html}");
        assert!(
            html.contains(r#"data-label="Two-factor">On</td>"#),
            "{html}"
        );
        assert!(
            html.contains(
                r#"data-row-consequence="Their 2 pending invitations will be cancelled.""#
            ),
            "{html}"
        );
    }

    #[test]
    fn your_own_row_says_so_and_the_last_admin_has_no_trash_button() {
        let you = MemberSummary {
            user_id: 1,
            name: "Ada".into(),
            email: "ada@example.test".into(),
            role: Role::Admin,
            joined: moment(),
            last_active: None,
            pending_invitations: 0,
            two_factor: false,
            is_you: true,
            removable: false,
        };
        let html = member_rows_html(std::slice::from_ref(&you), &texts());
        assert!(html.contains("Ada</a> (you)"), "{html}");
        assert!(!html.contains("Remove Ada"), "{html}");
        let html = member_rows_html(
            &[MemberSummary {
                removable: true,
                ..you
            }],
            &texts(),
        );
        assert!(html.contains(r#"aria-label="Remove Ada""#), "{html}");
    }

    #[test]
    fn the_count_says_where_the_page_sits() {
        let texts = texts();
        let page = |shown: usize, total: i64| MemberPage {
            members: (0..shown)
                .map(|i| MemberSummary {
                    user_id: i as i64,
                    name: format!("Person {i}"),
                    email: format!("p{i}@example.test"),
                    role: Role::Agent,
                    joined: moment(),
                    last_active: None,
                    pending_invitations: 0,
                    two_factor: false,
                    is_you: false,
                    removable: true,
                })
                .collect(),
            total,
            before: None,
            after: None,
        };
        assert_eq!(
            count_line(&page(50, 1003), false, Some(1), &texts),
            "1–50 of 1,003 users"
        );
        assert_eq!(
            count_line(&page(3, 1003), false, Some(1001), &texts),
            "1,001–1,003 of 1,003 users"
        );
        assert_eq!(
            count_line(&page(50, 120), true, Some(51), &texts),
            "51–100 of 120 matching users"
        );
        assert_eq!(
            count_line(&page(50, 1003), false, None, &texts),
            "50 of 1,003 users"
        );
        assert_eq!(count_line(&page(3, 3), false, Some(1), &texts), "3 users");
        assert_eq!(
            count_line(&page(0, 0), true, Some(1), &texts),
            "No users match your search"
        );
        assert_eq!(
            count_line(&page(1, 1), true, Some(1), &texts),
            "1 user matches"
        );
        assert_eq!(
            count_line(&page(50, 120), false, Some(999_999), &texts),
            "50 of 120 users"
        );
        assert_eq!(
            count_line(&page(0, 50), false, Some(51), &texts),
            "No users on this page, 50 in all"
        );
        // Each language groups thousands its own way.
        let french = MemberDirectoryTexts::new(Locale::French);
        assert_eq!(
            count_line(&page(50, 100_000), false, Some(1), &french),
            crate::i18n::fill(
                &french.count_range,
                &[("first", "1"), ("last", "50"), ("total", "100\u{202f}000")]
            )
        );
    }
}
