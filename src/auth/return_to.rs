//! Where a sign-in sends someone afterwards (`/login?next=`): back to the page they came for,
//! on Roster or on a site listed in `ROSTER_ALLOWED_RETURN_ORIGINS`, and nowhere else, so that
//! nobody can make Roster's sign-in send people on to a look-alike site.

use crate::server::Config;
use url::{Position, Url};

/// Longer than any address a real page has; anything longer is not kept.
const MAX_LENGTH: usize = 2048;

/// The address to go to after signing in, or `None` to go home. A path such as
/// `/settings/users?q=ada` stays a path; a full address must be on Roster's own site or an
/// allowed one, over http or https.
pub fn return_target(config: &Config, next: &str) -> Option<String> {
    let next = next.trim();
    // Browsers read `\` as `/` and drop tabs and newlines, so `/\evil.example` and
    // `/\t/evil.example` would leave the site although they start with one slash.
    if next.is_empty()
        || next.len() > MAX_LENGTH
        || next
            .chars()
            .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
    {
        return None;
    }
    let own = config.base_url.origin();
    if next.starts_with('/') {
        if next.starts_with("//") {
            return None;
        }
        let joined = config.base_url.join(next).ok()?;
        return (joined.origin() == own).then(|| joined[Position::BeforePath..].to_owned());
    }
    let url = Url::parse(next).ok()?;
    if !matches!(url.scheme(), "http" | "https") || !url.username().is_empty() {
        return None;
    }
    let origin = url.origin();
    (origin == own || config.allowed_return_origins.contains(&origin)).then(|| url.to_string())
}

/// Where a finished sign-in goes: `next` when a sign-in may return there, else home.
pub fn landing(config: &Config, next: &str) -> String {
    return_target(config, next).unwrap_or_else(|| "/".to_owned())
}

/// `path` (a step of signing in, such as `/login`), with `next` carried along when it is
/// somewhere a sign-in may return to.
pub fn carrying_next(config: &Config, path: &str, next: &str) -> String {
    match return_target(config, next) {
        Some(target) => format!(
            "{path}?next={}",
            url::form_urlencoded::byte_serialize(target.as_bytes()).collect::<String>()
        ),
        None => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::from_vars(&[
            ("ROSTER_BASE_URL", "https://roster.example.org"),
            (
                "ROSTER_ALLOWED_RETURN_ORIGINS",
                "https://flows.example.org, http://localhost:8080",
            ),
        ])
        .unwrap()
    }

    #[test]
    fn own_paths_and_allowed_sites_are_returned_to() {
        let config = config();
        for (next, target) in [
            ("/settings/users?q=ada", "/settings/users?q=ada"),
            ("/flows/../tickets/#open", "/tickets/#open"),
            (
                "https://roster.example.org/account/sessions",
                "https://roster.example.org/account/sessions",
            ),
            (
                "https://flows.example.org/flows/12?tab=runs",
                "https://flows.example.org/flows/12?tab=runs",
            ),
            ("http://localhost:8080/", "http://localhost:8080/"),
        ] {
            assert_eq!(
                return_target(&config, next).as_deref(),
                Some(target),
                "{next}"
            );
        }
    }

    #[test]
    fn other_sites_and_schemes_are_refused() {
        let config = config();
        for next in [
            "",
            "//evil.example/",
            "/\\evil.example/",
            "/\t/evil.example/",
            "https://evil.example/",
            "https://flows.example.org.evil.example/",
            "http://flows.example.org/",
            "https://flows.example.org:8443/",
            "http://localhost:8081/",
            "https://roster.example.org@evil.example/",
            "https://user@roster.example.org/",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://roster.example.org/",
            "settings/users",
            "evil.example",
        ] {
            assert_eq!(return_target(&config, next), None, "{next}");
        }
        let long = format!("/{}", "a".repeat(MAX_LENGTH));
        assert_eq!(return_target(&config, &long), None);
    }

    #[test]
    fn the_steps_of_signing_in_carry_only_allowed_targets() {
        let config = config();
        assert_eq!(
            carrying_next(&config, "/login", "/flows/?a=1&b=2"),
            "/login?next=%2Fflows%2F%3Fa%3D1%26b%3D2"
        );
        assert_eq!(
            carrying_next(&config, "/login", "https://evil.example/"),
            "/login"
        );
        assert_eq!(landing(&config, "https://evil.example/"), "/");
        assert_eq!(landing(&config, "/tickets/"), "/tickets/");
    }
}
