//! The HTML shell, the root component and the route table.

use crate::activity::ui::ActivityPage;
use crate::auth::api::current_viewer;
use crate::auth::api_tokens::ui::ApiTokensPage;
use crate::auth::two_factor::ui::{TwoFactorPage, TwoFactorSignInPage};
use crate::auth::ui::{
    ChangePasswordPage, ForgotPasswordPage, LoginPage, ResetPasswordPage, SessionsPage,
};
use crate::i18n::ui::LanguagePage;
use crate::i18n::{DocumentLanguage, InLanguage, Locale, request_locale, use_locale};
use crate::invitations::ui::{AcceptInvitationPage, InvitationsPage, NotificationsPage};
use crate::rest::reference::ApiDocsPage;
use crate::t;
use crate::users::ui::{UserDetailPage, UsersPage};
use crate::workspace::api::first_run_open;
use crate::workspace::ui::{Home, SettingsPage, SetupPage, WorkspaceSettingsPage};
use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::{SsrMode, path};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_content_security_policy(&options);
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                // resizes-content: the on-screen keyboard shrinks the layout, so a dialog sized
                // to 100dvh stays fully reachable while someone types in it.
                <meta name="viewport" content="width=device-width, initial-scale=1, interactive-widget=resizes-content"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="stylesheet" id="leptos" href=stylesheet_href(&options)/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The stylesheet's address. With hashed file names the build lists them in its hash file,
/// which is read once here rather than on every page (as Leptos's `HashedStylesheet` does).
#[cfg(feature = "ssr")]
fn stylesheet_href(options: &LeptosOptions) -> &'static str {
    static HREF: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HREF.get_or_init(|| {
        // server::leptos_options found the hash file and made its path absolute.
        let hash = options
            .hash_files
            .then(|| std::fs::read_to_string(options.hash_file.as_ref()).ok())
            .flatten()
            .and_then(|hashes| {
                hashes.lines().find_map(|line| {
                    let (file, hash) = line.split_once(':')?;
                    (file.trim() == "css").then(|| hash.trim().to_owned())
                })
            });
        let name = match hash {
            Some(hash) => format!("{}.{hash}", options.output_name),
            None => options.output_name.to_string(),
        };
        format!("/{}/{name}.css", options.site_pkg_dir)
    })
}

/// The browser build never renders the shell.
#[cfg(not(feature = "ssr"))]
fn stylesheet_href(_options: &LeptosOptions) -> &'static str {
    ""
}

/// Scripts run only with this response's nonce (the hydration script carries it), so injected
/// markup cannot run script; WebAssembly needs `'wasm-unsafe-eval'` to compile.
#[cfg(feature = "ssr")]
fn set_content_security_policy(options: &LeptosOptions) {
    use axum::http::{HeaderValue, header::CONTENT_SECURITY_POLICY};
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    // In development the live-reload script talks to cargo-leptos over a websocket.
    let connect = if options.env == leptos::config::Env::DEV {
        "'self' ws:"
    } else {
        "'self'"
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src {connect}; object-src 'none'; \
         base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title text="Roster"/>
        // Every route renders in order (`SsrMode::Async`): the document's language is known
        // only once the session is read, and the `<html>` tag must wait for it.
        <DocumentLanguage/>
        <Router>
            <SkipLink/>
            <main id="main">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/setup") view=|| view! { <Title text=t!(use_locale(), "title-setup")/><SetupPage/> } ssr=SsrMode::Async/>
                    <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/login/two-factor") view=|| view! { <VisitorTitle page=|locale| t!(locale, "page-two-factor-sign-in")/><TwoFactorSignInPage/> } ssr=SsrMode::Async/>
                    <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/reset-password/:token") view=ResetPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/sessions") view=SessionsPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/password") view=ChangePasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/two-factor") view=TwoFactorPage ssr=SsrMode::Async/>
                    <Route path=path!("/settings") view=SettingsPage ssr=SsrMode::Async/>
                    <Route path=path!("/settings/workspace") view=WorkspaceSettingsPage ssr=SsrMode::Async/>
                    <Route path=path!("/settings/users") view=UsersPage ssr=SsrMode::Async/>
                    <Route path=path!("/settings/users/:id") view=UserDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/settings/invitations") view=InvitationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/settings/activity") view=ActivityPage ssr=SsrMode::Async/>
                    <Route path=path!("/invite/:token") view=|| view! { <VisitorTitle page=|locale| t!(locale, "page-join")/><AcceptInvitationPage/> } ssr=SsrMode::Async/>
                    <Route path=path!("/account/notifications") view=NotificationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/language") view=LanguagePage ssr=SsrMode::Async/>
                    <Route path=path!("/account/api-tokens") view=ApiTokensPage ssr=SsrMode::Async/>
                    <Route path=path!("/api/docs") view=ApiDocsPage ssr=SsrMode::Async/>
                </Routes>
            </main>
        </Router>
    }
}

/// `/`: a new installation goes to its setup, a signed-out visitor to sign in, and a
/// signed-in person sees their workspace.
#[component]
fn HomePage() -> impl IntoView {
    let just_joined =
        leptos_router::hooks::use_query_map().with_untracked(|query| query.get("joined").is_some());
    let open = Resource::new(|| (), |_| first_run_open());
    let signed_in = Resource::new(|| (), |_| current_viewer());
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!(use_locale(), "loading")}</p> }>
            {move || Suspend::new(async move {
                if open.await.unwrap_or(false) {
                    return view! { <Redirect path="/setup"/> }.into_any();
                }
                match signed_in.await {
                    Ok(Some(viewer)) if viewer.must_set_up_two_factor => {
                        view! { <Redirect path="/account/two-factor"/> }.into_any()
                    }
                    Ok(Some(viewer)) => {
                        let locale = viewer.locale;
                        view! { <InLanguage locale><Home viewer just_joined/></InLanguage> }.into_any()
                    }
                    _ => view! { <Redirect path="/login"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    // In the language the document says it is in: that of whoever is signed in, if anyone.
    view! {
        <VisitorTitle page=|locale| t!(locale, "page-not-found")/>
        <Suspense>
            {Suspend::new(async {
                let locale = request_locale().await;
                view! {
                    <section class="card" aria-labelledby="not-found-heading">
                        <h1 id="not-found-heading">{t!(locale, "page-not-found")}</h1>
                        <p>{t!(locale, "not-found-intro")} " " <a href="/">{t!(locale, "go-to-start")}</a></p>
                    </section>
                }
            })}
        </Suspense>
    }
}

/// The tab title of a page that signed-out visitors open, "<page> · Roster", in the
/// document's language.
#[component]
fn VisitorTitle(page: fn(Locale) -> String) -> impl IntoView {
    view! {
        <Suspense>
            {Suspend::new(async move {
                let locale = request_locale().await;
                view! { <Title text=t!(locale, "title-signed-out", page = page(locale))/> }
            })}
        </Suspense>
    }
}

/// The first stop of the keyboard, in the reader's language: it waits for the session like
/// the document's language does.
#[component]
fn SkipLink() -> impl IntoView {
    view! {
        <Suspense>
            {Suspend::new(async {
                let locale = request_locale().await;
                view! { <a class="skip-link" href="#main">{t!(locale, "skip-to-content")}</a> }
            })}
        </Suspense>
    }
}
