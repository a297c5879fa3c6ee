//! Rate limits kept in the database, so every instance behind a load balancer counts against
//! the same budget. Fixed windows: a bucket allows `max_hits` per window, and the window
//! starts again once it has passed, so a throttled person is never locked out for good.

use crate::db::Db;
use crate::error::AppError;

mod repo;

/// The part of a client address that names one client for per-address limits. An IPv6
/// client usually holds a whole /64 and can change addresses inside it at will, so it counts
/// per /64; an IPv4 address (or an IPv4 client over IPv6) counts alone.
pub fn client_key(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            ipnet::Ipv6Net::new(v6, 64)
                .map(|net| net.trunc().to_string())
                .unwrap_or_else(|_| ip.to_owned())
        }
        Ok(std::net::IpAddr::V6(v6)) => v6
            .to_ipv4_mapped()
            .map_or_else(|| ip.to_owned(), |v4| v4.to_string()),
        _ => ip.to_owned(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max_hits: i64,
    pub window_secs: i64,
}

/// Lookups of one-time links (invitations, password resets) one client may make in a window.
/// A person opens their link a handful of times; guessing needs vastly more.
pub const TOKEN_LOOKUPS: Limit = Limit {
    max_hits: 100,
    window_secs: 15 * 60,
};

/// Counts a lookup of a one-time link by the client at `ip`, refusing it past
/// [`TOKEN_LOOKUPS`], so that links cannot be guessed by trying many.
pub async fn token_lookup(db: &Db, ip: &str, now: i64) -> Result<(), AppError> {
    let bucket = format!("token:ip:{}", client_key(ip));
    hit(db, &bucket, TOKEN_LOOKUPS, now).await
}

/// Counts one hit against `bucket` and refuses it with [`AppError::RateLimited`] when the
/// window's budget is spent. Count and check are one statement, so concurrent requests
/// cannot all slip through under the limit.
pub async fn hit(db: &Db, bucket: &str, limit: Limit, now: i64) -> Result<(), AppError> {
    hit_by(db, bucket, limit, now, 1).await
}

/// Counts `count` hits at once, e.g. one per address of a bulk invitation.
pub async fn hit_by(
    db: &Db,
    bucket: &str,
    limit: Limit,
    now: i64,
    count: i64,
) -> Result<(), AppError> {
    let (window_started_at, hits) = repo::count_hits(db, bucket, limit, now, count).await?;
    if hits > limit.max_hits {
        let retry_after_secs = (window_started_at + limit.window_secs - now).max(1);
        return Err(AppError::rate_limited(retry_after_secs as u64));
    }
    Ok(())
}

/// Takes back one hit, for attempts that turned out to be legitimate.
pub async fn forgive(db: &Db, bucket: &str) -> Result<(), AppError> {
    Ok(repo::take_back_hit(db, bucket).await?)
}

/// Forgets a bucket, e.g. an account's failed sign-ins once the right password arrived.
pub async fn clear(db: &Db, bucket: &str) -> Result<(), AppError> {
    Ok(repo::delete_bucket(db, bucket).await?)
}

/// Deletes counters whose window started before `before`: a new hit starts afresh anyway.
pub async fn purge(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    repo::delete_windows_before(db, before).await
}

#[cfg(test)]
mod tests {
    use super::client_key;

    #[test]
    fn ipv6_clients_count_per_64_and_ipv4_per_address() {
        assert_eq!(client_key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(
            client_key("2001:db8:1:2:bbbb::9"),
            client_key("2001:db8:1:2:aaaa::1")
        );
        assert_ne!(client_key("2001:db8:1:3::1"), client_key("2001:db8:1:2::1"));
        assert_eq!(client_key("203.0.113.7"), "203.0.113.7");
        assert_eq!(client_key("::ffff:203.0.113.7"), "203.0.113.7");
        assert_eq!(client_key(""), "");
    }
}
