//! The API's own types: what its calls take and answer, kept apart from the pages' models so
//! that a change to a page never changes the API. Times are RFC 3339 in UTC.

use crate::auth::api_tokens::model::Access;
use crate::policy::Role;
use crate::workspace::model::TwoFactorRule;
use serde::{Deserialize, Serialize};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaType, Type};
use utoipa::{IntoParams, PartialSchema, ToSchema};

/// A string enum's schema, its values read from the enum itself.
fn names_schema(names: impl IntoIterator<Item = &'static str>, description: &str) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(SchemaType::new(Type::String))
        .enum_values(Some(names))
        .description(Some(description))
        .into()
}

impl PartialSchema for Role {
    fn schema() -> RefOr<Schema> {
        names_schema(
            Role::ALL.iter().map(|role| role.as_str()),
            "A member's role in the workspace",
        )
    }
}
impl ToSchema for Role {}

impl PartialSchema for TwoFactorRule {
    fn schema() -> RefOr<Schema> {
        use strum::VariantArray;
        names_schema(
            TwoFactorRule::VARIANTS.iter().map(|rule| rule.as_str()),
            "Who must sign in with a second factor",
        )
    }
}
impl ToSchema for TwoFactorRule {}

impl PartialSchema for Access {
    fn schema() -> RefOr<Schema> {
        use strum::VariantArray;
        names_schema(
            Access::VARIANTS.iter().map(|access| access.as_str()),
            "What the token may do: read_only, or same_as_role (its owner's current role)",
        )
    }
}
impl ToSchema for Access {}

/// A role as the document names it (`admin`), which is how the database stores it too; the
/// pages' own calls carry the enum's variant name.
fn stored_name<S: serde::Serializer>(role: &Role, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(role.as_str())
}

/// The unix time `secs` as RFC 3339 in UTC.
pub fn timestamp(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// The caller: the token's owner, their role and the token itself.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "user_id": 1, "name": "Ada Admin", "email": "ada@example.com", "role": "admin",
    "workspace": {"id": 1, "name": "Acme"},
    "token": {"name": "HR sync", "access": "same_as_role", "expires_at": "2027-01-03T10:00:00Z"}
}))]
pub struct Me {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    /// Their role now, which caps what the token does.
    #[serde(serialize_with = "stored_name")]
    pub role: Role,
    pub workspace: WorkspaceRef,
    pub token: TokenInfo,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct WorkspaceRef {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TokenInfo {
    pub name: String,
    pub access: Access,
    pub expires_at: String,
}

/// The workspace's settings.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 1, "name": "Acme", "language": "en", "timezone": "Europe/Paris",
    "two_factor_rule": "no_one"
}))]
pub struct Workspace {
    pub id: i64,
    pub name: String,
    /// A BCP 47 tag: the language of members who chose none, and of invitations.
    pub language: String,
    /// An IANA zone, for dates in emails and pages.
    pub timezone: String,
    pub two_factor_rule: TwoFactorRule,
}

/// The settings to change; those left out keep their value.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"timezone": "Europe/Paris"}))]
pub struct WorkspaceChange {
    pub name: Option<String>,
    pub language: Option<String>,
    pub timezone: Option<String>,
    pub two_factor_rule: Option<TwoFactorRule>,
}

/// A member of the workspace.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 7, "name": "Bea Smith", "email": "bea@example.com", "role": "editor",
    "joined_at": "2026-11-02T09:30:00Z", "last_active_at": "2026-12-01T16:02:11Z",
    "two_factor": true
}))]
pub struct Member {
    /// The person's id, the same in every workspace.
    pub id: i64,
    pub name: String,
    pub email: String,
    #[serde(serialize_with = "stored_name")]
    pub role: Role,
    pub joined_at: String,
    /// When they last used the workspace; `null` for never.
    pub last_active_at: Option<String>,
    /// Whether a second factor guards their sign-in.
    pub two_factor: bool,
}

/// One page of members, in name order.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "members": [{
        "id": 7, "name": "Bea Smith", "email": "bea@example.com", "role": "editor",
        "joined_at": "2026-11-02T09:30:00Z", "last_active_at": null, "two_factor": false
    }],
    "total": 1,
    "next_cursor": null
}))]
pub struct MemberList {
    pub members: Vec<Member>,
    /// How many members match the search in all pages.
    pub total: i64,
    /// Pass as `cursor` for the next page; `null` on the last one.
    pub next_cursor: Option<String>,
}

/// Which members to list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MembersQuery {
    /// Words that start a member's name or email, any case, as in the Users tab's search.
    #[param(example = "smith")]
    pub q: Option<String>,
    /// Only members with this role.
    #[param(example = "editor")]
    pub role: Option<Role>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
}

/// The role to give a member.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"role": "editor"}))]
pub struct MemberChange {
    #[serde(serialize_with = "stored_name")]
    pub role: Role,
}

/// A pending invitation, or one that expired unanswered.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 12, "email": "new@example.com", "role": "agent", "status": "pending",
    "delivery": "sent", "sent_at": "2026-12-01T10:00:00Z", "expires_at": "2026-12-08T10:00:00Z"
}))]
pub struct Invitation {
    pub id: i64,
    pub email: String,
    #[serde(serialize_with = "stored_name")]
    pub role: Role,
    /// `pending` or `expired`.
    pub status: String,
    /// Whether its email is `queued`, `sent` or `failed`.
    pub delivery: String,
    pub sent_at: String,
    pub expires_at: String,
}

/// Addresses to invite with one role, by the same rules and limits as the Invite form.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"emails": ["ann@example.com", "bob@example.com"], "role": "agent"}))]
pub struct InvitationRequest {
    pub emails: Vec<String>,
    #[serde(serialize_with = "stored_name")]
    pub role: Role,
    /// The email's language (a tag such as `pt-BR`); the workspace's when left out.
    pub language: Option<String>,
}

/// What became of each address.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"results": [
    {"email": "ann@example.com", "invited": true, "problem": null},
    {"email": "bob@example.com", "invited": false, "problem": "bob@example.com is already a member"}
]}))]
pub struct InvitationResults {
    pub results: Vec<InvitationResult>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"email": "ann@example.com", "invited": true, "problem": null}))]
pub struct InvitationResult {
    pub email: String,
    pub invited: bool,
    /// Why the address was not invited.
    pub problem: Option<String>,
}

/// One event of the workspace's history.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 90, "at": "2026-12-01T10:00:00Z", "actor": "Ada Admin",
    "description": "invited new@example.com as Agent"
}))]
pub struct ActivityEntry {
    pub id: i64,
    pub at: String,
    /// Who did it, by name.
    pub actor: String,
    /// What they did, in the token owner's language.
    pub description: String,
}

/// One page of history, newest first.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "entries": [{
        "id": 90, "at": "2026-12-01T10:00:00Z", "actor": "Ada Admin",
        "description": "invited new@example.com as Agent (via API token “HR sync”)"
    }],
    "next_cursor": "90"
}))]
pub struct ActivityList {
    pub entries: Vec<ActivityEntry>,
    /// Pass as `cursor` for older entries; `null` on the last page.
    pub next_cursor: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ActivityQuery {
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
}

/// A cursor's id, or 400.
pub fn cursor(value: Option<&str>) -> Result<Option<i64>, crate::error::AppError> {
    value
        .map(|cursor| {
            cursor.parse::<i64>().map_err(|_| {
                crate::error::AppError::BadRequest(format!("unknown cursor {cursor:?}"))
            })
        })
        .transpose()
}
