//! The connection pool, migrations and transactions for both supported databases.
//!
//! SQL is written once in the portable subset both dialects share (`$1` placeholders work in
//! SQLite too); the few places where the dialects differ ask [`Backend`].

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyPool, Connection, Executor, Transaction};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

pub mod clock;
pub mod statement;
pub mod stored;

pub use clock::Clock;

/// Which database a pool talks to; decided at run time from `DATABASE_URL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// What ends the `SELECT` of rows a worker claims: PostgreSQL's `FOR UPDATE SKIP LOCKED`
    /// lets instances claim different rows at once; SQLite runs one writer at a time, whose
    /// write lock already keeps a second worker out.
    pub fn skip_locked(self) -> &'static str {
        match self {
            Self::Sqlite => "",
            Self::Postgres => " FOR UPDATE SKIP LOCKED",
        }
    }

    pub fn from_url(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Self::Postgres)
        } else {
            None
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("DATABASE_URL must start with sqlite: or postgres://")]
    UnsupportedUrl,
    #[error("could not create the data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("could not connect to the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("could not migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// A pool plus the knowledge of which dialect it speaks.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

pub type Tx = Transaction<'static, Any>;

/// The tables [`Db::lock_table`] locks: named, so no statement is built from a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockedTable {
    SearchTerms,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// A PostgreSQL connection idle this long is pinged before it is used again.
const IDLE_BEFORE_PING: Duration = Duration::from_secs(30);

/// Connections kept open when `ROSTER_DATABASE_CONNECTIONS` is not set.
///
/// SQLite allows one writer at a time; a small pool avoids piling up busy waits. PostgreSQL
/// queries here are short and CPU-bound: more connections than the cores can serve only make
/// them wait their turn inside the database instead: in the benchmark, more connections gave
/// a worse search p99 at the same throughput (BENCHMARKS.md).
pub fn default_pool_size(backend: Backend) -> u32 {
    match backend {
        Backend::Sqlite => 8,
        Backend::Postgres => {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            (2 * cores as u32).max(4)
        }
    }
}

impl Db {
    /// Connects, creating the SQLite file and its folder on first use, and runs migrations.
    pub async fn connect(url: &str) -> Result<Self, DbError> {
        Self::connect_with_pool(url, None).await
    }

    /// [`Db::connect`] keeping at most `max_connections` open (`None`: [`default_pool_size`]).
    pub async fn connect_with_pool(
        url: &str,
        max_connections: Option<u32>,
    ) -> Result<Self, DbError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url).ok_or(DbError::UnsupportedUrl)?;
        if backend == Backend::Sqlite {
            ensure_sqlite_folder(url)?;
        }
        let options = AnyConnectOptions::from_str(url).map_err(DbError::Connect)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections.unwrap_or_else(|| default_pool_size(backend)))
            .acquire_timeout(Duration::from_secs(10))
            // sqlx pings every connection it hands out, one more round trip per query (to
            // SQLite's connection thread, or PostgreSQL's server). Only a connection left
            // idle a while can have been cut (a restarted or failed-over server), so only
            // such a one is tested; an SQLite file cannot go away under an open connection.
            .test_before_acquire(false)
            .before_acquire(move |conn, meta| {
                Box::pin(async move {
                    // A connection that fails the ping is closed and another one is taken.
                    let idle = backend == Backend::Postgres && meta.idle_for >= IDLE_BEFORE_PING;
                    Ok(!idle || conn.ping().await.is_ok())
                })
            })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the writer; the busy timeout makes a
                        // second writer wait instead of failing at once. `optimize` refreshes
                        // the planner's statistics where they are stale (sampling at most a
                        // few hundred rows per index): without them SQLite may walk a 100,000
                        // member workspace in name order to find a few matches. The pool
                        // replaces connections every 30 minutes, so this also runs regularly.
                        // Reading through a memory map skips copying each page into the
                        // connection's cache (see scripts/bench-notes.md); writes still go
                        // through the WAL.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                             PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002; \
                             PRAGMA mmap_size = 268435456;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(DbError::Connect)?;
        let db = Self { pool, backend };
        db.migrate().await?;
        Ok(db)
    }

    async fn migrate(&self) -> Result<(), DbError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a transaction that will write.
    ///
    /// SQLite's default deferred `BEGIN` takes the write lock only at the first write, and a
    /// read-then-write transaction can then fail with SQLITE_BUSY without waiting; `BEGIN
    /// IMMEDIATE` takes the lock up front so the busy timeout applies.
    pub async fn begin_write(&self) -> Result<Tx, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// Serialises changes to one workspace's memberships inside `tx`, so rules over all of
    /// them (at least one admin) hold when two admins act at once. SQLite already holds the
    /// database's write lock from `BEGIN IMMEDIATE`; PostgreSQL locks the workspace's row.
    pub async fn lock_workspace(&self, tx: &mut Tx, workspace_id: i64) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT id FROM workspaces WHERE id = $1 FOR UPDATE")
                .bind(workspace_id)
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// Serialises changes to one person's second factors inside `tx`, so a rule over all of
    /// them (at least one while a workspace requires it) holds when two requests act at once.
    pub async fn lock_account(&self, tx: &mut Tx, user_id: i64) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT id FROM users WHERE id = $1 FOR UPDATE")
                .bind(user_id)
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// Keeps every other writer of `table` out until `tx` ends, as a one-off rewrite of the
    /// table needs when instances upgraded together would each run it. SQLite's write
    /// transaction already excludes them.
    pub async fn lock_table(&self, tx: &mut Tx, table: LockedTable) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Postgres {
            let statement = match table {
                LockedTable::SearchTerms => "LOCK TABLE search_terms IN SHARE ROW EXCLUSIVE MODE",
            };
            sqlx::query(statement).execute(&mut **tx).await?;
        }
        Ok(())
    }

    /// Fresh planner statistics after a bulk load, so the planners know how large tables are.
    /// PostgreSQL also gets its visibility map: until autovacuum comes by (it had not a minute
    /// after seeding 100,000 people), every index-only scan also reads each row from the table.
    ///
    /// An SQLite connection reads the statistics once, when it loads the schema, and ANALYZE
    /// reloads them only on the connection that ran it: the pool's other connections would go
    /// on planning with what they read when the tables were small (and, say, scan every user
    /// to find a page's fifty). So each idle connection is told to read them again; one in use
    /// meanwhile catches up when the pool replaces it, as a new connection reads them afresh.
    pub async fn refresh_statistics(&self) -> Result<(), sqlx::Error> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::query("ANALYZE").execute(&self.pool).await?;
                let mut idle = Vec::new();
                for _ in 0..self.pool.num_idle() {
                    idle.push(self.pool.acquire().await?);
                }
                for connection in &mut idle {
                    sqlx::query("ANALYZE sqlite_schema")
                        .execute(&mut **connection)
                        .await?;
                }
            }
            Backend::Postgres => {
                sqlx::query("VACUUM ANALYZE").execute(&self.pool).await?;
            }
        }
        Ok(())
    }

    /// Answers whether the database responds, for `/healthz`.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// How many times [`retry_contended`] runs an operation in all.
