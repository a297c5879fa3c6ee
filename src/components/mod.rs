//! Widgets shared by every feature's pages.

mod field;
mod status;

pub use field::Field;
pub use status::StatusMessage;
