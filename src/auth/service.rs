//! Signing in.

use crate::activity::repo::{Entry, record};
use crate::auth::password::{hash_password, verify_password};
use crate::auth::session;
use crate::error::AppError;
use crate::server::AppState;
use crate::users::email::Email;
use tokio::sync::OnceCell;

/// Verified against when the email is unknown, so that answer takes as long as a wrong
/// password and timing does not tell which emails have accounts.
static DUMMY_HASH: OnceCell<String> = OnceCell::const_new();

async fn dummy_hash() -> Result<String, AppError> {
    DUMMY_HASH
        .get_or_try_init(|| async {
            hash_password("not a real password, only spends time".into())
                .await
                .map_err(|error| {
                    tracing::error!(%error, "preparing the dummy hash failed");
                    AppError::Internal
                })
        })
        .await
        .cloned()
}

/// Checks the credentials and starts a session on this device. Returns the cookie token.
///
/// Unknown email, wrong password, and an account with no workspace left all get
/// [`AppError::InvalidCredentials`] after the same amount of work.
#[tracing::instrument(skip_all, fields(ip))]
pub async fn sign_in(
    state: &AppState,
    raw_email: &str,
    password: String,
    ip: &str,
    user_agent: &str,
) -> Result<String, AppError> {
    let email = Email::parse(raw_email).map_err(|message| AppError::field("email", message))?;
    if password.is_empty() {
        return Err(AppError::field("password", "Enter your password"));
    }
    let account: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, password_hash FROM users WHERE email = $1 AND deactivated_at IS NULL",
    )
    .bind(email.as_str())
    .fetch_optional(state.db.pool())
    .await?;
    let (user_id, stored_hash) = match account {
        Some((id, hash)) => (Some(id), hash),
        None => (None, dummy_hash().await?),
    };
    let password_ok = verify_password(password, stored_hash)
        .await
        .map_err(|error| {
            tracing::error!(%error, "password verification failed");
            AppError::Internal
        })?;
    let workspace_id = match user_id {
        Some(id) => first_workspace(state, id).await?,
        None => None,
    };
    let (Some(user_id), true, Some(workspace_id)) = (user_id, password_ok, workspace_id) else {
        tracing::warn!(ip, "sign-in failed");
        return Err(AppError::InvalidCredentials);
    };

    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    let token = session::create(&mut tx, now, user_id, Some(workspace_id), user_agent, ip).await?;
    record(
        &mut tx,
        now,
        &Entry {
            workspace_id: Some(workspace_id),
            actor_user_id: Some(user_id),
            action: "signed_in",
            ip,
            ..Entry::default()
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(user_id, "signed in");
    Ok(token)
}

/// The workspace a new session opens in: the person's oldest active membership.
async fn first_workspace(state: &AppState, user_id: i64) -> Result<Option<i64>, AppError> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT workspace_id FROM memberships WHERE user_id = $1 AND removed_at IS NULL \
         ORDER BY joined_at, id LIMIT 1",
    )
    .bind(user_id)
    .fetch_optional(state.db.pool())
    .await?;
    Ok(row.map(|(id,)| id))
}
