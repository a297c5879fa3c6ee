//! `/api/docs`: the API's reference, read from its OpenAPI document, so the page lists what
//! the router serves and nothing else. Written in English, as the document is.

use crate::error::AppError;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// The reference: every endpoint, and the kinds of problem they answer with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiReference {
    pub title: String,
    pub description: String,
    pub base_url: String,
    pub endpoints: Vec<Endpoint>,
    pub problems: Vec<ProblemKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    pub method: String,
    /// Below the base, e.g. `/members/{id}`.
    pub path: String,
    pub summary: String,
    pub description: String,
    pub parameters: Vec<Parameter>,
    /// An example body, as pretty JSON.
    pub request_example: Option<String>,
    pub success_status: u16,
    pub response_example: Option<String>,
    /// Every documented answer: status and what it means.
    pub responses: Vec<(u16, String)>,
    pub curl: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parameter {
    pub name: String,
    pub location: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemKind {
    pub slug: String,
    pub title: String,
    pub status: u16,
}

impl Endpoint {
    /// The anchor of its section.
    pub fn anchor(&self) -> String {
        let path: String = self
            .path
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!(
            "{}{}",
            self.method.to_lowercase(),
            path.trim_end_matches('-')
        )
    }
}

/// The reference, for the page.
#[server(endpoint = "api_reference")]
pub async fn load_api_reference() -> Result<ApiReference, AppError> {
    let state = crate::server::AppState::current()?;
    Ok(build::reference(&state.config.link(crate::rest::BASE_PATH)))
}

#[cfg(feature = "ssr")]
mod build {
    use super::{ApiReference, Endpoint, Parameter, ProblemKind};
    use serde_json::Value;

    /// The value at `$ref` inside `document`, or `value` itself when it is no reference.
    fn resolve<'a>(document: &'a Value, value: &'a Value) -> &'a Value {
        match value.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference
                .strip_prefix("#/")
                .map(|path| {
                    path.split('/')
                        .fold(document, |at, step| at.get(step).unwrap_or(&Value::Null))
                })
                .unwrap_or(&Value::Null),
            None => value,
        }
    }

    /// A schema's first example, as pretty JSON; an array's from its items.
    fn example(document: &Value, schema: &Value) -> Option<String> {
        let schema = resolve(document, schema);
        let found = schema
            .get("examples")
            .and_then(|examples| examples.get(0))
            .or_else(|| schema.get("example"))
            .cloned()
            .or_else(|| {
                let items = schema.get("items")?;
                let item = resolve(document, items);
                let one = item
                    .get("examples")
                    .and_then(|examples| examples.get(0))
                    .or_else(|| item.get("example"))?;
                Some(Value::Array(vec![one.clone()]))
            })?;
        serde_json::to_string_pretty(&found).ok()
    }

    fn body_schema(body: &Value) -> Option<&Value> {
        body.get("content")?
            .as_object()?
            .values()
            .next()?
            .get("schema")
    }

    fn text(value: &Value, key: &str) -> String {
        value
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    }

    fn curl(base_url: &str, method: &str, path: &str, body: Option<&str>) -> String {
        let path = path.replace("{id}", "42");
        let mut command = format!(
            "curl -X {method} {base_url}{path} \\\n  -H \"Authorization: Bearer $ROSTER_TOKEN\""
        );
        if let Some(body) = body {
            let compact = serde_json::from_str::<Value>(body)
                .map(|value| value.to_string())
                .unwrap_or_default();
            command.push_str(&format!(
                " \\\n  -H \"Content-Type: application/json\" \\\n  -d '{compact}'"
            ));
        }
        command
    }

    pub fn reference(base_url: &str) -> ApiReference {
        // The document never changes while the server runs; only the base address may differ.
        static DOCUMENT: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
            serde_json::to_value(crate::rest::openapi()).unwrap_or_default()
        });
        let document = &*DOCUMENT;
        let mut endpoints = Vec::new();
        if let Some(paths) = document.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                let Some(operations) = item.as_object() else {
                    continue;
                };
                for (method, operation) in operations {
                    let method = method.to_uppercase();
                    let request_example = operation
                        .get("requestBody")
                        .and_then(body_schema)
                        .and_then(|schema| example(document, schema));
                    let responses: Vec<(u16, String)> = operation
                        .get("responses")
                        .and_then(Value::as_object)
                        .map(|responses| {
                            responses
                                .iter()
                                .filter_map(|(status, answer)| {
                                    Some((status.parse().ok()?, text(answer, "description")))
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    let (success_status, response_example) = operation
                        .get("responses")
                        .and_then(Value::as_object)
                        .and_then(|responses| {
                            responses.iter().find(|(status, _)| status.starts_with('2'))
                        })
                        .map(|(status, answer)| {
                            (
                                status.parse().unwrap_or(200),
                                body_schema(answer).and_then(|schema| example(document, schema)),
                            )
                        })
                        .unwrap_or((200, None));
                    let parameters = operation
                        .get("parameters")
                        .and_then(Value::as_array)
                        .map(|parameters| {
                            parameters
                                .iter()
                                .map(|parameter| Parameter {
                                    name: text(parameter, "name"),
                                    location: text(parameter, "in"),
                                    description: text(parameter, "description"),
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    endpoints.push(Endpoint {
                        curl: curl(base_url, &method, path, request_example.as_deref()),
                        method,
                        path: path.clone(),
                        summary: text(operation, "summary"),
                        description: text(operation, "description"),
                        parameters,
                        request_example,
                        success_status,
                        response_example,
                        responses,
                    });
                }
            }
        }
        let info = document.get("info").cloned().unwrap_or_default();
        ApiReference {
            title: text(&info, "title"),
            description: text(&info, "description"),
            base_url: base_url.to_owned(),
            endpoints,
            problems: crate::rest::PROBLEM_KINDS
                .iter()
                .map(|(slug, title, status)| ProblemKind {
                    slug: (*slug).to_owned(),
                    title: (*title).to_owned(),
                    status: *status,
                })
                .collect(),
        }
    }
}

#[cfg(feature = "ssr")]
pub use build::reference;

/// `/api/docs`: open to anyone, like the OpenAPI document itself.
#[component]
pub fn ApiDocsPage() -> impl IntoView {
    let reference = Resource::new(|| (), |_| load_api_reference());
    view! {
        <Title text="Roster API reference"/>
        <div class="api-docs" lang="en" dir="ltr">
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match reference.await {
                        Ok(reference) => view! { <Reference reference/> }.into_any(),
                        Err(error) => view! { <p role="alert">{error.message()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Reference(reference: ApiReference) -> impl IntoView {
    let contents = reference
        .endpoints
        .iter()
        .map(|endpoint| {
            let href = format!("#{}", endpoint.anchor());
            view! {
                <li><a href=href><code>{endpoint.method.clone()}" "{endpoint.path.clone()}</code>" — "{endpoint.summary.replace('`', "")}</a></li>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h1>{reference.title}</h1>
            <p>{with_code(&reference.description)}</p>
            <p>"Base address: "<code>{reference.base_url}</code>" · The same description, for tools: "<a href="/api/v1/openapi.json">"openapi.json"</a></p>
            <nav aria-label="Endpoints"><ul>{contents}</ul></nav>
        </section>
        {reference.endpoints.into_iter().map(|endpoint| view! { <EndpointSection endpoint/> }).collect_view()}
        <section class="card" aria-labelledby="problems">
            <h2 id="problems">"Problems"</h2>
            <p>"Every error answers with a problem document (" <code>"application/problem+json"</code> ", RFC 9457): its " <code>"type"</code> " names one of these, " <code>"detail"</code> " says what happened in the token owner's language, and " <code>"errors"</code> " lists refused fields."</p>
            <table class="data-table">
                <thead><tr><th scope="col">"Status"</th><th scope="col">"Type"</th><th scope="col">"Title"</th></tr></thead>
                <tbody>
                    {reference.problems.into_iter().map(|problem| {
                        let id = format!("problem-{}", problem.slug);
                        view! {
                        <tr id=id>
                            <td>{problem.status}</td>
                            <td><code>{problem.slug}</code></td>
                            <td>{problem.title}</td>
                        </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// The document's text with its `code` spans (between backticks) set as code.
fn with_code(text: &str) -> impl IntoView + use<> {
    text.split('`')
        .enumerate()
        .map(|(at, part)| match at % 2 {
            1 => view! { <code>{part.to_owned()}</code> }.into_any(),
            _ => part.to_owned().into_any(),
        })
        .collect_view()
}

#[component]
fn EndpointSection(endpoint: Endpoint) -> impl IntoView {
    let id = endpoint.anchor();
    let heading = format!("{} {}", endpoint.method, endpoint.path);
    view! {
        <section class="card api-endpoint" id=id.clone() aria-labelledby=format!("{id}-heading")>
            <h2 id=format!("{id}-heading")><code>{heading}</code></h2>
            <p>{with_code(&endpoint.summary)}</p>
            {(!endpoint.description.is_empty()).then(|| view! { <p>{with_code(&endpoint.description)}</p> })}
            {(!endpoint.parameters.is_empty()).then(|| view! {
                <h3>"Parameters"</h3>
                <ul>
                    {endpoint.parameters.into_iter().map(|parameter| view! {
                        <li><code>{parameter.name}</code>" ("{parameter.location}"): "{with_code(&parameter.description)}</li>
                    }).collect_view()}
                </ul>
            })}
            <h3>"Example request"</h3>
            <pre><code>{endpoint.curl}</code></pre>
            {endpoint.request_example.map(|body| view! { <h3>"Request body"</h3><pre><code>{body}</code></pre> })}
            <h3>"Example answer (" {endpoint.success_status} ")"</h3>
            <pre><code>{endpoint.response_example.unwrap_or_else(|| "(no body)".to_owned())}</code></pre>
            <h3>"Answers"</h3>
            <ul>
                {endpoint.responses.into_iter().map(|(status, meaning)| view! {
                    <li><strong>{status}</strong>" — "{meaning}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
