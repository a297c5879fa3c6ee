use crate::auth::api::Logout;
use crate::auth::model::Viewer;
use crate::components::island_ready;
use crate::navigation::Page;
use crate::policy::Permission;
use crate::workspace::api::SwitchWorkspace;
use crate::workspace::model::WorkspaceChoice;
use leptos::prelude::*;

/// The frame of every signed-in page: a sidebar with navigation, the Settings gear at its
/// bottom and the account menu; on phones the sidebar folds behind a "Menu" button.
/// `current` is the page shown, marked in the navigation.
#[component]
pub fn AppShell(viewer: Viewer, current: Page, children: Children) -> impl IntoView {
    // The address as the server received it, so a workspace switch can stay on this page.
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let texts = ShellTexts::new(viewer.locale);
    view! {
        <div class="shell">
            <ShellNavigation viewer current path texts/>
            <div class="content">
                {children()}
            </div>
        </div>
    }
}

crate::island_texts! {
    /// What the frame's navigation says.
    pub struct ShellTexts {
        menu: "shell-menu",
        main_navigation: "shell-main-navigation",
        home: "page-home",
        settings: "page-settings",
        account_menu: "shell-account-menu",
        sessions: "page-sessions",
        change_password: "page-change-password",
        two_factor: "page-two-factor",
        notifications: "page-notifications",
        language: "page-language",
        api_tokens: "page-api-tokens",
        log_out: "shell-log-out",
        switcher_label: "switcher-label",
        switcher_hint: "switcher-hint",
        switcher_placeholder: "switcher-placeholder",
        switcher_submit: "switcher-submit",
    }
}

/// The top bar and the sidebar: the only parts of the frame that react to the person.
#[island]
fn ShellNavigation(
    viewer: Viewer,
    current: Page,
    path: String,
    texts: ShellTexts,
) -> impl IntoView {
    island_ready();
    let nav_open = RwSignal::new(false);
    let menu_open = RwSignal::new(false);
    let logout = ServerAction::<Logout>::new();
    let initials = viewer.initials();
    let workspace = viewer.workspace_name.clone().unwrap_or_default();
    let show_settings = viewer.can(Permission::ViewWorkspaceSettings);
    let show_notifications = viewer.can(Permission::ManageInvitations);
    let switcher = (viewer.workspaces.len() > 1).then(|| {
        view! { <WorkspaceSwitcher workspaces=viewer.workspaces.clone() current=viewer.workspace_id from=path texts=texts.clone()/> }
    });
    let home_current = (current == Page::Home).then_some("page");
    // The gear stands for the whole settings area: the overview is the page itself, its
    // sections are inside it.
    let settings_current = if current == Page::Settings {
        Some("page")
    } else {
        current.settings_section().map(|_| "true")
    };
    view! {
        <header class="topbar">
            <button
                type="button"
                class="button menu-button"
                aria-expanded=move || nav_open.get().to_string()
                aria-controls="sidebar"
                on:click=move |_| nav_open.update(|open| *open = !*open)
            >
                {texts.menu.clone()}
            </button>
            <span class="topbar-title">{workspace.clone()}</span>
        </header>
        <nav id="sidebar" class="sidebar" class:sidebar-open=move || nav_open.get() aria-label=texts.main_navigation.clone()>
            <p class="sidebar-workspace">{workspace}</p>
            {switcher}
            <ul class="sidebar-links">
                <li><a href="/" aria-current=home_current>{texts.home.clone()}</a></li>
            </ul>
            <div class="sidebar-bottom">
                {show_settings.then(|| view! {
                <a href="/settings" class="icon-link" aria-current=settings_current>
                    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                        <path fill="currentColor" d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.4 7.4 0 0 0 1.7 1L11 21h4l.4-2.9a7.4 7.4 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5A3.5 3.5 0 1 1 13 8.5a3.5 3.5 0 0 1 0 7z"/>
                    </svg>
                    <span>{texts.settings.clone()}</span>
                </a>
                })}
                <div class="account">
                    <button
                        type="button"
                        class="avatar"
                        aria-label=texts.account_menu.clone()
                        aria-haspopup="menu"
                        aria-expanded=move || menu_open.get().to_string()
                        aria-controls="account-menu"
                        on:click=move |_| menu_open.update(|open| *open = !*open)
                        on:keydown=move |event| {
                            if event.key() == "Escape" {
                                menu_open.set(false);
                            }
                        }
                    >
                        // Drawn by CSS from the attribute: the initials are a picture of the
                        // person, and the button's name stays "Account menu" (WCAG 2.5.3
                        // wants visible text inside the accessible name).
                        <span class="avatar-initials" aria-hidden="true" data-initials=initials></span>
                    </button>
                    <div id="account-menu" class="account-menu" role="menu" hidden=move || !menu_open.get()>
                        <p class="account-name">{viewer.name.clone()}<br/><small>{viewer.email.clone()}</small></p>
                        <a role="menuitem" href=Page::Sessions.href()>{texts.sessions.clone()}</a>
                        <a role="menuitem" href=Page::ChangePassword.href()>{texts.change_password.clone()}</a>
                        <a role="menuitem" href=Page::TwoFactor.href()>{texts.two_factor.clone()}</a>
                        {show_notifications.then(|| view! {
                            <a role="menuitem" href=Page::Notifications.href()>{texts.notifications.clone()}</a>
                        })}
                        <a role="menuitem" href=Page::Language.href()>{texts.language.clone()}</a>
                        <a role="menuitem" href=Page::ApiTokens.href()>{texts.api_tokens.clone()}</a>
                        <ActionForm action=logout>
                            <button type="submit" role="menuitem" class="menu-item-button">{texts.log_out.clone()}</button>
                        </ActionForm>
                    </div>
                </div>
            </div>
        </nav>
    }
}

