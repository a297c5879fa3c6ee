//! Server-side sessions: one row per signed-in device, found by the SHA-256 of the cookie's
//! random token. The person's role is read from the database on every request, so a role
//! change or removal applies on their next request on every device.

use crate::auth::repo;
use crate::auth::token::{hash_token, random_token};
use crate::db::Tx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::policy::Role;
use crate::server::AppState;
use crate::workspace::model::TwoFactorRule;
use axum::http::HeaderValue;
use axum::http::header::{COOKIE, SET_COOKIE, USER_AGENT};
use axum::http::request::Parts;
use cookie::{Cookie, SameSite};
use leptos::prelude::use_context;
use std::sync::{Arc, Mutex};

/// Only rewrite `last_seen_at` this often, so reads do not turn into writes.
const TOUCH_EVERY_SECS: i64 = 60;

/// The signed-in person behind the current request.
#[derive(Debug, Clone)]
pub struct CurrentSession {
    /// The device's session; `None` for a caller with an API token, who has no device here.
    pub session_id: Option<i64>,
    pub user_id: i64,
    /// When this device signed in.
    pub created_at: i64,
    pub name: String,
    pub email: String,
    pub workspace_id: Option<i64>,
    pub workspace_name: Option<String>,
    /// The IANA zone dates are shown in; UTC outside a workspace.
    pub workspace_timezone: String,
    pub role: Option<Role>,
    /// How many workspaces the person is an active member of, so a page asks for their
    /// names only when there is a choice to offer.
    pub workspace_count: i64,
    /// Who the session's workspace requires a second factor of.
    pub two_factor_rule: TwoFactorRule,
    pub has_second_factor: bool,
    /// The language the person chose for Roster, if they did.
    pub language: Option<String>,
    pub workspace_language: Option<String>,
    /// Decided once, as the session is read: a request asks for its language many times.
    decided: Locale,
    automatic: Locale,
}

impl CurrentSession {
    /// The language this request is answered in: the person's choice, else what this
    /// browser picked or prefers, else the workspace's.
    pub fn locale(&self) -> Locale {
        self.decided
    }

    /// How moments read to them: in their language and the workspace's timezone.
    pub fn calendar(&self) -> crate::db::clock::Calendar<'_> {
        crate::db::clock::Calendar {
            locale: self.locale(),
            timezone: &self.workspace_timezone,
        }
    }

    /// The workspace's language, as far as Roster is written in it.
    pub fn workspace_locale(&self) -> Locale {
        Locale::for_mail(None, self.workspace_language.as_deref())
    }

    /// The language they would read without a choice of their own.
    pub fn automatic_locale(&self) -> Locale {
        self.automatic
    }

    /// Whether the workspace requires a second factor of this person and they have none
    /// yet: until they set one up, only their own account's pages work.
    pub fn lacks_required_second_factor(&self) -> bool {
        !self.has_second_factor
            && self
                .role
                .is_some_and(|role| self.two_factor_rule.covers(role))
    }
}

/// The request's session, read from the database once: a page's frame and its data both ask
/// who is calling, and each asking would otherwise cost a query and, every minute, a write.
/// The router provides a fresh one to every request; whatever changes the request's session
/// (a sign-in, a sign-out, a switch) forgets what was read. No lock is held while the
/// session is read: Leptos may set a page's future aside unfinished, and one that held a
/// shared "reading" lock would leave every later caller waiting for good.
#[derive(Clone, Default)]
pub struct RequestSession(Arc<Mutex<Remembered>>);

#[derive(Default)]
struct Remembered {
    /// Counts the forgettings, so a read that began before one is not kept after it.
    generation: u64,
    session: Option<Option<CurrentSession>>,
}

impl RequestSession {
    /// What was read, and the generation a new read would be kept under.
    fn recall(&self) -> (u64, Option<Option<CurrentSession>>) {
        self.0.lock().map_or((u64::MAX, None), |kept| {
            (kept.generation, kept.session.clone())
        })
    }

    fn keep(&self, generation: u64, session: &Option<CurrentSession>) {
        if let Ok(mut kept) = self.0.lock()
            && kept.generation == generation
        {
            kept.session = Some(session.clone());
        }
    }

