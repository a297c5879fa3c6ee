//! The pages of setting up and configuring a workspace.

mod settings;
mod setup;

pub use settings::{SettingsNav, SettingsPage, WorkspaceSettingsPage};
pub use setup::SetupPage;
