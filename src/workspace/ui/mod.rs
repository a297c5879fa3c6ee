//! The pages of a workspace: its Home, its setup and its settings.

mod home;
mod settings;
mod setup;

pub use home::Home;
pub use settings::{SettingsNav, SettingsPage, WorkspaceSettingsPage};
pub use setup::SetupPage;
