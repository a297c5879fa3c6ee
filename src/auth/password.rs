//! Password hashing with Argon2id.
//!
//! Hashing is deliberately slow (about 19 MiB and tens of milliseconds each), so it runs on
//! the blocking pool, and a [`Hasher`] bounds how many run at once: a burst of sign-ins then
//! queues instead of starving every other request of CPU and memory. It leaves one core free
//! for everything else: with one slot per core, a burst of sign-ins held every core and other
//! requests' p99 rose several times over in the benchmark (see BENCHMARKS.md).
//!
//! The queue in front of those slots is bounded too. Without a bound, a few hundred callers
//! made every later sign-in wait seconds behind all of them (BENCHMARKS.md); with one, a
//! caller who finds it full is told at once that Roster is busy ([`PasswordError::Busy`],
//! answered 503 with `Retry-After`) and waits at most the queue's length of hashes otherwise.
//! One client may hold only [`PLACES_PER_CLIENT`] places at once, so a few strangers firing
//! requests in parallel cannot fill the queue in front of everybody else.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// How many hashes may wait for a slot, per slot: at the hash cost BENCHMARKS.md measures, a
/// full queue clears in well under a second.
const WAITING_PER_SLOT: usize = 16;
/// Places (running or waiting) one client address may hold at once: enough for a few people
/// behind one office's address signing in at the same moment, few enough that a handful of
/// strangers cannot fill the queue.
pub const PLACES_PER_CLIENT: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("password hashing failed: {0}")]
    Hash(argon2::password_hash::Error),
    #[error("password hashing task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("password hashing is shut down")]
    Closed,
    #[error("every password hashing slot and queue place is taken")]
    Busy,
}

/// How long a caller turned away by a full queue is asked to wait.
const BUSY_RETRY_AFTER_SECS: u64 = 5;

impl From<PasswordError> for crate::error::AppError {
    #[track_caller]
    fn from(error: PasswordError) -> Self {
        match error {
            PasswordError::Busy => {
                tracing::warn!("password hashing queue full; answering busy");
                Self::Busy {
                    retry_after_secs: BUSY_RETRY_AFTER_SECS,
                }
            }
            other => Self::internal("password hashing failed", other),
        }
    }
}

/// Runs Argon2 with a bounded number of hashes at once and a bounded queue before them.
/// Clones share the same slots, queue and count.
#[derive(Clone, Debug)]
pub struct Hasher {
    slots: Arc<Semaphore>,
    /// Hashes running or waiting for a slot.
    admitted: Arc<AtomicUsize>,
    capacity: usize,
    /// Places held per client key ([`crate::server::rate_limit::client_key`]).
    per_client: Arc<Mutex<HashMap<String, usize>>>,
    started: Arc<AtomicU64>,
}

impl Default for Hasher {
    /// One slot per core but one, and a queue of [`WAITING_PER_SLOT`] per slot.
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let slots = cores.saturating_sub(1).max(1);
        Self::new(slots, slots * WAITING_PER_SLOT)
    }
}

/// A place in the hasher: running or waiting. Leaving it (however the caller ends, a dropped
/// request included) frees the place.
struct Admission<'a> {
    hasher: &'a Hasher,
    client: Option<String>,
}

impl Drop for Admission<'_> {
    fn drop(&mut self) {
        self.hasher.admitted.fetch_sub(1, Ordering::AcqRel);
        if let Some(client) = &self.client {
            let mut held = self
                .hasher
                .per_client
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if let Some(count) = held.get_mut(client) {
                *count -= 1;
                if *count == 0 {
                    held.remove(client);
                }
            }
        }
    }
}

impl Hasher {
    /// `slots` hashes at once, and at most `waiting` more queued behind them.
    pub fn new(slots: usize, waiting: usize) -> Self {
        Self {
            slots: Arc::new(Semaphore::new(slots.max(1))),
            admitted: Arc::new(AtomicUsize::new(0)),
            capacity: slots.max(1) + waiting,
            per_client: Arc::default(),
            started: Arc::new(AtomicU64::new(0)),
        }
    }

    /// How many hashes or verifications this hasher has started, for tests and the benchmark
    /// to show which requests cost one.
    pub fn hashes_started(&self) -> u64 {
        self.started.load(Ordering::Relaxed)
    }

    /// Takes a place for `client` (an empty client, the command line, has no per-client
    /// bound), or answers busy.
    fn admit(&self, client: &str) -> Result<Admission<'_>, PasswordError> {
        let key = (!client.is_empty()).then(|| crate::server::rate_limit::client_key(client));
        if let Some(key) = &key {
            let mut held = self.per_client.lock().unwrap_or_else(|e| e.into_inner());
            let count = held.entry(key.clone()).or_default();
            if *count >= PLACES_PER_CLIENT {
                return Err(PasswordError::Busy);
            }
            *count += 1;
        }
        let admission = Admission {
            hasher: self,
            client: key,
        };
        if self.admitted.fetch_add(1, Ordering::AcqRel) >= self.capacity {
            return Err(PasswordError::Busy);
        }
        Ok(admission)
    }

    async fn run<T: Send + 'static>(
        &self,
        client: &str,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, PasswordError> {
        let admission = self.admit(client)?;
        let _slot = self
            .slots
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| PasswordError::Closed)?;
        self.started.fetch_add(1, Ordering::Relaxed);
        let done = tokio::task::spawn_blocking(work).await?;
        drop(admission);
        Ok(done)
    }

    /// Hashes `password` into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`), with a new
    /// random salt each time, for the client at address `client`.
    pub async fn hash(&self, client: &str, password: String) -> Result<String, PasswordError> {
        self.run(client, move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .map_err(PasswordError::Hash)
        })
        .await?
    }

    /// Checks `password` against a stored PHC string. A malformed stored hash verifies as
    /// false.
    pub async fn verify(
        &self,
        client: &str,
        password: String,
        stored_hash: String,
    ) -> Result<bool, PasswordError> {
        self.run(client, move || {
            PasswordHash::new(&stored_hash)
                .map(|parsed| {
                    Argon2::default()
                        .verify_password(password.as_bytes(), &parsed)
                        .is_ok()
                })
                .unwrap_or(false)
        })
        .await
    }
}

