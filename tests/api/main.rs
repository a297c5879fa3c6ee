//! Black-box tests over HTTP against the real router, each on a fresh SQLite file and on a
//! fresh PostgreSQL database.

mod helpers;

mod activity;
mod authorization;
mod cli;
mod disconnects;
mod first_run;
mod hardening;
mod health;
mod instances;
mod invitations;
mod outbox;
mod passwords;
mod proxy;
mod rate_limits;
mod search;
mod sessions;
mod users;
mod workspaces;
