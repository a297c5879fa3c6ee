//! Password hashing with Argon2id.
//!
//! Hashing is deliberately slow (about 19 MiB and tens of milliseconds each), so it runs on
//! the blocking pool, and a semaphore bounds how many run at once: a burst of sign-ins then
//! queues instead of starving every other request of CPU and memory. It leaves one core free
//! for everything else: with one slot per core, a burst of sign-ins held every core and other
//! requests' p99 rose past 150 ms in the benchmark (see BENCHMARKS.md).

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::sync::{Arc, LazyLock};
use tokio::sync::Semaphore;

static HASHING_SLOTS: LazyLock<Arc<Semaphore>> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    Arc::new(Semaphore::new(cores.saturating_sub(1).max(1)))
});

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("password hashing failed: {0}")]
    Hash(argon2::password_hash::Error),
    #[error("password hashing task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("password hashing is shut down")]
    Closed,
}

/// Hashes `password` into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`), with a new
/// random salt each time.
pub async fn hash_password(password: String) -> Result<String, PasswordError> {
    let _slot = HASHING_SLOTS
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| PasswordError::Closed)?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(PasswordError::Hash)
    })
    .await?
}

/// Checks `password` against a stored PHC string. A malformed stored hash verifies as false.
pub async fn verify_password(password: String, stored_hash: String) -> Result<bool, PasswordError> {
    let _slot = HASHING_SLOTS
        .clone()
        .acquire_owned()
        .await
        .map_err(|_| PasswordError::Closed)?;
    Ok(tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored_hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await?)
}

/// Checks a new password: the length rules, then the common-password list, so a password
/// attackers try first is refused however long it is.
pub fn check_new_password(password: &str) -> Result<(), String> {
    crate::auth::rules::check_password(password)?;
    if passwords::analyzer::is_common_password(password) {
        return Err("This password is on a list of common passwords; choose another".into());
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
        let hash = hash_password("correct horse battery".into()).await.unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            verify_password("correct horse battery".into(), hash.clone())
                .await
                .unwrap()
        );
        assert!(
            !verify_password("correct horse batterY".into(), hash)
                .await
                .unwrap()
        );
    }

    #[tokio::test]
    async fn the_same_password_gets_a_different_salt_each_time() {
        let first = hash_password("same password here".into()).await.unwrap();
        let second = hash_password("same password here".into()).await.unwrap();
        assert_ne!(first, second);
    }
}
