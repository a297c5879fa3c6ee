//! The pages of signing in, devices and passwords.

mod login;
mod password;
mod reset;
mod sessions;

pub use login::LoginPage;
pub use password::ChangePasswordPage;
pub use reset::{ForgotPasswordPage, ResetPasswordPage};
pub use sessions::SessionsPage;
