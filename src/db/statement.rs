//! Statements built from parts (a search's words, a bulk insert's rows) whose placeholders
//! are numbered as their values are added, so no value can be bound to the wrong `$n`.
//!
//! ```
//! use roster::db::statement::{Statement, Values};
//!
//! let mut values = Values::default();
//! let workspace = values.add(7);
//! let term = values.add("smith");
//! let statement = Statement::new(
//!     format!("SELECT user_id FROM search_terms WHERE workspace_id = {workspace} AND term = {term}"),
//!     values,
//! );
//! assert_eq!(
//!     statement.sql(),
//!     "SELECT user_id FROM search_terms WHERE workspace_id = $1 AND term = $2"
//! );
//! ```

use sqlx::Any;
use sqlx::any::{AnyArguments, AnyRow};
use std::fmt;

/// A value bound to a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Int(i64),
    Text(String),
}

impl From<i64> for Value {
    fn from(value: i64) -> Self {
        Self::Int(value)
    }
}

impl From<String> for Value {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<&str> for Value {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

/// A numbered placeholder, written `$n` into SQL; SQLite reads that spelling too. Writing
/// the same placeholder twice reuses its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placeholder(usize);

impl fmt::Display for Placeholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}", self.0)
    }
}

/// The values of a statement being built, in placeholder order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values(Vec<Value>);

impl Values {
    /// Adds a value and returns the placeholder that stands for it.
    pub fn add(&mut self, value: impl Into<Value>) -> Placeholder {
        self.0.push(value.into());
        Placeholder(self.0.len())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

type QueryAs<'q, Row> = sqlx::query::QueryAs<'q, Any, Row, AnyArguments<'q>>;
type Query<'q> = sqlx::query::Query<'q, Any, AnyArguments<'q>>;

/// SQL with its values, ready to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    sql: String,
    values: Values,
}

impl Statement {
    pub fn new(sql: String, values: Values) -> Self {
        Self { sql, values }
    }

    pub fn sql(&self) -> &str {
        &self.sql
    }

    pub fn values(&self) -> &[Value] {
        &self.values.0
    }

    /// The same values under other SQL that uses them alike, such as `EXPLAIN` of this one.
    pub fn with_sql(&self, sql: impl FnOnce(&str) -> String) -> Self {
        Self {
            sql: sql(&self.sql),
            values: self.values.clone(),
        }
    }

    pub fn query(&self) -> Query<'_> {
        self.values()
            .iter()
            .fold(sqlx::query(&self.sql), |query, value| match value {
                Value::Int(int) => query.bind(*int),
                Value::Text(text) => query.bind(text.as_str()),
            })
    }

    pub fn query_as<Row>(&self) -> QueryAs<'_, Row>
    where
        Row: for<'r> sqlx::FromRow<'r, AnyRow>,
    {
        self.values()
            .iter()
            .fold(sqlx::query_as(&self.sql), |query, value| match value {
                Value::Int(int) => query.bind(*int),
                Value::Text(text) => query.bind(text.as_str()),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_in_the_order_values_are_added() {
        let mut values = Values::default();
        let workspace = values.add(7);
        let low = values.add("smith");
        let high = values.add(String::from("smith\u{10FFFF}"));
        let statement = Statement::new(
            format!("WHERE w = {workspace} AND t >= {low} AND t < {high} AND o.w = {workspace}"),
            values,
        );
        assert_eq!(
            statement.sql(),
            "WHERE w = $1 AND t >= $2 AND t < $3 AND o.w = $1"
        );
        assert_eq!(
            statement.values(),
            [
                Value::Int(7),
                Value::Text("smith".into()),
                Value::Text("smith\u{10FFFF}".into())
            ]
        );
    }

    #[tokio::test]
    async fn values_are_bound_by_their_numbers() {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect("sqlite::memory:").await.unwrap();
        let mut values = Values::default();
        let second = values.add("b");
        let first = values.add("a");
        let count = values.add(2);
        let statement = Statement::new(format!("SELECT {first} || {second}, {count} + 1"), values);
        let (text, number): (String, i64) = statement.query_as().fetch_one(&pool).await.unwrap();
        assert_eq!((text.as_str(), number), ("ab", 3));
    }
}
