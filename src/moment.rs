//! When something happened, as pages show it: "5 minutes ago", with the exact time in the
//! workspace's timezone beside it for hover and screen readers. The server words both when it
//! answers, so a page reads the same before and after hydration.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moment {
    /// "5 minutes ago", as of the answer.
    pub relative: String,
    /// "1 Dec 2026, 14:05 UTC", in the workspace's timezone.
    pub exact: String,
    /// RFC 3339 in UTC, for `<time datetime>`.
    pub machine: String,
}

/// How long ago `then` was at `now` (unix seconds), in the largest unit that fits, rounded
/// down, in `locale` with its plural forms; a moment still to come reads "in …".
#[cfg(feature = "ssr")]
pub fn relative(then: i64, now: i64, locale: crate::i18n::Locale) -> String {
    use crate::t;
    const MINUTE: i64 = 60;
    const HOUR: i64 = 60 * MINUTE;
    const DAY: i64 = 24 * HOUR;
    let ago = now - then;
    let span = ago.abs();
    let past = ago >= 0;
    match span {
        s if s < MINUTE => t!(locale, "moment-just-now"),
        s if s < HOUR && past => t!(locale, "moment-minutes-ago", count = s / MINUTE),
        s if s < HOUR => t!(locale, "moment-in-minutes", count = s / MINUTE),
        s if s < DAY && past => t!(locale, "moment-hours-ago", count = s / HOUR),
        s if s < DAY => t!(locale, "moment-in-hours", count = s / HOUR),
        s if s < 2 * DAY && past => t!(locale, "moment-yesterday"),
        s if s < 30 * DAY && past => t!(locale, "moment-days-ago", count = s / DAY),
        s if s < 30 * DAY => t!(locale, "moment-in-days", count = s / DAY),
        // 360 to 364 days still read as months: at most 11 of them.
        s if s < 365 * DAY && past => {
            t!(
                locale,
                "moment-months-ago",
                count = (s / (30 * DAY)).min(11)
            )
        }
        s if s < 365 * DAY => t!(locale, "moment-in-months", count = (s / (30 * DAY)).min(11)),
        s if past => t!(locale, "moment-years-ago", count = s / (365 * DAY)),
        s => t!(locale, "moment-in-years", count = s / (365 * DAY)),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::relative;
    use crate::i18n::Locale;

    #[test]
    fn moments_read_in_the_largest_unit_that_fits() {
        let now = 1_800_000_000;
        let english = |then| relative(then, now, Locale::English);
        assert_eq!(english(now - 5), "just now");
        assert_eq!(english(now - 60), "1 minute ago");
        assert_eq!(english(now - 5 * 60 - 59), "5 minutes ago");
        assert_eq!(english(now - 3 * 3600), "3 hours ago");
        assert_eq!(english(now - 30 * 3600), "yesterday");
        assert_eq!(english(now - 6 * 86_400), "6 days ago");
        assert_eq!(english(now - 65 * 86_400), "2 months ago");
        assert_eq!(english(now - 363 * 86_400), "11 months ago");
        assert_eq!(english(now - 400 * 86_400), "1 year ago");
        assert_eq!(english(now + 6 * 86_400 + 5), "in 6 days");
        assert_eq!(english(now + 3600), "in 1 hour");
    }

    #[test]
    fn moments_take_each_language_s_plural_forms() {
        let now = 1_800_000_000;
        let russian = |days: i64| relative(now - days * 86_400, now, Locale::Russian);
        assert!(russian(2).contains("дня"), "{}", russian(2));
        assert!(russian(5).contains("дней"), "{}", russian(5));
        assert!(russian(21).contains("день"), "{}", russian(21));
        let arabic = relative(now - 3 * 3600, now, Locale::Arabic);
        assert_ne!(arabic, relative(now - 3 * 3600, now, Locale::English));
        assert!(!arabic.contains("moment-"), "{arabic}");
    }
}
