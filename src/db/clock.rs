//! The time source. Production reads the system clock; tests move it forward to exercise
//! expiry and backoff without sleeping.

use crate::i18n::Locale;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{SystemTime, UNIX_EPOCH};
use strum::VariantArray;

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

/// How moments read to one reader: in their language and the workspace's timezone.
#[derive(Debug, Clone, Copy)]
pub struct Calendar<'a> {
    pub locale: Locale,
    /// An IANA name; an unknown one reads as UTC rather than hiding the date.
    pub timezone: &'a str,
}

impl Calendar<'_> {
    /// A timestamp as people read it, e.g. "29 Nov 2026, 15:05 CET" or
    /// "29 nov. 2026, 15:05 CET".
    pub fn exact(&self, unix_secs: i64) -> String {
        let zone: chrono_tz::Tz = self.timezone.parse().unwrap_or(chrono_tz::UTC);
        chrono::DateTime::from_timestamp(unix_secs, 0)
            .map(|at| {
                at.with_timezone(&zone)
                    .format_localized_with_items(
                        exact_format(self.locale).iter(),
                        chrono_locale(self.locale),
                    )
                    .to_string()
            })
            .unwrap_or_default()
    }

    /// [`Calendar::exact`] for a moment that may not have come yet: "Never" when it has not.
    pub fn exact_or_never(&self, unix_secs: Option<i64>) -> String {
        unix_secs.map_or_else(
            || crate::t!(self.locale, "moment-never"),
            |at| self.exact(at),
        )
    }

    /// `unix_secs` as pages show it at `now`: how long ago, and exactly.
    pub fn moment(&self, unix_secs: i64, now: i64) -> crate::moment::Moment {
        crate::moment::Moment {
            relative: crate::moment::relative(unix_secs, now, self.locale),
            exact: self.exact(unix_secs),
            machine: chrono::DateTime::from_timestamp(unix_secs, 0)
                .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .unwrap_or_default(),
        }
    }
}

/// Each language's way of writing a moment, from its catalogue, parsed once: a Users tab
/// page formats a hundred of them.
fn exact_format(locale: Locale) -> &'static [chrono::format::Item<'static>] {
    static FORMATS: LazyLock<Vec<Vec<chrono::format::Item<'static>>>> = LazyLock::new(|| {
        Locale::VARIANTS
            .iter()
            .map(|locale| {
                chrono::format::StrftimeItems::new(&crate::t!(*locale, "moment-exact-format"))
                    .parse_to_owned()
                    .unwrap_or_default()
            })
            .collect()
    });
    &FORMATS[locale.index()]
}

/// Where chrono finds month names for each language (the C library's locale data).
fn chrono_locale(locale: Locale) -> chrono::Locale {
    match locale {
        Locale::English => chrono::Locale::en_GB,
        Locale::Spanish => chrono::Locale::es_ES,
        Locale::French => chrono::Locale::fr_FR,
        Locale::BrazilianPortuguese => chrono::Locale::pt_BR,
        Locale::Russian => chrono::Locale::ru_RU,
        Locale::Czech => chrono::Locale::cs_CZ,
        Locale::Mongolian => chrono::Locale::mn_MN,
        Locale::Arabic => chrono::Locale::ar_EG,
        Locale::Kiswahili => chrono::Locale::sw_KE,
    }
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

    fn exact(locale: Locale, timezone: &str) -> String {
        Calendar { locale, timezone }.exact(1_795_960_000)
    }

    #[test]
    fn timestamps_read_in_the_workspace_timezone_and_the_reader_s_language() {
        assert_eq!(exact(Locale::English, "UTC"), "29 Nov 2026, 13:46 UTC");
        assert_eq!(
            exact(Locale::English, "Asia/Tokyo"),
            "29 Nov 2026, 22:46 JST"
        );
        assert_eq!(
            exact(Locale::English, "Not/AZone"),
            "29 Nov 2026, 13:46 UTC"
        );
        assert_eq!(
            exact(Locale::French, "Europe/Paris"),
            "29 nov. 2026, 14:46 CET"
        );
        for locale in Locale::VARIANTS {
            let written = exact(*locale, "UTC");
            assert!(
                written.contains("2026") && written.contains("13:46"),
                "{written}"
            );
        }
        assert_ne!(exact(Locale::Russian, "UTC"), exact(Locale::English, "UTC"));
        assert_ne!(exact(Locale::Arabic, "UTC"), exact(Locale::English, "UTC"));
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
