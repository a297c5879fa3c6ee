#![recursion_limit = "256"]
//! Roster: who may enter a messaging workspace and what each person may do there.
//!
//! Each feature folder holds its shared model and pages, and behind the `ssr` feature its
//! server side: server functions, services (the rules) and repositories (the SQL).

pub mod activity;
pub mod app;
pub mod auth;
pub mod components;
pub mod error;
pub mod i18n;
pub mod invitations;
pub mod moment;
pub mod navigation;
pub mod policy;
pub mod rest;
pub mod users;
pub mod workspace;

#[cfg(feature = "ssr")]
pub mod cli;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod email;
#[cfg(feature = "ssr")]
pub mod gate;
#[cfg(feature = "ssr")]
pub mod server;

/// The browser's entry point. Pages are rendered on the server; only their islands (the
/// `#[island]` components: forms, dialogs, menus) come alive here.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Leptos' loader hydrates the islands right after this returns.
    components::expect_islands();
}
