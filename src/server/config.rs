//! Settings, read once at start-up from environment variables (or the matching command-line
//! flags, which win). Every one has a default; a malformed one stops start-up with a message
//! naming its variable.

use clap::{Args, CommandFactory, FromArgMatches, Parser, ValueEnum};
use lettre::message::Mailbox;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use url::Url;

/// The settings as given. Each flag's value name is its environment variable, so an error
/// names the variable people set.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Where data lives: the SQLite file and, without SMTP, the .eml files of sent mail
    #[arg(
        long,
        env = "ROSTER_DATA_DIR",
        value_name = "ROSTER_DATA_DIR",
        default_value = "data"
    )]
    pub data_dir: PathBuf,
    /// sqlite://<file> (default: <ROSTER_DATA_DIR>/roster.db) or, for several instances,
    /// postgres://<user>@<host>/<database>
    #[arg(long, env = "DATABASE_URL", value_name = "DATABASE_URL", value_parser = database_url)]
    pub database_url: Option<String>,
    /// The address and port the server listens on
    #[arg(
        long,
        env = "LEPTOS_SITE_ADDR",
        value_name = "LEPTOS_SITE_ADDR",
        default_value = "127.0.0.1:3000"
    )]
    pub site_addr: SocketAddr,
    /// Where people reach Roster; links in emails start with it, and https:// marks cookies
    /// Secure (default: http://<LEPTOS_SITE_ADDR>)
    #[arg(long, env = "ROSTER_BASE_URL", value_name = "ROSTER_BASE_URL", value_parser = base_url)]
    pub base_url: Option<Url>,
    /// smtp://host:port or smtps://host:port; unset, mail is written as .eml files under
    /// <ROSTER_DATA_DIR>/mail
    #[arg(long, env = "ROSTER_SMTP_URL", value_name = "ROSTER_SMTP_URL", value_parser = smtp_url)]
    pub smtp_url: Option<String>,
    /// The sender of every email
    #[arg(
        long,
        env = "ROSTER_MAIL_FROM",
        value_name = "ROSTER_MAIL_FROM",
        default_value = "Roster <roster@localhost>"
    )]
    pub mail_from: Mailbox,
    /// How long an invitation link stays valid, e.g. 7d, 48h, 90s
    #[arg(long, env = "ROSTER_INVITE_TTL", value_name = "ROSTER_INVITE_TTL", default_value = "7d", value_parser = duration)]
    pub invite_ttl: Duration,
    /// A session ends after this long without use
    #[arg(
        long,
        env = "ROSTER_SESSION_IDLE_TIMEOUT",
        value_name = "ROSTER_SESSION_IDLE_TIMEOUT",
        default_value = "7d",
        value_parser = duration
    )]
    pub session_idle_timeout: Duration,
    /// A session ends after this long in any case
    #[arg(
        long,
        env = "ROSTER_SESSION_MAX_AGE",
        value_name = "ROSTER_SESSION_MAX_AGE",
        default_value = "30d",
        value_parser = duration
    )]
    pub session_max_age: Duration,
    /// How often each instance looks for queued mail (it also wakes when mail is queued)
    #[arg(
        long,
        env = "ROSTER_OUTBOX_POLL_INTERVAL",
        value_name = "ROSTER_OUTBOX_POLL_INTERVAL",
        default_value = "5s",
        value_parser = duration
    )]
    pub outbox_poll_interval: Duration,
    /// How long an instance holds a message it is sending before another may retry it
    #[arg(
        long,
        env = "ROSTER_OUTBOX_LEASE",
        value_name = "ROSTER_OUTBOX_LEASE",
        default_value = "5m",
        value_parser = duration
    )]
    pub outbox_lease: Duration,
    /// Database connections this instance keeps open at most (default: 8 for SQLite; for
    /// PostgreSQL twice the cores, at least 4)
    #[arg(
        long,
        env = "ROSTER_DATABASE_CONNECTIONS",
        value_name = "ROSTER_DATABASE_CONNECTIONS",
        value_parser = connection_count
    )]
    pub database_connections: Option<u32>,
    /// Calls one API token may make in a minute; past it the API answers 429 with
    /// Retry-After
    #[arg(
        long,
        env = "ROSTER_API_REQUESTS_PER_MINUTE",
        value_name = "ROSTER_API_REQUESTS_PER_MINUTE",
        default_value_t = 600,
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    pub api_requests_per_minute: u32,
    /// A fixed first-run setup code, for automated provisioning (default: a random one,
    /// printed at start-up while no account exists)
    #[arg(long, env = "ROSTER_SETUP_CODE", value_name = "ROSTER_SETUP_CODE")]
    pub setup_code: Option<String>,
    /// Log lines as text or json; RUST_LOG filters them
    #[arg(
        long,
        env = "ROSTER_LOG_FORMAT",
        value_name = "ROSTER_LOG_FORMAT",
        value_enum,
        default_value_t = LogFormat::Text
    )]
    pub log_format: LogFormat,
    /// Reverse proxies whose forwarded header says who the client is: addresses and CIDR
    /// ranges, e.g. "127.0.0.1, ::1, 10.0.0.0/8"; from any other peer the header is ignored
    #[arg(
        long,
        env = "ROSTER_TRUSTED_PROXIES",
        value_name = "ROSTER_TRUSTED_PROXIES",
        value_parser = networks
    )]
    pub trusted_proxies: Option<Networks>,
    /// The one header those proxies write the client into
    #[arg(
        long,
        env = "ROSTER_FORWARDED_HEADER",
        value_name = "ROSTER_FORWARDED_HEADER",
        value_enum,
        ignore_case = true,
        default_value_t = ForwardedHeader::XForwardedFor
    )]
    pub forwarded_header: ForwardedHeader,
    /// The parent domain the session cookie is shared with, so that apps on its subdomains
    /// can be gated by /auth/check, e.g. "example.org" for roster.example.org and
    /// flows.example.org (default: Roster's own host only)
    #[arg(
        long,
        env = "ROSTER_COOKIE_DOMAIN",
        value_name = "ROSTER_COOKIE_DOMAIN",
        value_parser = cookie_domain
    )]
    pub cookie_domain: Option<String>,
    /// Other sites a sign-in may send people back to with ?next=, e.g.
    /// "https://flows.example.org, https://tickets.example.org" (Roster's own is always allowed)
    #[arg(
        long,
        env = "ROSTER_ALLOWED_RETURN_ORIGINS",
        value_name = "ROSTER_ALLOWED_RETURN_ORIGINS",
        value_parser = origins
    )]
    pub allowed_return_origins: Option<Origins>,
}

