use crate::server::config::LogFormat;
use tracing_subscriber::EnvFilter;

/// Structured logs on stderr: human-readable by default, JSON lines with
/// `ROSTER_LOG_FORMAT=json`; `RUST_LOG` narrows or widens them.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second init (as in tests) keeps the first subscriber.
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
}