const ATTEMPTS_AFTER_LOST_RACES: u32 = 3;

/// Runs `attempt` again when its transaction lost a race the database could not order
/// ([`AppError::Contended`]: a PostgreSQL serialization failure or deadlock), after a short
/// random pause, up to [`ATTEMPTS_AFTER_LOST_RACES`] times; then the caller is told to retry
/// (503). Such a transaction rolled back whole, so `attempt` must do nothing outside its
/// transaction that would count twice (a rate-limit hit, a password hash).
pub async fn retry_contended<T, F, Fut>(mut attempt: F) -> Result<T, crate::error::AppError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, crate::error::AppError>>,
{
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    let mut attempts = 1;
    loop {
        match attempt().await {
            Err(crate::error::AppError::Contended) if attempts < ATTEMPTS_AFTER_LOST_RACES => {
                tracing::info!(attempts, "running a transaction again after it lost a race");
                let pause_ms = u64::from(5 + OsRng.next_u32() % 45) * u64::from(attempts);
                tokio::time::sleep(Duration::from_millis(pause_ms)).await;
                attempts += 1;
            }
            outcome => return outcome,
        }
    }
}

fn ensure_sqlite_folder(url: &str) -> Result<(), DbError> {
    let path = url
        .trim_start_matches("sqlite:")
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(parent) = Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|source| DbError::DataDir {
            path: parent.display().to_string(),
            source,
        })?;
    }
    Ok(())
}

/// Whether `error` is a violation of the unique index or constraint called `name`.
///
/// Conflicts are recognised by constraint name rather than message text. SQLite names the
/// columns instead of the index, so callers pass the index name and the SQLite column list.
pub fn is_unique_violation(error: &sqlx::Error, postgres_name: &str, sqlite_columns: &str) -> bool {
    let sqlx::Error::Database(db_error) = error else {
        return false;
    };
    if !db_error.is_unique_violation() {
        return false;
    }
    match db_error.constraint() {
        Some(constraint) => constraint == postgres_name,
        // SQLite reports "UNIQUE constraint failed: table.column, table.column".
        None => db_error.message().ends_with(sqlite_columns),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backend_follows_the_url_scheme() {
        assert_eq!(
            Backend::from_url("sqlite://data/roster.db"),
            Some(Backend::Sqlite)
        );
        assert_eq!(
            Backend::from_url("postgres://localhost/roster"),
            Some(Backend::Postgres)
        );
        assert_eq!(
            Backend::from_url("postgresql://localhost/roster"),
            Some(Backend::Postgres)
        );
        assert_eq!(Backend::from_url("mysql://localhost/roster"), None);
    }

    /// An operation that loses a race for its first `losses` runs; counts its runs.
    async fn run_losing(losses: u32) -> (Result<&'static str, crate::error::AppError>, u32) {
        let runs = std::sync::atomic::AtomicU32::new(0);
        let outcome = retry_contended(|| async {
            if runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < losses {
                Err(crate::error::AppError::Contended)
            } else {
                Ok("done")
            }
        })
        .await;
        (outcome, runs.load(std::sync::atomic::Ordering::SeqCst))
    }

    #[test]
    fn only_postgresql_skips_rows_other_workers_hold() {
        assert_eq!(Backend::Sqlite.skip_locked(), "");
        assert_eq!(Backend::Postgres.skip_locked(), " FOR UPDATE SKIP LOCKED");
    }

    #[tokio::test]
    async fn a_transaction_that_lost_a_race_runs_again() {
        assert_eq!(run_losing(2).await, (Ok("done"), 3));
    }

    #[tokio::test]
    async fn after_three_lost_races_the_caller_is_told_to_retry() {
        assert_eq!(
            run_losing(u32::MAX).await,
            (Err(crate::error::AppError::Contended), 3)
        );
        assert_eq!(crate::error::AppError::Contended.status_code(), 503);
    }

    #[tokio::test]
    async fn a_new_sqlite_file_is_created_in_wal_mode_with_foreign_keys_on() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!(
            "sqlite://{}/nested/roster.db?mode=rwc",
            dir.path().display()
        );
        let db = Db::connect(&url).await.unwrap();
        let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        let (foreign_keys,): (i64,) = sqlx::query_as("PRAGMA foreign_keys")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert_eq!(foreign_keys, 1);
        assert!(dir.path().join("nested/roster.db").exists());
    }
}
