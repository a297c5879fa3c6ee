//! Widgets shared by every feature's pages.

mod access_denied;
mod copy;
mod dialog;
mod field;
mod form;
mod hydration;
mod icons;
mod moment;
mod shell;
mod signed_in;
mod status;

pub use access_denied::{AccessDenied, failure_view};
pub use copy::{CopyButton, CopyOutcome, CopyTexts};
pub use dialog::{
    ConfirmDialog, ConfirmRowDialog, Modal, RowToConfirm, TrashButton, write_trash_button,
};
pub use field::{Field, NewPasswordField};
pub use form::{failure_summary, field_error};
#[cfg(feature = "hydrate")]
pub use hydration::expect_islands;
pub use hydration::island_ready;
pub use icons::TRASH_ICON;
pub use moment::{When, write_when_html};
pub use shell::AppShell;
pub use signed_in::{SignedInPage, page_title};
pub use status::StatusMessage;
