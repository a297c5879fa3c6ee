//! The Invitations tab, the accept page and the join-email setting.

mod accept;
mod notifications;
mod tab;

pub use accept::AcceptInvitationPage;
pub use notifications::NotificationsPage;
pub use tab::InvitationsPage;
