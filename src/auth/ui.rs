use crate::components::StatusMessage;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/login`. After the first-run setup it greets the new admin.
#[component]
pub fn LoginPage() -> impl IntoView {
    let query = use_query_map();
    let welcome = Signal::derive(move || {
        query.with(|q| q.get("welcome").is_some()).then(|| {
            "Your workspace is ready. Log in with the email and password you just chose.".to_owned()
        })
    });
    view! {
        <section class="card auth-card" aria-labelledby="login-heading">
            <h1 id="login-heading">"Log in"</h1>
            <StatusMessage message=welcome/>
        </section>
    }
}