/// Checks a new password: the length rules, then the common-password list, so a password
/// attackers try first is refused however long it is.
pub fn check_new_password(password: &str) -> Result<(), String> {
    crate::auth::rules::check_password(password)?;
    if passwords::analyzer::is_common_password(password) {
        return Err(crate::t!(
            crate::i18n::use_locale(),
            "rules-common-password"
        ));
    }
    Ok(())
}

/// Whether a stored hash was made with weaker settings than today's, so it is replaced the
/// next time the person proves they know the password.
pub fn needs_rehash(stored_hash: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored_hash) else {
        return true;
    };
    let current = argon2::Params::default();
    parsed.algorithm != argon2::Algorithm::Argon2id.ident()
        || argon2::Params::try_from(&parsed).map_or(true, |params| {
            params.m_cost() < current.m_cost() || params.t_cost() < current.t_cost()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_refused_even_when_long_enough() {
        assert!(check_new_password("password1234").is_err());
        assert!(check_new_password("qwertyuiop12").is_err());
        assert!(check_new_password("elevenchars").is_err());
        assert!(check_new_password(" a phrase nobody has used ").is_ok());
    }

    #[test]
    fn hashes_weaker_than_the_current_parameters_need_a_rehash() {
        let weak = argon2::Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            argon2::Params::new(8192, 2, 1, None).unwrap(),
        );
        let salt = SaltString::generate(&mut OsRng);
        let weak_hash = weak
            .hash_password(b"some password", &salt)
            .unwrap()
            .to_string();
        assert!(needs_rehash(&weak_hash));
        let current = Argon2::default()
            .hash_password(b"some password", &salt)
            .unwrap()
            .to_string();
        assert!(!needs_rehash(&current));
    }

    #[tokio::test]
    async fn a_hash_is_argon2id_with_the_owasp_parameters_and_verifies() {
        let hasher = Hasher::default();
        let hash = hasher
            .hash("", "correct horse battery".into())
            .await
            .unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            hasher
                .verify("", "correct horse battery".into(), hash.clone())
                .await
                .unwrap()
        );
        assert!(
            !hasher
                .verify("", "correct horse batterY".into(), hash)
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn the_same_password_gets_a_different_salt_each_time() {
        let hasher = Hasher::default();
        let first = hasher.hash("", "same password here".into()).await.unwrap();
        let second = hasher.hash("", "same password here".into()).await.unwrap();
        assert_ne!(first, second);
    }

    #[tokio::test]
    async fn a_full_queue_answers_busy_at_once_and_frees_its_places() {
        let hasher = Hasher::new(1, 1);
        // Hold the one slot, as a long hash would: two callers then take the slot's place
        // and the one queue place, and wait.
        let held = hasher.slots.clone().acquire_owned().await.unwrap();
        let waiting: Vec<_> = (0..2)
            .map(|_| {
                let hasher = hasher.clone();
                tokio::spawn(async move { hasher.hash("", "a waiting password".into()).await })
            })
            .collect();
        while hasher.admitted.load(Ordering::Acquire) < 2 {
            tokio::task::yield_now().await;
        }
        let overflow = hasher.hash("", "one too many".into()).await;
        assert!(matches!(overflow, Err(PasswordError::Busy)), "{overflow:?}");
        drop(held);
        for task in waiting {
            assert!(task.await.unwrap().is_ok());
        }
        assert_eq!(hasher.hashes_started(), 2);
        assert_eq!(hasher.admitted.load(Ordering::Acquire), 0);
        assert!(hasher.hash("", "room again".into()).await.is_ok());
    }

    #[tokio::test]
    async fn one_client_cannot_take_more_than_its_places() {
        let hasher = Hasher::new(1, 8);
        let held = hasher.slots.clone().acquire_owned().await.unwrap();
        let waiting: Vec<_> = (0..PLACES_PER_CLIENT)
            .map(|_| {
                let hasher = hasher.clone();
                tokio::spawn(async move { hasher.hash("203.0.113.7", "pw".into()).await })
            })
            .collect();
        while hasher.admitted.load(Ordering::Acquire) < PLACES_PER_CLIENT {
            tokio::task::yield_now().await;
        }
        let greedy = hasher.hash("203.0.113.7", "pw".into()).await;
        assert!(matches!(greedy, Err(PasswordError::Busy)), "{greedy:?}");
        let someone_else = tokio::spawn({
            let hasher = hasher.clone();
            async move { hasher.hash("198.51.100.1", "pw".into()).await }
        });
        drop(held);
        assert!(someone_else.await.unwrap().is_ok());
        for task in waiting {
            assert!(task.await.unwrap().is_ok());
        }
        assert!(hasher.per_client.lock().unwrap().is_empty());
    }
}
