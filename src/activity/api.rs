//! The Activity page's server function. Admins only.

use crate::activity::model::ActivityPage;
use crate::error::AppError;
use leptos::prelude::*;

/// One page of the caller's workspace history, newest first; `older_than` continues after
/// the last entry of the previous page, and `person` keeps only what one member did or
/// underwent.
#[server(endpoint = "activity")]
pub async fn load_activity(
    older_than: Option<i64>,
    #[server(default)] person: Option<i64>,
) -> Result<ActivityPage, AppError> {
    use crate::auth::guard::authorize;
    use crate::policy::Permission;
    let state = crate::server::AppState::current()?;
    let member = authorize(&state, Permission::ViewActivity).await?;
    crate::activity::service::page(&state, &member, older_than, person).await
}
