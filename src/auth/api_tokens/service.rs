//! Making, listing and revoking API tokens, and knowing who calls with one.

use crate::activity::action::Action;
use crate::activity::repo::{Entry, record};
use crate::auth::api_tokens::model::{Access, CreatedToken, LIFETIMES_IN_DAYS, TokenSummary};
use crate::auth::api_tokens::repo::{self, NewToken, TokenRow};
use crate::auth::guard::{Member, recheck_under_lock};
use crate::auth::rules::{NameOf, clean_name};
use crate::auth::token::{hash_token, random_token};
use crate::db::clock::Calendar;
use crate::db::{Clock, Db, Tx};
use crate::error::{AppError, Problems};
use crate::i18n::use_locale;
use crate::policy::Permission;
use crate::server::AppState;
use crate::t;

/// Every token starts so, which tells a reader (and a secret scanner) what a leaked string
/// opens.
pub const SECRET_PREFIX: &str = "roster_";

/// Tokens one person may hold in one workspace: enough for every script, few enough that a
/// forgotten one is seen in the list.
pub const MAX_TOKENS_PER_PERSON: i64 = 50;

/// Only rewrite `last_used_at` this often, so a script's reads do not all turn into writes.
const TOUCH_EVERY_SECS: i64 = 60;

const DAY_SECS: i64 = 24 * 60 * 60;

/// What the form or the command line asks for.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub name: String,
    pub lifetime_in_days: u32,
    pub access: Access,
}

fn summary(row: TokenRow, calendar: Calendar<'_>, now: i64) -> TokenSummary {
    TokenSummary {
        id: row.id,
        name: row.name,
        access: row.access,
        created: calendar.moment(row.created_at, now),
        last_used: row.last_used_at.map(|at| calendar.moment(at, now)),
        expires: calendar.moment(row.expires_at, now),
        expired: row.expires_at <= now,
    }
}

/// The name and lifetime of `request`, checked, or every problem with them.
fn checked(request: &TokenRequest) -> Result<String, AppError> {
    let mut problems = Problems::default();
    let name = problems.check("name", clean_name(&request.name, NameOf::Someone));
    if !LIFETIMES_IN_DAYS.contains(&request.lifetime_in_days) {
        problems.push(
            "expires_in_days",
            t!(use_locale(), "api-tokens-pick-lifetime"),
        );
    }
    problems.into_result()?;
    Ok(name.unwrap_or_default())
}

/// Stores a new token of `user_id` in `workspace_id` inside `tx`, which holds the
/// workspace's lock; returns the secret and the stored row.
async fn insert(
    tx: &mut Tx,
    now: i64,
    workspace_id: i64,
    user_id: i64,
    name: String,
    request: &TokenRequest,
) -> Result<(String, TokenRow), AppError> {
    if repo::count_of(tx, workspace_id, user_id).await? >= MAX_TOKENS_PER_PERSON {
        return Err(AppError::Conflict {
            field: None,
            message: t!(
                use_locale(),
                "api-tokens-too-many",
                count = MAX_TOKENS_PER_PERSON
            ),
        });
    }
    let secret = format!("{SECRET_PREFIX}{}", random_token());
    let expires_at = now + i64::from(request.lifetime_in_days) * DAY_SECS;
    let id = repo::insert(
        tx,
        now,
        &NewToken {
            workspace_id,
            user_id,
            name: &name,
            token_hash: &hash_token(&secret),
            access: request.access,
            expires_at,
        },
    )
    .await?;
    tracing::info!(user_id, workspace_id, token_id = id, "API token created");
    let row = TokenRow {
        id,
        name,
        access: request.access,
        created_at: now,
        last_used_at: None,
        expires_at,
    };
    Ok((secret, row))
}