/// Sites given by their scheme, host and port (`ROSTER_ALLOWED_RETURN_ORIGINS`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origins(pub Vec<url::Origin>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// Which header trusted proxies name the client in (`ROSTER_FORWARDED_HEADER`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For`, as nginx (`$proxy_add_x_forwarded_for`), Caddy, Traefik and most
    /// load balancers set it.
    #[default]
    #[value(name = "X-Forwarded-For")]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=…`.
    #[value(name = "Forwarded")]
    Forwarded,
}

/// Addresses and CIDR ranges (`ROSTER_TRUSTED_PROXIES`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Networks(pub Vec<ipnet::IpNet>);

/// The settings in use, defaults filled in.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub database_url: String,
    pub site_addr: SocketAddr,
    /// Where people reach Roster; every link in an email starts with it, never with a
    /// request's Host header.
    pub base_url: Url,
    /// `None` in development: mail is written to `data_dir/mail` instead.
    pub smtp_url: Option<String>,
    pub mail_from: Mailbox,
    pub invite_ttl: Duration,
    pub session_idle_timeout: Duration,
    pub session_max_age: Duration,
    pub outbox_poll_interval: Duration,
    pub outbox_lease: Duration,
    /// Database connections this instance keeps open at most; `None` picks by backend.
    pub database_connections: Option<u32>,
    /// Calls one API token may make in a minute.
    pub api_requests_per_minute: u32,
    /// A fixed first-run setup code, for automated provisioning; otherwise one is generated.
    pub setup_code: Option<String>,
    pub log_format: LogFormat,
    /// Reverse proxies whose `X-Forwarded-For`/`Forwarded` say who the client is; from any
    /// other peer those headers are ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The one header those proxies write the client into. Only one is read: a proxy that
    /// sets one passes the other through as the client wrote it.
    pub forwarded_header: ForwardedHeader,
    /// The parent domain the session cookie is shared with; `None` keeps it to Roster's host.
    pub cookie_domain: Option<String>,
    /// Sites besides Roster's own that a sign-in may send people back to.
    pub allowed_return_origins: Vec<url::Origin>,
}

