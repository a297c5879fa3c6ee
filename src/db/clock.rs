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

/// A timestamp as people read it, e.g. "29 Nov 2026, 14:05 UTC".
pub fn format_utc(unix_secs: i64) -> String {
    use time::OffsetDateTime;
    use time::macros::format_description;
    let format =
        format_description!("[day padding:none] [month repr:short] [year], [hour]:[minute] UTC");
    OffsetDateTime::from_unix_timestamp(unix_secs)
        .ok()
        .and_then(|at| at.format(format).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_read_as_day_month_year_and_utc_time() {
        assert_eq!(format_utc(1_795_960_000), "29 Nov 2026, 13:46 UTC");
    }

    #[test]
    fn advancing_a_clone_moves_every_clone() {
        let clock = Clock::default();
        let before = clock.now();
        clock.clone().advance(3600);
        assert!(clock.now() >= before + 3600);
    }
}
