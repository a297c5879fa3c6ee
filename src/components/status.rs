use leptos::prelude::*;

/// A visible message announced by screen readers. The live region is always in the page, so
/// assistive technology notices when its text changes; failures differ by wording and an
/// icon, never by colour alone.
#[component]
pub fn StatusMessage(
    #[prop(into)] message: Signal<Option<String>>,
    #[prop(into, default = Signal::stored(false))] is_error: Signal<bool>,
) -> impl IntoView {
    view! {
        <div
            class="status"
            class:status-error=move || is_error.get()
            class:status-empty=move || message.with(Option::is_none)
            role="status"
            aria-live="polite"
        >
            {move || message.get().map(|text| {
                let icon = if is_error.get() { "⚠" } else { "✓" };
                view! { <span class="status-icon" aria-hidden="true">{icon}</span> <span>{text}</span> }
            })}
        </div>
    }
}