/// Moves this device to another workspace of the person as soon as one is picked, staying on
/// this page there when their role opens it; a full page load follows, so every part of the
/// page shows the new workspace. Without script the form's button does the same.
#[component]
fn WorkspaceSwitcher(
    workspaces: Vec<WorkspaceChoice>,
    current: Option<i64>,
    from: String,
    texts: ShellTexts,
) -> impl IntoView {
    let from_field = from.clone();
    let switch = ServerAction::<SwitchWorkspace>::new();
    // Effects run only in the browser: there the pick itself switches, and the button goes.
    let scripted = RwSignal::new(false);
    Effect::new(move |_| scripted.set(true));
    let choice = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| match switch.value().get() {
        Some(Ok(landing)) => {
            let _ = window().location().set_href(&landing);
        }
        // Back to "Choose a workspace", so picking the same one again tries again.
        Some(Err(_)) => {
            if let Some(select) = choice.get_untracked() {
                select.set_value("");
            }
        }
        None => {}
    });
    let failure = move || {
        switch
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| e.to_string())
    };
    let go = move |value: String| {
        if let Ok(workspace_id) = value.parse::<i64>() {
            switch.dispatch(SwitchWorkspace {
                workspace_id,
                from: Some(from.clone()),
            });
        }
    };
    // Arrow keys change a closed list's value at once: from the keyboard a pick switches only
    // on Enter (WCAG 3.2.2), from a pointer as soon as it is made.
    let by_keys = StoredValue::new(false);
    let on_change = {
        let go = go.clone();
        move |event| {
            if !by_keys.get_value() {
                go(event_target_value(&event));
            }
        }
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| match event.key().as_str() {
        "Enter" => {
            event.prevent_default();
            go(event_target_value(&event));
        }
        "Tab" | "Shift" => {}
        _ => by_keys.set_value(true),
    };
    view! {
        <ActionForm action=switch attr:class="workspace-switcher">
            <input type="hidden" name="from" value=from_field/>
            <label for="workspace-switcher">{texts.switcher_label}</label>
            <p id="workspace-switcher-hint" class="visually-hidden">{texts.switcher_hint}</p>
            // The current workspace is named above; the list holds the others, whole names.
            <select
                id="workspace-switcher"
                name="workspace_id"
                node_ref=choice
                aria-describedby="workspace-switcher-hint workspace-switcher-error"
                on:change=on_change
                on:keydown=on_keydown
                on:pointerdown=move |_| by_keys.set_value(false)
                disabled=move || switch.pending().get()
            >
                <option value="" selected=true disabled=true>{texts.switcher_placeholder}</option>
                {workspaces
                    .into_iter()
                    .filter(|choice| Some(choice.id) != current)
                    .map(|choice| view! { <option value=choice.id>{choice.name}</option> })
                    .collect_view()}
            </select>
            <p id="workspace-switcher-error" class="field-error" role="alert">{failure}</p>
            <button type="submit" class="button button-small" hidden=move || scripted.get()>{texts.switcher_submit}</button>
        </ActionForm>
    }
}
