//! Black-box tests over HTTP against the real router, each on a fresh SQLite file and on a
//! fresh PostgreSQL database.

// A helper that cannot set up its test panics with the cause, which fails that test: here,
// unlike in a request, that is the answer wanted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod endpoints;
mod helpers;

mod activity;
mod api_tokens;
mod authorization;
mod cli;
mod disconnects;
mod first_run;
mod gate;
mod hardening;
mod health;
mod instances;
mod invitations;
mod languages;
mod outbox;
mod passkeys;
mod passwords;
mod proxy;
mod rate_limits;
mod rest;
mod search;
mod sessions;
mod sign_in_return;
mod two_factor;
mod users;
mod workspaces;
