//! When a page is ready for clicks. Islands come alive one by one, and those loaded on demand
//! only once their code has arrived; a click on server-rendered HTML before its island is
//! alive is lost, so `<main>` gets `data-hydrated="true"` once every island on the page is.
//! The browser tests wait for it.

use leptos::prelude::*;

#[cfg(feature = "hydrate")]
thread_local! {
    static ISLANDS_LEFT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts the page's islands before any of them hydrates; with none, the page is ready now.
#[cfg(feature = "hydrate")]
pub fn expect_islands() {
    let count = document()
        .get_elements_by_tag_name("leptos-island")
        .length() as usize;
    ISLANDS_LEFT.set(count);
    if count == 0 {
        mark_hydrated();
    }
}

/// Called once in the body of every `#[island]`: its effect runs once the island is alive.
pub fn island_ready() {
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        {
            let left = ISLANDS_LEFT.get().saturating_sub(1);
            ISLANDS_LEFT.set(left);
            if left == 0 {
                mark_hydrated();
            }
        }
    });
}

#[cfg(feature = "hydrate")]
fn mark_hydrated() {
    if let Some(main) = document().get_element_by_id("main") {
        let _ = main.set_attribute("data-hydrated", "true");
    }
}
