use crate::activity::action::Action;
use crate::db::Tx;

/// One event to append to the activity log.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub workspace_id: Option<i64>,
    pub actor_user_id: Option<i64>,
    pub action: Action,
    pub subject_user_id: Option<i64>,
    pub invitation_id: Option<i64>,
    pub detail: &'a str,
    pub ip: &'a str,
    /// The API token the change was made with, by its name.
    pub api_token_name: Option<&'a str>,
}

impl<'a> Entry<'a> {
    /// An `action` with nothing else known yet: no workspace, actor, subject or address.
    pub fn of(action: Action) -> Self {
        Self {
            workspace_id: None,
            actor_user_id: None,
            action,
            subject_user_id: None,
            invitation_id: None,
            detail: "",
            ip: "",
            api_token_name: None,
        }
    }

    /// Something an admin or member did in their workspace, from `ip`.
    pub fn by(member: &'a crate::auth::guard::Member, action: Action, ip: &'a str) -> Self {
        Self {
            workspace_id: Some(member.workspace_id),
            actor_user_id: Some(member.user_id()),
            ip,
            api_token_name: member.token.as_ref().map(|token| token.name.as_str()),
            ..Self::of(action)
        }
    }
}

/// Appends `entry` inside `tx`, so the history records exactly the changes that commit.
pub async fn record(tx: &mut Tx, now: i64, entry: &Entry<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO activity_log (workspace_id, actor_user_id, action, subject_user_id, \
         invitation_id, detail, ip, created_at, api_token_name) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(entry.workspace_id)
    .bind(entry.actor_user_id)
    .bind(entry.action)
    .bind(entry.subject_user_id)
    .bind(entry.invitation_id)
    .bind(entry.detail)
    .bind(entry.ip)
    .bind(now)
    .bind(entry.api_token_name)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
pub struct ActivityRow {
    pub id: i64,
    pub action: Action,
    pub actor_name: Option<String>,
    pub subject_name: Option<String>,
    pub invitation_email: Option<String>,
    pub detail: String,
    pub created_at: i64,
    pub api_token_name: Option<String>,
}

/// The query of [`page`], over everyone's entries or (`about_person`) only those a person
/// made or underwent: the listed actions are the enum's own names, written into the statement
/// once, so the page follows [`Action::is_listed`] without a second list.
fn page_sql(about_person: bool) -> &'static str {
    static EVERYONE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    static ONE_PERSON: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let build = move || {
        let listed: Vec<String> = Action::listed()
            .map(|action| format!("'{}'", action.as_str()))
            .collect();
        let (person, limit) = match about_person {
            true => (
                " AND (a.actor_user_id = $3 OR a.subject_user_id = $3)",
                "$4",
            ),
            false => ("", "$3"),
        };
        format!(
            "SELECT a.id, a.action, actor.name AS actor_name, subject.name AS subject_name, \
                    i.email AS invitation_email, a.detail, a.created_at, \
                    a.api_token_name \
             FROM activity_log a \
             LEFT JOIN users actor ON actor.id = a.actor_user_id \
             LEFT JOIN users subject ON subject.id = a.subject_user_id \
             LEFT JOIN invitations i ON i.id = a.invitation_id \
             WHERE a.workspace_id = $1 AND a.id < $2 AND a.action IN ({}){person} \
             ORDER BY a.id DESC LIMIT {limit}",
            listed.join(", ")
        )
    };
    match about_person {
        true => ONE_PERSON.get_or_init(build),
        false => EVERYONE.get_or_init(build),
    }
}

/// One page of the workspace's listed activity, newest first, everyone's or only what
/// `person` did or underwent. Names come from the accounts, which outlive memberships, so a
/// removed person's past actions keep their name.
pub async fn page(
    pool: &sqlx::AnyPool,
    workspace_id: i64,
    before_id: Option<i64>,
    person: Option<i64>,
    limit: i64,
) -> Result<Vec<ActivityRow>, sqlx::Error> {
    let query = sqlx::query_as(page_sql(person.is_some()))
        .bind(workspace_id)
        .bind(before_id.unwrap_or(i64::MAX));
    let query = match person {
        Some(person) => query.bind(person),
        None => query,
    };
    query.bind(limit).fetch_all(pool).await
}
