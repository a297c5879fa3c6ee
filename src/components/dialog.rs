use crate::components::TRASH_ICON;
use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal dialog on the browser's own `<dialog>`: it keeps focus inside, closes on Escape
/// and gives focus back to what opened it. `open` drives it both ways.
#[component]
pub fn Modal(
    /// Unique on the page; the heading's id derives from it.
    id: &'static str,
    open: RwSignal<bool>,
    /// The dialog's heading, which is also its accessible name.
    title: Signal<String>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    Effect::new(move |_| {
        let Some(element) = dialog.get() else {
            return;
        };
        match (open.get(), element.open()) {
            (true, false) => {
                let _ = element.show_modal();
            }
            (false, true) => element.close(),
            _ => {}
        }
    });
    view! {
        <dialog
            id=id
            node_ref=dialog
            class="modal"
            aria-labelledby=labelled_by
            on:close=move |_| open.set(false)
        >
            <h2 id=heading_id>{move || title.get()}</h2>
            {children()}
        </dialog>
    }
}

/// Asks before a destructive action: `confirm_label` runs `on_confirm`, the other button and
/// Escape leave everything as it was.
#[component]
pub fn ConfirmDialog(
    id: &'static str,
    open: RwSignal<bool>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] message: Signal<String>,
    #[prop(into)] confirm_label: String,
    #[prop(into)] cancel_label: String,
    on_confirm: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Modal id open title>
            <p>{move || message.get()}</p>
            <div class="dialog-actions">
                <button type="button" class="button" on:click=move |_| open.set(false)>{cancel_label}</button>
                <button
                    type="button"
                    class="button button-danger"
                    on:click=move |_| {
                        on_confirm();
                        open.set(false);
                    }
                >
                    {confirm_label}
                </button>
            </div>
        </Modal>
    }
}

/// The row a table's destructive action is about. Every row's trash button names its row
/// here and opens the table's one confirmation dialog.
#[derive(Clone, Copy)]
pub struct RowToConfirm {
    /// The row's id, its name, and what else the action does to it (may be empty).
    row: RwSignal<Option<(i64, String, String)>>,
    open: RwSignal<bool>,
}

impl RowToConfirm {
    pub fn new() -> Self {
        Self {
            row: RwSignal::new(None),
            open: RwSignal::new(false),
        }
    }

    fn ask(self, id: i64, name: String, consequence: String) {
        self.row.set(Some((id, name, consequence)));
        self.open.set(true);
    }

    /// For a table body holding [`write_trash_button`]s: a click on one of them asks about
    /// its row; any other click passes.
    pub fn ask_for_clicked(self, event: &leptos::ev::MouseEvent) {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(button) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("button[data-row-id]").ok().flatten())
            else {
                return;
            };
            let attribute = |name: &str| button.get_attribute(name).unwrap_or_default();
            if let Ok(id) = attribute("data-row-id").parse() {
                self.ask(
                    id,
                    attribute("data-row-name"),
                    attribute("data-row-consequence"),
                );
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    }
}

impl Default for RowToConfirm {
    fn default() -> Self {
        Self::new()
    }
}

/// A row's trash button: `label` (e.g. "Remove Ada") is its accessible name; a press asks
/// `pending`'s dialog about row `id`, called `name` in the dialog's title; `consequence`
/// adds what else the action does to this row, in a sentence after the dialog's message.
#[component]
pub fn TrashButton(
    #[prop(into)] label: String,
    pending: RowToConfirm,
    id: i64,
    name: String,
    #[prop(optional)] consequence: String,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button button-small button-icon"
            aria-label=label
            on:click=move |_| pending.ask(id, name.clone(), consequence.clone())
            inner_html=TRASH_ICON
        ></button>
    }
}

/// A [`TrashButton`] written as markup into `html`, for a table that writes its rows as one
/// string; the table's body hands its clicks to [`RowToConfirm::ask_for_clicked`].
pub fn write_trash_button(html: &mut String, label: &str, id: i64, name: &str, consequence: &str) {
    use html_escape::encode_double_quoted_attribute as attr;
    use std::fmt::Write;
    let _ = write!(
        html,
        r#"<button type="button" class="button button-small button-icon" aria-label="{}" data-row-id="{id}" data-row-name="{}" data-row-consequence="{}">{TRASH_ICON}</button>"#,
        attr(label),
        attr(name),
        attr(consequence),
    );
}

/// The confirmation for [`TrashButton`]s: `title` is the heading with the row's name left
/// open as `{$name}` (see [`crate::i18n::fill`]), and `on_confirm` receives the row's id.
#[component]
pub fn ConfirmRowDialog(
    id: &'static str,
    pending: RowToConfirm,
    #[prop(into)] title: String,
    #[prop(into)] message: String,
    #[prop(into)] confirm_label: String,
    #[prop(into)] cancel_label: String,
    on_confirm: impl Fn(i64) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <ConfirmDialog
            id
            open=pending.open
            title=Signal::derive(move || {
                pending
                    .row
                    .get()
                    .map(|(_, name, _)| crate::i18n::fill(&title, &[("name", &name)]))
                    .unwrap_or_default()
            })
            message=Signal::derive(move || match pending.row.get() {
                Some((_, _, consequence)) if !consequence.is_empty() => {
                    format!("{message} {consequence}")
                }
                _ => message.clone(),
            })
            confirm_label
            cancel_label
            on_confirm=move || {
                if let Some((row_id, _, _)) = pending.row.get_untracked() {
                    on_confirm(row_id);
                }
            }
        />
    }
}
