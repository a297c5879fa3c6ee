use leptos::prelude::*;

/// What a copy button says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyTexts {
    pub copy: String,
    pub copied: String,
    /// Browsers offer the clipboard only to secure pages (HTTPS or this computer).
    pub needs_https: String,
    pub refused: String,
}

/// A button that puts `text` on the clipboard and says in `outcome` how that went, which
/// the caller shows in a status line where it fits the page ([`CopyOutcome`]).
#[component]
pub fn CopyButton(
    text: String,
    texts: CopyTexts,
    outcome: RwSignal<Option<String>>,
) -> impl IntoView {
    #[cfg(not(feature = "hydrate"))]
    let _ = &text;
    let CopyTexts {
        copy,
        copied,
        needs_https,
        refused,
    } = texts;
    #[cfg(not(feature = "hydrate"))]
    let _ = (&copied, &needs_https, &refused, outcome);
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            if !window().is_secure_context() {
                outcome.set(Some(needs_https.clone()));
                return;
            }
            let promise = window().navigator().clipboard().write_text(&text);
            let (done, refused) = (copied.clone(), refused.clone());
            leptos::task::spawn_local(async move {
                outcome.set(Some(
                    match wasm_bindgen_futures::JsFuture::from(promise).await {
                        Ok(_) => done,
                        Err(_) => refused,
                    },
                ));
            });
        }
    };
    view! {
        <button type="button" class="button" on:click=on_click>{copy}</button>
    }
}

/// The status line of a [`CopyButton`], read out when it changes.
#[component]
pub fn CopyOutcome(outcome: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <p class="status" class:status-empty=move || outcome.with(Option::is_none) role="status" aria-live="polite">{move || outcome.get()}</p>
    }
}
