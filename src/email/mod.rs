//! Outgoing email: a lettre-backed [`Mailer`], a database outbox that every message goes
//! through, and the worker that delivers it with retries.

pub mod letter;
pub mod mailer;
pub mod outbox;
pub mod worker;

pub use letter::Letter;
pub use mailer::{Mailer, SendError};
pub use outbox::NewMail;
pub use worker::OutboxWorker;