/// Only the settings, for reading them apart from a command.
#[derive(Debug, Parser)]
#[command(name = "roster")]
struct SettingsOnly {
    #[command(flatten)]
    settings: Settings,
}

impl Config {
    pub fn from_settings(settings: Settings) -> Result<Self, clap::Error> {
        let site_addr = settings.site_addr;
        let base_url = match settings.base_url {
            Some(url) => url,
            None => Url::parse(&format!("http://{site_addr}")).map_err(|e| {
                clap::Error::raw(
                    clap::error::ErrorKind::ValueValidation,
                    format!("cannot make ROSTER_BASE_URL from LEPTOS_SITE_ADDR: {e}\n"),
                )
            })?,
        };
        if let Some(domain) = &settings.cookie_domain {
            let host = base_url.host_str().unwrap_or_default();
            if host != domain && !host.ends_with(&format!(".{domain}")) {
                return Err(clap::Error::raw(
                    clap::error::ErrorKind::ValueValidation,
                    format!(
                        "ROSTER_COOKIE_DOMAIN \"{domain}\" does not contain ROSTER_BASE_URL's host \
                         \"{host}\": browsers would refuse the session cookie\n"
                    ),
                ));
            }
        }
        Ok(Self {
            database_url: settings.database_url.unwrap_or_else(|| {
                format!(
                    "sqlite://{}/roster.db?mode=rwc",
                    settings.data_dir.display()
                )
            }),
            data_dir: settings.data_dir,
            site_addr,
            base_url,
            smtp_url: settings.smtp_url,
            mail_from: settings.mail_from,
            invite_ttl: settings.invite_ttl,
            session_idle_timeout: settings.session_idle_timeout,
            session_max_age: settings.session_max_age,
            outbox_poll_interval: settings.outbox_poll_interval,
            outbox_lease: settings.outbox_lease,
            database_connections: settings.database_connections,
            api_requests_per_minute: settings.api_requests_per_minute,
            setup_code: settings.setup_code,
            log_format: settings.log_format,
            trusted_proxies: settings.trusted_proxies.unwrap_or_default().0,
            forwarded_header: settings.forwarded_header,
            cookie_domain: settings.cookie_domain,
            allowed_return_origins: settings.allowed_return_origins.unwrap_or_default().0,
        })
    }

