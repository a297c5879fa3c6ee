//! Widgets shared by every feature's pages.

mod field;
mod shell;
mod status;

pub use field::Field;
pub use shell::AppShell;
pub use status::StatusMessage;
