//! The time source. Production reads the system clock; tests move it forward to exercise
//! expiry and backoff without sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_secs: Arc<AtomicI64>,
}

impl Clock {
    /// Current UTC time in unix seconds, the unit every timestamp column uses.
    pub fn now(&self) -> i64 {
        let system = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        system + self.offset_secs.load(Ordering::Relaxed)
    }

    /// Moves this clock (and every clone of it) forward.
    pub fn advance(&self, secs: i64) {
        self.offset_secs.fetch_add(secs, Ordering::Relaxed);
    }
}

/// How dates read, parsed once: a Users tab page formats a hundred of them.
static DATE_FORMAT: std::sync::LazyLock<Vec<chrono::format::Item<'static>>> =
    std::sync::LazyLock::new(|| {
        chrono::format::StrftimeItems::new("%-d %b %Y, %H:%M %Z")
            .parse_to_owned()
            .unwrap_or_default()
    });

/// A timestamp as people read it in a workspace's timezone, e.g. "29 Nov 2026, 15:05 CET".
/// An unknown zone name falls back to UTC rather than hiding the date.
pub fn format_in_zone(unix_secs: i64, timezone: &str) -> String {
    let zone: chrono_tz::Tz = timezone.parse().unwrap_or(chrono_tz::UTC);
    chrono::DateTime::from_timestamp(unix_secs, 0)
        .map(|at| {
            at.with_timezone(&zone)
                .format_with_items(DATE_FORMAT.iter())
                .to_string()
        })
        .unwrap_or_default()
}

/// `unix_secs` as pages show it at `now`: how long ago, and exactly in `timezone`.
pub fn moment(unix_secs: i64, now: i64, timezone: &str) -> crate::moment::Moment {
    crate::moment::Moment {
        relative: crate::moment::relative(unix_secs, now),
        exact: format_in_zone(unix_secs, timezone),
        machine: chrono::DateTime::from_timestamp(unix_secs, 0)
            .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .unwrap_or_default(),
    }
}

/// [`format_in_zone`] for a moment that may not have come yet: "Never" when it has not.
pub fn format_or_never(unix_secs: Option<i64>, timezone: &str) -> String {
    unix_secs.map_or_else(|| "Never".to_owned(), |at| format_in_zone(at, timezone))
}

/// Whether `name` is an IANA timezone such as "Africa/Kigali".
pub fn is_timezone(name: &str) -> bool {
    name.parse::<chrono_tz::Tz>().is_ok()
}

/// Every IANA timezone name, for the timezone picker.
pub fn timezone_names() -> Vec<String> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|zone| zone.name().to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_read_in_the_workspace_timezone() {
        assert_eq!(
            format_in_zone(1_795_960_000, "UTC"),
            "29 Nov 2026, 13:46 UTC"
        );
        assert_eq!(
            format_in_zone(1_795_960_000, "Asia/Tokyo"),
            "29 Nov 2026, 22:46 JST"
        );
        assert_eq!(
            format_in_zone(1_795_960_000, "Not/AZone"),
            "29 Nov 2026, 13:46 UTC"
        );
        assert!(is_timezone("Africa/Kigali"));
        assert!(!is_timezone("Mars/Olympus"));
        assert!(
            timezone_names()
                .iter()
                .any(|name| name == "America/Sao_Paulo")
        );
    }

    #[test]
    fn advancing_a_clone_moves_every_clone() {
        let clock = Clock::default();
        let before = clock.now();
        clock.clone().advance(3600);
        assert!(clock.now() >= before + 3600);
    }
}