    /// Reads the settings as if `vars` were the whole environment, for tests: the process's
    /// own variables are ignored.
    pub fn from_vars(vars: &[(&str, &str)]) -> Result<Self, clap::Error> {
        let command = SettingsOnly::command();
        let mut args = vec!["roster".to_owned()];
        // As in an environment, a variable set again replaces its earlier value.
        let mut last: Vec<(&str, &str)> = Vec::new();
        for &(name, value) in vars {
            last.retain(|(earlier, _)| *earlier != name);
            last.push((name, value));
        }
        for (name, value) in last {
            let flag = command
                .get_arguments()
                .find(|arg| arg.get_env().is_some_and(|env| env == name))
                .and_then(|arg| arg.get_long())
                .ok_or_else(|| {
                    clap::Error::raw(
                        clap::error::ErrorKind::UnknownArgument,
                        format!("{name} is not a setting\n"),
                    )
                })?;
            if !value.trim().is_empty() {
                args.push(format!("--{flag}={value}"));
            }
        }
        let matches = command
            .mut_args(|arg| arg.env(None))
            .try_get_matches_from(args)?;
        let settings = SettingsOnly::from_arg_matches(&matches)?.settings;
        Self::from_settings(settings)
    }

    /// Whether cookies must carry `Secure`: only when people reach Roster over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.scheme() == "https"
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }

    /// An absolute link for a path such as `/invite/<token>`.
    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.base_url.as_str().trim_end_matches('/'), path)
    }
}

/// A command that reads these settings from the environment, where a variable set blank
/// (`KEY=`, as compose files and systemd units often write it) counts as not set.
pub fn ignoring_blank_variables(command: clap::Command) -> clap::Command {
    command.mut_args(|arg| {
        let blank = arg
            .get_env()
            .and_then(std::env::var_os)
            .is_some_and(|value| value.to_string_lossy().trim().is_empty());
        if blank { arg.env(None) } else { arg }
    })
}

fn connection_count(raw: &str) -> Result<u32, String> {
    match raw.trim().parse::<u32>() {
        Ok(count @ 1..=1000) => Ok(count),
        _ => Err("expected a whole number from 1 to 1000".into()),
    }
}

fn database_url(raw: &str) -> Result<String, String> {
    if crate::db::Backend::from_url(raw).is_some() {
        Ok(raw.to_owned())
    } else {
        Err("expected sqlite://<file> or postgres://<user>@<host>/<database>".into())
    }
}

fn smtp_url(raw: &str) -> Result<String, String> {
    let parsed = Url::parse(raw).map_err(|e| format!("not a URL ({e})"))?;
    if !matches!(parsed.scheme(), "smtp" | "smtps") {
        return Err("expected smtp://host:port or smtps://host:port".into());
    }
    Ok(raw.to_owned())
}

/// `127.0.0.1, ::1, 10.0.0.0/8`: addresses and CIDR ranges, separated by commas or spaces.
fn networks(raw: &str) -> Result<Networks, String> {
    raw.split([',', ' '])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    format!(
                        "\"{item}\" is not an address or CIDR range; expected e.g. 127.0.0.1, ::1, 10.0.0.0/8"
                    )
                })
        })
        .collect::<Result<_, _>>()
        .map(Networks)
}

/// A domain name such as `example.org`; a leading dot, as older documentation writes it,
/// is dropped.
fn cookie_domain(raw: &str) -> Result<String, String> {
    let domain = raw.trim().trim_start_matches('.').to_ascii_lowercase();
    let is_name = domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && domain.parse::<std::net::IpAddr>().is_err();
    if is_name {
        Ok(domain)
    } else {
        Err("expected a domain name such as example.org".into())
    }
}

/// `https://flows.example.org, http://localhost:8080`: sites, by scheme, host and port.
fn origins(raw: &str) -> Result<Origins, String> {
    raw.split([',', ' '])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            let url = Url::parse(item).ok().filter(|url| {
                matches!(url.scheme(), "http" | "https")
                    && url.host().is_some()
                    && url.path() == "/"
                    && url.query().is_none()
                    && url.fragment().is_none()
                    && url.username().is_empty()
            });
            url.map(|url| url.origin()).ok_or_else(|| {
                format!(
                    "\"{item}\" is not a site; expected e.g. https://flows.example.org or http://localhost:8080"
                )
            })
        })
        .collect::<Result<_, _>>()
        .map(Origins)
}

