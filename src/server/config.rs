//! Settings read from the environment once at start-up. Every variable has a default; a
//! malformed one stops start-up with a message naming it.

use lettre::message::Mailbox;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use url::Url;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{var} is invalid: {problem}")]
pub struct ConfigError {
    pub var: &'static str,
    pub problem: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

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
    /// A fixed first-run setup code, for automated provisioning; otherwise one is generated.
    pub setup_code: Option<String>,
    pub log_format: LogFormat,
    /// Reverse proxies whose `X-Forwarded-For`/`Forwarded` say who the client is; from any
    /// other peer those headers are ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The one header those proxies write the client into. Only one is read: a proxy that
    /// sets one passes the other through as the client wrote it.
    pub forwarded_header: ForwardedHeader,
}

/// Which header trusted proxies name the client in (`ROSTER_FORWARDED_HEADER`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For`, as nginx (`$proxy_add_x_forwarded_for`), Caddy, Traefik and most
    /// load balancers set it.
    #[default]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=…`.
    Forwarded,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup`, so tests can supply their own environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());

        let data_dir = PathBuf::from(get("ROSTER_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = match get("DATABASE_URL") {
            Some(url) if crate::db::Backend::from_url(&url).is_some() => url,
            Some(_) => {
                return Err(invalid(
                    "DATABASE_URL",
                    "expected sqlite://<file> or postgres://<user>@<host>/<database>",
                ));
            }
            None => format!("sqlite://{}/roster.db?mode=rwc", data_dir.display()),
        };
        let site_addr: SocketAddr = get("LEPTOS_SITE_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".into())
            .parse()
            .map_err(|_| {
                invalid(
                    "LEPTOS_SITE_ADDR",
                    "expected an address like 127.0.0.1:3000",
                )
            })?;
        let base_url = match get("ROSTER_BASE_URL") {
            Some(raw) => parse_base_url(&raw)?,
            None => Url::parse(&format!("http://{site_addr}")).map_err(|e| {
                invalid(
                    "LEPTOS_SITE_ADDR",
                    format!("cannot build a base URL from it: {e}"),
                )
            })?,
        };
        let smtp_url = match get("ROSTER_SMTP_URL") {
            Some(raw) => {
                let parsed = Url::parse(&raw)
                    .map_err(|e| invalid("ROSTER_SMTP_URL", format!("not a URL ({e})")))?;
                if !matches!(parsed.scheme(), "smtp" | "smtps") {
                    return Err(invalid(
                        "ROSTER_SMTP_URL",
                        "expected smtp://host:port or smtps://host:port",
                    ));
                }
                Some(raw)
            }
            None => None,
        };
        let mail_from = get("ROSTER_MAIL_FROM")
            .unwrap_or_else(|| "Roster <roster@localhost>".into())
            .parse::<Mailbox>()
            .map_err(|e| invalid("ROSTER_MAIL_FROM", format!("not an email address ({e})")))?;

        Ok(Self {
            data_dir,
            database_url,
            site_addr,
            base_url,
            smtp_url,
            mail_from,
            invite_ttl: duration(&get, "ROSTER_INVITE_TTL", "7d")?,
            session_idle_timeout: duration(&get, "ROSTER_SESSION_IDLE_TIMEOUT", "7d")?,
            session_max_age: duration(&get, "ROSTER_SESSION_MAX_AGE", "30d")?,
            outbox_poll_interval: duration(&get, "ROSTER_OUTBOX_POLL_INTERVAL", "5s")?,
            outbox_lease: duration(&get, "ROSTER_OUTBOX_LEASE", "5m")?,
            database_connections: get("ROSTER_DATABASE_CONNECTIONS")
                .map(|raw| match raw.trim().parse::<u32>() {
                    Ok(count @ 1..=1000) => Ok(count),
                    _ => Err(invalid(
                        "ROSTER_DATABASE_CONNECTIONS",
                        "expected a whole number from 1 to 1000",
                    )),
                })
                .transpose()?,
            setup_code: get("ROSTER_SETUP_CODE"),
            log_format: match get("ROSTER_LOG_FORMAT").as_deref() {
                None | Some("text") => LogFormat::Text,
                Some("json") => LogFormat::Json,
                Some(_) => return Err(invalid("ROSTER_LOG_FORMAT", "expected text or json")),
            },
            trusted_proxies: get("ROSTER_TRUSTED_PROXIES")
                .map(|raw| parse_networks(&raw))
                .transpose()?
                .unwrap_or_default(),
            forwarded_header: match get("ROSTER_FORWARDED_HEADER")
                .map(|raw| raw.trim().to_ascii_lowercase())
                .as_deref()
            {
                None | Some("x-forwarded-for") => ForwardedHeader::XForwardedFor,
                Some("forwarded") => ForwardedHeader::Forwarded,
                Some(_) => {
                    return Err(invalid(
                        "ROSTER_FORWARDED_HEADER",
                        "expected X-Forwarded-For or Forwarded",
                    ));
                }
            },
        })
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

fn invalid(var: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        var,
        problem: problem.into(),
    }
}

/// `127.0.0.1, ::1, 10.0.0.0/8`: addresses and CIDR ranges, separated by commas or spaces.
fn parse_networks(raw: &str) -> Result<Vec<ipnet::IpNet>, ConfigError> {
    raw.split([',', ' '])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| {
                    invalid(
                        "ROSTER_TRUSTED_PROXIES",
                        format!(
                            "\"{item}\" is not an address or CIDR range; expected e.g. 127.0.0.1, ::1, 10.0.0.0/8"
                        ),
                    )
                })
        })
        .collect()
}

fn parse_base_url(raw: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(raw).map_err(|e| {
        invalid(
            "ROSTER_BASE_URL",
            format!("not a URL ({e}); expected e.g. https://roster.example.com"),
        )
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(invalid(
            "ROSTER_BASE_URL",
            "expected an http:// or https:// address, e.g. https://roster.example.com",
        ));
    }
    Ok(url)
}

fn duration(
    get: &impl Fn(&str) -> Option<String>,
    var: &'static str,
    default: &str,
) -> Result<Duration, ConfigError> {
    let raw = get(var).unwrap_or_else(|| default.into());
    let parsed = humantime::parse_duration(raw.trim()).map_err(|e| {
        invalid(
            var,
            format!("{e}; expected a duration such as 7d, 12h or 90s"),
        )
    })?;
    if parsed.is_zero() {
        return Err(invalid(var, "must be longer than zero"));
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config_with(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| env.get(name).cloned())
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
            assert_eq!(error.var, "ROSTER_DATABASE_CONNECTIONS", "{bad}");
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
        assert_eq!(error.var, "ROSTER_TRUSTED_PROXIES");
        assert!(error.problem.contains("proxy.local"), "{}", error.problem);
    }

    #[test]
    fn the_invite_ttl_accepts_days_and_seconds() {
        let config = config_with(&[("ROSTER_INVITE_TTL", "90s")]).unwrap();
        assert_eq!(config.invite_ttl, Duration::from_secs(90));
    }

    #[test]
    fn a_malformed_value_names_its_variable() {
        let error = config_with(&[("ROSTER_INVITE_TTL", "soon")]).unwrap_err();
        assert_eq!(error.var, "ROSTER_INVITE_TTL");
        let error = config_with(&[("ROSTER_BASE_URL", "roster.example.com")]).unwrap_err();
        assert_eq!(error.var, "ROSTER_BASE_URL");
        let error = config_with(&[("ROSTER_SMTP_URL", "http://mail")]).unwrap_err();
        assert_eq!(error.var, "ROSTER_SMTP_URL");
        let error = config_with(&[("DATABASE_URL", "mysql://db")]).unwrap_err();
        assert_eq!(error.var, "DATABASE_URL");
        let error = config_with(&[("ROSTER_MAIL_FROM", "not an address")]).unwrap_err();
        assert_eq!(error.var, "ROSTER_MAIL_FROM");
        let error = config_with(&[("LEPTOS_SITE_ADDR", "localhost")]).unwrap_err();
        assert_eq!(error.var, "LEPTOS_SITE_ADDR");
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
