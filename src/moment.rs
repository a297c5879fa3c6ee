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
/// down; a moment still to come reads "in …".
pub fn relative(then: i64, now: i64) -> String {
    const MINUTE: i64 = 60;
    const HOUR: i64 = 60 * MINUTE;
    const DAY: i64 = 24 * HOUR;
    let ago = now - then;
    let span = ago.abs();
    let (count, unit) = match span {
        s if s < MINUTE => return "just now".to_owned(),
        s if s < HOUR => (s / MINUTE, "minute"),
        s if s < DAY => (s / HOUR, "hour"),
        s if s < 2 * DAY && ago > 0 => return "yesterday".to_owned(),
        s if s < 30 * DAY => (s / DAY, "day"),
        // 360 to 364 days still read as months: at most 11 of them.
        s if s < 365 * DAY => ((s / (30 * DAY)).min(11), "month"),
        s => (s / (365 * DAY), "year"),
    };
    let plural = if count == 1 { "" } else { "s" };
    if ago >= 0 {
        format!("{count} {unit}{plural} ago")
    } else {
        format!("in {count} {unit}{plural}")
    }
}

#[cfg(test)]
mod tests {
    use super::relative;

    #[test]
    fn moments_read_in_the_largest_unit_that_fits() {
        let now = 1_800_000_000;
        assert_eq!(relative(now - 5, now), "just now");
        assert_eq!(relative(now - 60, now), "1 minute ago");
        assert_eq!(relative(now - 5 * 60 - 59, now), "5 minutes ago");
        assert_eq!(relative(now - 3 * 3600, now), "3 hours ago");
        assert_eq!(relative(now - 30 * 3600, now), "yesterday");
        assert_eq!(relative(now - 6 * 86_400, now), "6 days ago");
        assert_eq!(relative(now - 65 * 86_400, now), "2 months ago");
        assert_eq!(relative(now - 363 * 86_400, now), "11 months ago");
        assert_eq!(relative(now - 400 * 86_400, now), "1 year ago");
        assert_eq!(relative(now + 6 * 86_400 + 5, now), "in 6 days");
        assert_eq!(relative(now + 3600, now), "in 1 hour");
    }
}
