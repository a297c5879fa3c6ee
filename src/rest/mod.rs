//! The REST API under `/api/v1`: JSON in and out, one bearer API token per call, errors as
//! `application/problem+json` (RFC 9457). Each handler checks the token and its owner's
//! current role, then calls the service the pages' server functions call, so that a rule
//! lives in one place. Cookies never authenticate here, so there is nothing to forge from
//! another site. `/api/docs` is its reference, read from the same OpenAPI document.

pub mod reference;

#[cfg(feature = "ssr")]
mod activity;
#[cfg(feature = "ssr")]
mod caller;
#[cfg(feature = "ssr")]
mod extract;
#[cfg(feature = "ssr")]
mod invitations;
#[cfg(feature = "ssr")]
mod members;
#[cfg(feature = "ssr")]
mod problem;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
pub mod schema;
#[cfg(feature = "ssr")]
mod workspace;

#[cfg(feature = "ssr")]
pub use problem::{KINDS as PROBLEM_KINDS, Problem};
#[cfg(feature = "ssr")]
pub use routes::{BASE_PATH, openapi, router};