/// Makes a token for `member` in their workspace. The secret is in the answer and nowhere
/// else.
pub async fn create(
    state: &AppState,
    member: &Member,
    request: TokenRequest,
    ip: &str,
) -> Result<CreatedToken, AppError> {
    let name = checked(&request)?;
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    recheck_under_lock(state, &mut tx, member, Permission::ManageOwnAccount).await?;
    let (secret, row) = insert(
        &mut tx,
        now,
        member.workspace_id,
        member.user_id(),
        name,
        &request,
    )
    .await?;
    record(
        &mut tx,
        now,
        &Entry {
            detail: &row.name,
            ..Entry::by(member, Action::ApiTokenCreated, ip)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(CreatedToken {
        secret,
        token: summary(row, member.session.calendar(), now),
    })
}

/// Makes a token for the member with `email` of the workspace called `workspace`, from the
/// command line: the same rules as the form. Returns the secret.
pub async fn create_from_command_line(
    db: &Db,
    clock: &Clock,
    workspace: &str,
    email: &crate::users::email::Email,
    request: TokenRequest,
) -> Result<String, AppError> {
    let name = checked(&request)?;
    let now = clock.now();
    let mut tx = db.begin_write().await?;
    let not_a_member = || AppError::Conflict {
        field: Some("email".into()),
        message: format!("{email} is not a member of \"{}\"", workspace.trim()),
    };
    let workspace_id = crate::workspace::repo::find_workspace_id_by_name(&mut tx, workspace.trim())
        .await?
        .ok_or_else(not_a_member)?;
    let user_id = crate::users::repo::find_user_id_by_email(&mut *tx, email)
        .await?
        .ok_or_else(not_a_member)?;
    db.lock_workspace(&mut tx, workspace_id).await?;
    crate::users::repo::active_role(&mut tx, workspace_id, user_id)
        .await?
        .ok_or_else(not_a_member)?;
    let (secret, row) = insert(&mut tx, now, workspace_id, user_id, name, &request).await?;
    record(
        &mut tx,
        now,
        &Entry {
            workspace_id: Some(workspace_id),
            subject_user_id: Some(user_id),
            detail: &row.name,
            ..Entry::of(Action::ApiTokenCreated)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(secret)
}

/// The tokens `user_id` holds in `member`'s workspace, newest first.
pub async fn list(
    state: &AppState,
    member: &Member,
    user_id: i64,
) -> Result<Vec<TokenSummary>, AppError> {
    let now = state.clock.now();
    let calendar = member.session.calendar();
    let rows = repo::list_of(state.db.pool(), member.workspace_id, user_id).await?;
    Ok(rows
        .into_iter()
        .map(|row| summary(row, calendar, now))
        .collect())
}

/// Revokes token `id` of `owner` in `member`'s workspace: the caller's own, or, for an
/// admin (`owner` another member), that member's. Any other id is 404.
pub async fn revoke(
    state: &AppState,
    member: &Member,
    owner: i64,
    id: i64,
    ip: &str,
) -> Result<(), AppError> {
    let permission = match owner == member.user_id() {
        true => Permission::ManageOwnAccount,
        false => Permission::ManageUsers,
    };
    let now = state.clock.now();
    let mut tx = state.db.begin_write().await?;
    recheck_under_lock(state, &mut tx, member, permission).await?;
    let name = repo::delete_of(&mut tx, member.workspace_id, owner, id)
        .await?
        .ok_or(AppError::NotFound)?;
    record(
        &mut tx,
        now,
        &Entry {
            detail: &name,
            subject_user_id: (owner != member.user_id()).then_some(owner),
            ..Entry::by(member, Action::ApiTokenRevoked, ip)
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(
        user_id = member.user_id(),
        owner,
        token_id = id,
        "API token revoked"
    );
    Ok(())
}

/// The token of `Authorization: Bearer <token>`, the scheme in any case (RFC 9110).
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    let value = headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|token| !token.is_empty())
}

/// Who is calling with `secret`: its owner, in the token's workspace, with the token noted
/// on the member so that what they change is recorded as the token's work. Unknown, expired
/// and revoked tokens, and tokens of people who have left the workspace, are all 401.
pub async fn caller(state: &AppState, secret: &str) -> Result<Option<Member>, AppError> {
    let Some(row) = repo::find_caller(state.db.pool(), &hash_token(secret)).await? else {
        return Ok(None);
    };
    let now = state.clock.now();
    if row.expires_at <= now || row.role.is_none() {
        return Ok(None);
    }
    if row
        .last_used_at
        .is_none_or(|at| now - at >= TOUCH_EVERY_SECS)
    {
        repo::touch(state.db.pool(), row.id, now).await?;
    }
    Ok(crate::auth::guard::member_with_token(row))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bearer_scheme_is_read_in_any_case_and_nothing_else_is() {
        let with = |authorization: &str| {
            let mut headers = axum::http::HeaderMap::new();
            headers.insert(
                axum::http::header::AUTHORIZATION,
                authorization.parse().expect("header value"),
            );
            headers
        };
        assert_eq!(bearer(&with("Bearer roster_abc")), Some("roster_abc"));
        assert_eq!(bearer(&with("bearer roster_abc")), Some("roster_abc"));
        assert_eq!(bearer(&with("Basic cm9zdGVy")), None);
        assert_eq!(bearer(&with("Bearer ")), None);
        assert_eq!(bearer(&with("roster_abc")), None);
    }
}