    /// The language of the session read, without copying the session.
    fn recall_locale(&self) -> Option<Locale> {
        let kept = self.0.lock().ok()?;
        kept.session.as_ref()?.as_ref().map(CurrentSession::locale)
    }

    fn forget(&self) {
        if let Ok(mut kept) = self.0.lock() {
            kept.generation = kept.generation.wrapping_add(1);
            kept.session = None;
        }
    }
}

impl CurrentSession {
    /// The owner of an API token as its caller: no device, and only the token's workspace.
    pub fn of_api_token(row: crate::auth::api_tokens::repo::CallerRow) -> Self {
        let (decided, automatic) =
            decide_languages(row.language.as_deref(), row.workspace_language.as_deref());
        Self {
            session_id: None,
            user_id: row.user_id,
            created_at: 0,
            name: row.name,
            email: row.email,
            workspace_id: Some(row.workspace_id),
            workspace_name: Some(row.workspace_name),
            workspace_timezone: row.workspace_timezone,
            role: row.role,
            workspace_count: 1,
            two_factor_rule: row.two_factor_rule,
            has_second_factor: row.second_factors > 0,
            decided,
            automatic,
            language: row.language,
            workspace_language: row.workspace_language,
        }
    }
}

/// The language a caller is answered in (their choice, else what this request's browser
/// picked or prefers, else the workspace's) and the one they would read without a choice.
fn decide_languages(chosen: Option<&str>, workspace_language: Option<&str>) -> (Locale, Locale) {
    (
        crate::i18n::decide_for_request(chosen, workspace_language),
        crate::i18n::decide_for_request(None, workspace_language),
    )
}

/// The signed-in person's language, once this request has read their session: what its
/// messages are written in.
pub fn remembered_locale() -> Option<Locale> {
    use_context::<RequestSession>()?.recall_locale()
}

/// Makes the next [`current`] of this request read the session again.
pub fn forget_current() {
    if let Some(memo) = use_context::<RequestSession>() {
        memo.forget();
    }
}

/// The cookie's name. `__Host-` makes browsers refuse it unless it is Secure, host-only and
/// for `/`, which only works over HTTPS; a cookie shared with a parent domain
/// (`ROSTER_COOKIE_DOMAIN`) cannot be host-only, and `__Secure-` still demands HTTPS.
pub fn cookie_name(state: &AppState) -> &'static str {
    match (
        state.config.secure_cookies(),
        state.config.cookie_domain.is_some(),
    ) {
        (true, false) => "__Host-roster_session",
        (true, true) => "__Secure-roster_session",
        (false, _) => "roster_session",
    }
}

fn request_parts() -> Option<Parts> {
    use_context::<Parts>()
}

fn session_token(state: &AppState) -> Option<String> {
    request_cookie(cookie_name(state))
}

/// The value of the request's cookie called `name`.
pub fn request_cookie(name: &str) -> Option<String> {
    let parts = request_parts()?;
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
}

