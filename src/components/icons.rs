/// A bin, for buttons that remove or cancel; the button carries the accessible name. Markup,
/// so that a table writing its rows as one string draws the same bin as a `TrashButton`.
pub const TRASH_ICON: &str = r#"<svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path fill="currentColor" d="M9 3h6l1 2h4v2H4V5h4zm-3 6h12l-1 12H7zm4 2v8h2v-8zm4 0v8h2v-8z"/></svg>"#;
