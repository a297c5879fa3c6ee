//! The HTTP server: settings, shared state, routing and middleware.

pub mod config;
pub mod form_errors;
pub mod middleware;
pub mod page_reads;
pub mod rate_limit;
pub mod retention;
pub mod router;
pub mod state;
pub mod telemetry;

pub use config::Config;
pub use router::router;
pub use state::AppState;

use crate::db::{Clock, Db, DbError};
use crate::email::{Mailer, OutboxWorker};
use crate::workspace::setup_code::SetupCode;
use axum::serve::ListenerExt;
use leptos::config::LeptosOptions;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::sync::watch;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("could not make older memberships searchable: {0}")]
    SearchBackfill(sqlx::Error),
    #[error("could not read the site settings: {0}")]
    Leptos(String),
    #[error(
        "the site folder {0} is missing or has no pkg/ inside. Copy target/site of the same \
         build beside the binary as site/, or set LEPTOS_SITE_ROOT to it"
    )]
    SiteMissing(String),
    #[error("ROSTER_SMTP_URL: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("could not prepare the mail folder: {0}")]
    MailDir(std::io::Error),
    #[error("could not listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("the server stopped with an error: {0}")]
    Serve(std::io::Error),
}

/// The site settings cargo-leptos baked in at build time, with the address from `config`
/// and the built files found wherever the binary was installed.
pub fn leptos_options(config: &Config) -> Result<LeptosOptions, StartError> {
    let mut options = leptos::config::get_configuration(None)
        .map_err(|e| StartError::Leptos(e.to_string()))?
        .leptos_options;
    options.site_addr = config.site_addr;
    let beside_binary = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(std::path::Path::to_path_buf));
    let site_root = site_root(
        std::env::var_os("LEPTOS_SITE_ROOT").is_some(),
        &options.site_root,
        beside_binary.as_deref(),
    );
    if !site_root.join(options.site_pkg_dir.as_ref()).is_dir() {
        return Err(StartError::SiteMissing(site_root.display().to_string()));
    }
    // The build names its files by content and lists the names in hash.txt beside the
    // binary; Leptos only reads it when told to, and would otherwise link names that do not
    // exist (no styles, no islands).
    if let Some(hash_file) = [beside_binary.as_deref(), Some(site_root.as_path())]
        .into_iter()
        .flatten()
        .map(|folder| folder.join(options.hash_file.as_ref()))
        .find(|path| path.is_file())
    {
        options.hash_files = true;
        // Absolute, so Leptos's "beside the binary" join gives this very file.
        options.hash_file = std::path::absolute(&hash_file)
            .unwrap_or(hash_file)
            .display()
            .to_string()
            .into();
    }
    options.site_root = site_root.display().to_string().into();
    Ok(options)
}

/// Where the built site is: `LEPTOS_SITE_ROOT` when set; else `site/` beside the binary, as
/// the README's deploy steps install it; else the build's own folder (`target/site`), for
/// running from the source tree.
fn site_root(
    set_by_environment: bool,
    configured: &str,
    beside_binary: Option<&std::path::Path>,
) -> std::path::PathBuf {
    let configured = std::path::PathBuf::from(configured);
    if set_by_environment {
        return configured;
    }
    beside_binary
        .map(|folder| folder.join("site"))
        .filter(|installed| installed.is_dir())
        .unwrap_or(configured)
}

/// The mailer `config` asks for: SMTP when configured, else `.eml` files.
pub fn mailer(config: &Config) -> Result<Mailer, StartError> {
    match &config.smtp_url {
        Some(url) => Ok(Mailer::smtp(url)?),
        None => Mailer::files(&config.mail_dir()).map_err(StartError::MailDir),
    }
}

/// Opens the first-run setup when no account exists, and prints its code.
pub async fn open_first_run(
    db: &Db,
    config: &Config,
    setup_code: &SetupCode,
) -> Result<(), StartError> {
    let has_users = crate::users::repo::any_user_exists(db.pool())
        .await
        .map_err(|e| StartError::Database(DbError::Connect(e)))?;
    if !has_users {
        let code = setup_code.open(config.setup_code.as_deref());
        tracing::warn!(
            "No workspace yet. Open {} and enter the setup code {code}",
            config.link("/setup")
        );
    }
    Ok(())
}

/// Runs the server until SIGTERM or Ctrl-C, then finishes open requests and the mail being
/// sent before returning.
pub async fn serve(config: Config) -> Result<(), StartError> {
    let leptos_options = leptos_options(&config)?;
    let db = Db::connect_with_pool(&config.database_url, config.database_connections).await?;
    // Search data written by older versions is brought up to date before anyone is served.
    let completed = crate::users::search::index::complete(&db)
        .await
        .map_err(StartError::SearchBackfill)?;
    if completed.memberships + completed.terms > 0 {
        tracing::info!(
            memberships = completed.memberships,
            terms = completed.terms,
            "brought older search data up to date"
        );
    }
    let clock = Clock::default();
    let setup_code = SetupCode::default();
    open_first_run(&db, &config, &setup_code).await?;

    let mailer = mailer(&config)?;
    let worker = OutboxWorker::new(db.clone(), mailer, clock.clone(), config.mail_from.clone())
        .with_lease(config.outbox_lease);
    let mail_wake = worker.waker();
    let (stop_worker, worker_stopped) = watch::channel(false);
    let worker_task = tokio::spawn(worker.run(config.outbox_poll_interval, worker_stopped));

    let addr = config.site_addr;
    let config = Arc::new(config);
    let retention_task = tokio::spawn(retention::run(
        db.clone(),
        config.clone(),
        clock.clone(),
        stop_worker.subscribe(),
    ));
    let state = AppState {
        leptos_options,
        config,
        db: db.clone(),
        clock,
        setup_code,
        hasher: crate::auth::password::Hasher::default(),
        mail_wake,
    };
    // Pages are streamed in several writes. With Nagle's algorithm on, the last small write
    // waits for the browser's delayed ACK of the one before, which in the benchmark slowed
    // one Users tab load in five over a kept-alive connection (BENCHMARKS.md, "Nagle").
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| StartError::Bind { addr, source })?
        .tap_io(|stream| {
            if let Err(error) = stream.set_nodelay(true) {
                tracing::debug!(%error, "could not set TCP_NODELAY");
            }
        });
    tracing::info!("Roster is listening on http://{addr}");
    let served = axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await;

    let _ = stop_worker.send(true);
    // A task that panicked stopped its work long before; say so rather than end quietly.
    for (task, ended) in [
        ("the mail worker", worker_task.await),
        ("the retention sweep", retention_task.await),
    ] {
        if let Err(cause) = ended {
            tracing::error!(%cause, "{task} had stopped");
        }
    }
    db.close().await;
    tracing::info!("Roster stopped");
    served.map_err(StartError::Serve)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down: finishing open requests");
}
