//! `/activity`: the workspace's history, as the Activity page shows it.

use crate::activity::service;
use crate::policy::Permission;
use crate::rest::caller::{ApiCaller, Effect};
use crate::rest::extract::ApiQuery;
use crate::rest::problem::Problem;
use crate::rest::schema::{ActivityEntry, ActivityList, ActivityQuery, cursor};
use crate::server::AppState;
use axum::Json;
use axum::extract::State;

/// The workspace's history, newest first, a page at a time.
#[utoipa::path(
    get, path = "/activity", tag = "Activity",
    params(ActivityQuery),
    responses(
        (status = 200, description = "A page of history", body = ActivityList),
        (status = 400, description = "A bad cursor or an unknown parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The owner's role may not see the history", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub async fn list_activity(
    State(state): State<AppState>,
    caller: ApiCaller,
    ApiQuery(query): ApiQuery<ActivityQuery>,
) -> Result<Json<ActivityList>, Problem> {
    let member = caller
        .permit(Permission::ViewActivity, Effect::Reads)
        .await?;
    let older_than = cursor(query.cursor.as_deref())?;
    let page = service::page(&state, member, older_than, None).await?;
    Ok(Json(ActivityList {
        entries: page
            .entries
            .into_iter()
            .map(|entry| ActivityEntry {
                id: entry.id,
                at: entry.when.machine,
                actor: entry.who,
                description: entry.what,
            })
            .collect(),
        next_cursor: page.older_than.map(|id| id.to_string()),
    }))
}
