//! SQL for passkeys and their ceremonies. A ceremony's token reaches the database only as its
//! SHA-256.

use crate::db::Tx;
use sqlx::{Any, AnyPool, Executor};
use strum::{EnumString, IntoStaticStr};

/// What a ceremony's answer finishes, stored by its snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumString, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum CeremonyPurpose {
    /// Adding a passkey to a signed-in person's account.
    Register,
    /// The second step of a sign-in whose password was right.
    SecondStep,
    /// Signing in with a passkey alone.
    SignIn,
}

/// One passkey as stored.
#[derive(sqlx::FromRow)]
pub struct PasskeyRow {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub passkey: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

pub async fn passkeys_of(pool: &AnyPool, user_id: i64) -> Result<Vec<PasskeyRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, user_id, name, passkey, created_at, last_used_at FROM passkeys \
         WHERE user_id = $1 ORDER BY created_at, id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

pub async fn passkey_by_credential<'e>(
    executor: impl Executor<'e, Database = Any>,
    credential_id: &str,
) -> Result<Option<PasskeyRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, user_id, name, passkey, created_at, last_used_at FROM passkeys \
         WHERE credential_id = $1",
    )
    .bind(credential_id)
    .fetch_optional(executor)
    .await
}

pub struct NewPasskey<'a> {
    pub user_id: i64,
    pub credential_id: &'a str,
    pub name: &'a str,
    pub passkey: &'a str,
}

pub async fn insert_passkey(
    tx: &mut Tx,
    now: i64,
    passkey: &NewPasskey<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO passkeys (user_id, credential_id, name, passkey, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(passkey.user_id)
    .bind(passkey.credential_id)
    .bind(passkey.name)
    .bind(passkey.passkey)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Keeps the passkey's new signature counter and when it was used, provided the stored
/// passkey is still `read`; whether it was.
pub async fn record_passkey_use(
    tx: &mut Tx,
    now: i64,
    passkey_id: i64,
    read: &str,
    passkey: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE passkeys SET passkey = $1, last_used_at = $2 WHERE id = $3 AND passkey = $4",
    )
    .bind(passkey)
    .bind(now)
    .bind(passkey_id)
    .bind(read)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Removes one of the person's passkeys; the owner check is in the statement.
pub async fn delete_passkey(
    tx: &mut Tx,
    user_id: i64,
    passkey_id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM passkeys WHERE id = $1 AND user_id = $2")
        .bind(passkey_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Gives the person `handle` unless they already have one; answers the one they have.
pub async fn claim_handle(
    pool: &AnyPool,
    user_id: i64,
    handle: &str,
) -> Result<String, sqlx::Error> {
    sqlx::query(
        "INSERT INTO webauthn_handles (user_id, handle) VALUES ($1, $2) \
         ON CONFLICT (user_id) DO NOTHING",
    )
    .bind(user_id)
    .bind(handle)
    .execute(pool)
    .await?;
    let (handle,): (String,) =
        sqlx::query_as("SELECT handle FROM webauthn_handles WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(pool)
            .await?;
    Ok(handle)
}

pub async fn user_of_handle(pool: &AnyPool, handle: &str) -> Result<Option<i64>, sqlx::Error> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT user_id FROM webauthn_handles WHERE handle = $1")
            .bind(handle)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(id,)| id))
}

pub struct NewCeremony<'a> {
    pub token_hash: &'a str,
    pub purpose: CeremonyPurpose,
    pub user_id: Option<i64>,
    pub name: &'a str,
    pub state: &'a str,
    pub expires_at: i64,
}

pub async fn insert_ceremony(
    pool: &AnyPool,
    ceremony: &NewCeremony<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO passkey_ceremonies (token_hash, purpose, user_id, name, state, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(ceremony.token_hash)
    .bind(ceremony.purpose)
    .bind(ceremony.user_id)
    .bind(ceremony.name)
    .bind(ceremony.state)
    .bind(ceremony.expires_at)
    .execute(pool)
    .await?;
    Ok(())
}

/// A ceremony taken for its answer: deleted as it is read, so it can be answered once.
#[derive(sqlx::FromRow)]
pub struct ClaimedCeremony {
    pub user_id: Option<i64>,
    pub name: String,
    pub state: String,
}

pub async fn claim_ceremony(
    pool: &AnyPool,
    token_hash: &str,
    purpose: CeremonyPurpose,
    now: i64,
) -> Result<Option<ClaimedCeremony>, sqlx::Error> {
    sqlx::query_as(
        "DELETE FROM passkey_ceremonies \
         WHERE token_hash = $1 AND purpose = $2 AND expires_at > $3 \
         RETURNING user_id, name, state",
    )
    .bind(token_hash)
    .bind(purpose)
    .bind(now)
    .fetch_optional(pool)
    .await
}

pub async fn purge_expired_ceremonies(pool: &AnyPool, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM passkey_ceremonies WHERE expires_at < $1")
        .bind(now)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