/// The browser and system as sent by the client, kept for the sessions list.
pub fn user_agent() -> String {
    request_parts()
        .and_then(|parts| {
            parts
                .headers
                .get(USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        })
        .unwrap_or_default()
        .chars()
        .take(512)
        .collect()
}

/// The session of the current request, or `None` when signed out, expired or revoked.
pub async fn current(state: &AppState) -> Result<Option<CurrentSession>, AppError> {
    let Some(memo) = use_context::<RequestSession>() else {
        return read_current(state).await;
    };
    let (generation, remembered) = memo.recall();
    if let Some(session) = remembered {
        return Ok(session);
    }
    let session = read_current(state).await?;
    memo.keep(generation, &session);
    Ok(session)
}

async fn read_current(state: &AppState) -> Result<Option<CurrentSession>, AppError> {
    let Some(token) = session_token(state) else {
        return Ok(None);
    };
    let pool = state.db.pool();
    let Some(row) = repo::find_session(pool, &hash_token(&token)).await? else {
        return Ok(None);
    };
    let now = state.clock.now();
    let idle = state.config.session_idle_timeout.as_secs() as i64;
    let max_age = state.config.session_max_age.as_secs() as i64;
    if now - row.last_seen_at > idle || now - row.created_at > max_age {
        repo::delete_session(pool, row.id).await?;
        return Ok(None);
    }
    if now - row.last_seen_at >= TOUCH_EVERY_SECS {
        repo::touch_session(pool, row.id, now).await?;
        if let (Some(workspace_id), Some(_)) = (row.workspace_id, row.role) {
            repo::mark_member_active(pool, now, workspace_id, row.user_id).await?;
        }
    }
    let (decided, automatic) =
        decide_languages(row.language.as_deref(), row.workspace_language.as_deref());
    Ok(Some(CurrentSession {
        session_id: Some(row.id),
        user_id: row.user_id,
        created_at: row.created_at,
        name: row.name,
        email: row.email,
        workspace_id: row.workspace_id,
        workspace_name: row.workspace_name,
        workspace_timezone: row.workspace_timezone.unwrap_or_else(|| "UTC".into()),
        role: row.role,
        workspace_count: row.workspace_count,
        two_factor_rule: row.two_factor_rule.unwrap_or_default(),
        has_second_factor: row.second_factors > 0,
        decided,
        automatic,
        language: row.language,
        workspace_language: row.workspace_language,
    }))
}

/// The signed-in person, or 401.
pub async fn require(state: &AppState) -> Result<CurrentSession, AppError> {
    current(state).await?.ok_or(AppError::Unauthenticated)
}

/// Starts a session for `user_id` inside `tx` and returns the cookie token.
pub async fn create(
    tx: &mut Tx,
    now: i64,
    user_id: i64,
    workspace_id: Option<i64>,
    user_agent: &str,
    ip: &str,
) -> Result<String, sqlx::Error> {
    let token = random_token();
    let session = repo::NewSession {
        token_hash: &hash_token(&token),
        user_id,
        workspace_id,
        user_agent,
        ip,
    };
    repo::insert_session(tx, now, &session).await?;
    if let Some(workspace_id) = workspace_id {
        repo::mark_member_active(&mut **tx, now, workspace_id, user_id).await?;
    }
    Ok(token)
}

/// Ends the session the request's cookie names, if any; returns whose it was.
pub async fn end_current(state: &AppState) -> Result<Option<i64>, AppError> {
    forget_current();
    match session_token(state) {
        Some(token) => {
            Ok(repo::delete_session_by_token(state.db.pool(), &hash_token(&token)).await?)
        }
        None => Ok(None),
    }
}

/// Sends the session cookie: HttpOnly (no script can read it), SameSite=Lax (sent on a click
/// from an email, never on a cross-site POST), Secure over HTTPS.
///
/// With `ROSTER_COOKIE_DOMAIN` the cookie goes to every host under that domain, so that
/// `/auth/check` sees it on requests to the apps Roster guards there.
pub fn set_cookie(state: &AppState, token: &str) {
    forget_current();
    let max_age = state.config.session_max_age.as_secs() as i64;
    send_session_cookie(state, token, max_age);
}

/// Tells the browser to forget the session cookie.
pub fn clear_cookie(state: &AppState) {
    forget_current();
    send_session_cookie(state, "", 0);
}

fn send_session_cookie(state: &AppState, value: &str, max_age_secs: i64) {
    let mut cookie = protected_cookie(state, cookie_name(state), value, max_age_secs);
    if let Some(domain) = &state.config.cookie_domain {
        cookie.set_domain(domain.clone());
    }
    append_set_cookie(&cookie);
}

/// Sends a host-only cookie with the session cookie's protections; a `max_age_secs` of 0
/// deletes it.
pub fn send_cookie(state: &AppState, name: &str, value: &str, max_age_secs: i64) {
    append_set_cookie(&protected_cookie(state, name, value, max_age_secs));
}

fn protected_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    max_age_secs: i64,
) -> Cookie<'static> {
    Cookie::build((name.to_owned(), value.to_owned()))
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies())
        .path("/")
        .max_age(cookie::time::Duration::seconds(max_age_secs))
        .build()
}

fn append_set_cookie(cookie: &Cookie<'_>) {
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&cookie.to_string()),
    ) {
        response.append_header(SET_COOKIE, value);
    }
}
