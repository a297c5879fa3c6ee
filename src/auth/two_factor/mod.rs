//! The second factor of a sign-in: codes from an authenticator app ([`authenticator`]) and
//! the one-time recovery codes that stand in for a lost phone ([`recovery`]).

pub mod authenticator;
pub mod recovery;