fn base_url(raw: &str) -> Result<Url, String> {
    let url = Url::parse(raw)
        .map_err(|e| format!("not a URL ({e}); expected e.g. https://roster.example.com"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(
            "expected an http:// or https:// address, e.g. https://roster.example.com".into(),
        );
    }
    Ok(url)
}

/// A duration such as 7d, 12h or 90s (humantime's format), longer than zero.
fn duration(raw: &str) -> Result<Duration, String> {
    let parsed = humantime::parse_duration(raw.trim())
        .map_err(|e| format!("{e}; expected a duration such as 7d, 12h or 90s"))?;
    if parsed.is_zero() {
        return Err("must be longer than zero".into());
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_with(vars: &[(&str, &str)]) -> Result<Config, clap::Error> {
        Config::from_vars(vars)
    }

    /// Whether the error names `var`, as people who set it know it.
    fn names(error: &clap::Error, var: &str) -> bool {
        error.to_string().contains(&format!("<{var}>"))
    }

    #[test]
    fn every_setting_has_a_default() {
        let config = config_with(&[]).unwrap();
        assert_eq!(config.database_url, "sqlite://data/roster.db?mode=rwc");
        assert_eq!(config.site_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.base_url.as_str(), "http://127.0.0.1:3000/");
        assert_eq!(config.smtp_url, None);
        assert_eq!(config.invite_ttl, Duration::from_secs(7 * 24 * 3600));
        assert!(!config.secure_cookies());
        assert_eq!(config.database_connections, None);
    }

    #[test]
    fn the_connection_count_is_a_positive_whole_number() {
        let config = config_with(&[("ROSTER_DATABASE_CONNECTIONS", " 12 ")]).unwrap();
        assert_eq!(config.database_connections, Some(12));
        for bad in ["0", "-1", "many", "1.5", "100000"] {
            let error = config_with(&[("ROSTER_DATABASE_CONNECTIONS", bad)]).unwrap_err();
            assert!(
                names(&error, "ROSTER_DATABASE_CONNECTIONS"),
                "{bad}: {error}"
            );
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        assert!(config_with(&[]).unwrap().trusted_proxies.is_empty());
        let config =
            config_with(&[("ROSTER_TRUSTED_PROXIES", "127.0.0.1, ::1 10.0.0.0/8")]).unwrap();
        let listed: Vec<String> = config
            .trusted_proxies
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(listed, ["127.0.0.1/32", "::1/128", "10.0.0.0/8"]);
        let error =
            config_with(&[("ROSTER_TRUSTED_PROXIES", "10.0.0.0/8, proxy.local")]).unwrap_err();
        assert!(names(&error, "ROSTER_TRUSTED_PROXIES"), "{error}");
        assert!(error.to_string().contains("proxy.local"), "{error}");
    }

    #[test]
    fn the_cookie_domain_must_contain_the_base_url_host() {
        assert_eq!(config_with(&[]).unwrap().cookie_domain, None);
        let shared = config_with(&[
            ("ROSTER_BASE_URL", "https://roster.example.org"),
            ("ROSTER_COOKIE_DOMAIN", ".Example.org"),
        ])
        .unwrap();
        assert_eq!(shared.cookie_domain.as_deref(), Some("example.org"));
        let elsewhere = config_with(&[
            ("ROSTER_BASE_URL", "https://roster.example.org"),
            ("ROSTER_COOKIE_DOMAIN", "ample.org"),
        ])
        .unwrap_err();
        assert!(
            elsewhere.to_string().contains("ROSTER_COOKIE_DOMAIN"),
            "{elsewhere}"
        );
        for bad in ["org", "127.0.0.1", "https://example.org", "exa mple.org"] {
            let error = config_with(&[("ROSTER_COOKIE_DOMAIN", bad)]).unwrap_err();
            assert!(names(&error, "ROSTER_COOKIE_DOMAIN"), "{bad}: {error}");
        }
    }

    #[test]
    fn allowed_return_origins_are_sites_without_paths() {
        assert!(config_with(&[]).unwrap().allowed_return_origins.is_empty());
        let config = config_with(&[(
            "ROSTER_ALLOWED_RETURN_ORIGINS",
            "https://flows.example.org, http://localhost:8080/",
        )])
        .unwrap();
        let listed: Vec<String> = config
            .allowed_return_origins
            .iter()
            .map(|origin| origin.ascii_serialization())
            .collect();
        assert_eq!(
            listed,
            ["https://flows.example.org", "http://localhost:8080"]
        );
        for bad in [
            "flows.example.org",
            "javascript:alert(1)",
            "https://example.org/flows",
            "ftp://example.org",
        ] {
            let error = config_with(&[("ROSTER_ALLOWED_RETURN_ORIGINS", bad)]).unwrap_err();
            assert!(
                names(&error, "ROSTER_ALLOWED_RETURN_ORIGINS"),
                "{bad}: {error}"
            );
        }
    }

    #[test]
    fn the_invite_ttl_accepts_days_and_seconds() {
        let config = config_with(&[("ROSTER_INVITE_TTL", "90s")]).unwrap();
        assert_eq!(config.invite_ttl, Duration::from_secs(90));
    }

    #[test]
    fn a_malformed_value_names_its_variable() {
        let error = config_with(&[("ROSTER_INVITE_TTL", "soon")]).unwrap_err();
        assert!(names(&error, "ROSTER_INVITE_TTL"), "{error}");
        let error = config_with(&[("ROSTER_BASE_URL", "roster.example.com")]).unwrap_err();
        assert!(names(&error, "ROSTER_BASE_URL"), "{error}");
        let error = config_with(&[("ROSTER_SMTP_URL", "http://mail")]).unwrap_err();
        assert!(names(&error, "ROSTER_SMTP_URL"), "{error}");
        let error = config_with(&[("DATABASE_URL", "mysql://db")]).unwrap_err();
        assert!(names(&error, "DATABASE_URL"), "{error}");
        let error = config_with(&[("ROSTER_MAIL_FROM", "not an address")]).unwrap_err();
        assert!(names(&error, "ROSTER_MAIL_FROM"), "{error}");
        let error = config_with(&[("LEPTOS_SITE_ADDR", "localhost")]).unwrap_err();
        assert!(names(&error, "LEPTOS_SITE_ADDR"), "{error}");
    }

    #[test]
    fn blank_values_count_as_unset_and_names_ignore_case() {
        let config = config_with(&[
            ("ROSTER_SMTP_URL", " "),
            ("ROSTER_FORWARDED_HEADER", "forwarded"),
            ("ROSTER_LOG_FORMAT", "json"),
        ])
        .unwrap();
        assert_eq!(config.smtp_url, None);
        assert_eq!(config.forwarded_header, ForwardedHeader::Forwarded);
        assert_eq!(config.log_format, LogFormat::Json);
        let error = config_with(&[("ROSTER_OUTBOX_LEASE", "0s")]).unwrap_err();
        assert!(error.to_string().contains("longer than zero"), "{error}");
        assert!(config_with(&[("ROSTER_NO_SUCH_THING", "1")]).is_err());
    }

    #[test]
    fn a_variable_set_again_replaces_its_earlier_value() {
        let config =
            config_with(&[("ROSTER_INVITE_TTL", "1d"), ("ROSTER_INVITE_TTL", "2h")]).unwrap();
        assert_eq!(config.invite_ttl, Duration::from_secs(2 * 3600));
    }

    #[test]
    fn links_come_from_the_base_url() {
        let config = config_with(&[("ROSTER_BASE_URL", "https://roster.example.com/")]).unwrap();
        assert_eq!(
            config.link("/invite/abc"),
            "https://roster.example.com/invite/abc"
        );
        assert!(config.secure_cookies());
    }
}
