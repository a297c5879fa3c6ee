use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, TestApp, error_body};
use crate::on_both_databases;
use std::time::{Duration, Instant};

const WRONG: &str = "definitely not the password";

async fn login_from(
    app: &TestApp,
    forwarded_for: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    app.device()
        .client
        .post(format!("{}/api/login", app.address))
        .header("Origin", &app.address)
        .header("X-Forwarded-For", forwarded_for)
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap()
}

async fn assert_throttled(response: reqwest::Response) {
    assert_eq!(response.status(), 429);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=15 * 60).contains(&retry_after), "{retry_after}");
    let body = error_body(response).await;
    assert!(body["RateLimited"]["retry_after_secs"].is_u64(), "{body}");
}

async fn an_account_is_throttled_after_ten_failures_until_the_window_passes(app: TestApp) {
    let app = app.with_admin().await;
    for attempt in 0..10 {
        // A spoofed X-Forwarded-For changes nothing: no proxy is configured.
        let forwarded = format!("203.0.113.{attempt}");
        let response = login_from(&app, &forwarded, ADMIN_EMAIL, WRONG).await;
        assert_eq!(response.status(), 401, "attempt {attempt}");
    }

    assert_throttled(login_from(&app, "198.51.100.1", ADMIN_EMAIL, WRONG).await).await;
    assert_throttled(login_from(&app, "198.51.100.2", ADMIN_EMAIL, ADMIN_PASSWORD).await).await;
    assert_eq!(app.count("sessions").await, 0);

    app.clock.advance(15 * 60);

    let response = login_from(&app, "198.51.100.3", ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(response.status(), 200, "the right password works again");
}

async fn the_rate_limit_message_says_when_to_try_again(app: TestApp) {
    let app = app.with_admin().await;
    for _ in 0..10 {
        login_from(&app, "", ADMIN_EMAIL, WRONG).await;
    }
    app.clock.advance(5 * 60);
    let response = login_from(&app, "", ADMIN_EMAIL, WRONG).await;
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    // The ten failures took a few seconds of hashing, which the window already counts.
    assert!((590..=600).contains(&retry_after), "{retry_after}");
    let error: roster::error::AppError = response.json().await.unwrap();
    assert_eq!(
        error.to_string(),
        "Too many attempts, try again in 10 minutes"
    );
}

async fn unknown_emails_are_throttled_exactly_like_real_ones(app: TestApp) {
    let app = app.with_admin().await;
    let mut answers = Vec::new();
    for email in [ADMIN_EMAIL, "nobody@example.test"] {
        for _ in 0..10 {
            login_from(&app, "", email, WRONG).await;
        }
        let response = login_from(&app, "", email, WRONG).await;
        let status = response.status();
        let error: roster::error::AppError = response.json().await.unwrap();
        // The seconds to wait depend on when each email's window began, not on the account.
        answers.push((status, error.to_string()));
    }
    assert_eq!(answers[0].0, 429);
    assert_eq!(answers[0], answers[1]);
}

async fn one_address_is_throttled_after_fifty_failures_across_emails(app: TestApp) {
    let app = app.with_admin().await;
    for n in 0..50 {
        let email = format!("guess{n}@example.test");
        let response = login_from(&app, &format!("192.0.2.{n}"), &email, WRONG).await;
        assert_eq!(response.status(), 401, "attempt {n}");
    }

    assert_throttled(login_from(&app, "192.0.2.99", "fresh@example.test", WRONG).await).await;
    assert_throttled(login_from(&app, "192.0.2.98", ADMIN_EMAIL, ADMIN_PASSWORD).await).await;
}

async fn successful_sign_ins_do_not_use_up_the_budget(app: TestApp) {
    let app = app.with_admin().await;
    for _ in 0..9 {
        login_from(&app, "", ADMIN_EMAIL, WRONG).await;
    }
    assert_eq!(
        login_from(&app, "", ADMIN_EMAIL, ADMIN_PASSWORD)
            .await
            .status(),
        200
    );
    for attempt in 0..9 {
        let response = login_from(&app, "", ADMIN_EMAIL, WRONG).await;
        assert_eq!(
            response.status(),
            401,
            "a success starts the count again: {attempt}"
        );
    }
}

/// AUTH-06: an unknown email costs the same Argon2 and database work as a wrong password,
/// so response times do not tell which emails have accounts. Attempts alternate, so load
/// from other tests slows both kinds alike.
async fn unknown_emails_take_as_long_as_wrong_passwords(app: TestApp) {
    let app = app.with_admin().await;
    let (mut unknown, mut wrong) = (Vec::new(), Vec::new());
    for round in 0..25 {
        if round % 8 == 7 {
            app.clock.advance(15 * 60);
        }
        // ABBA order: neither kind always runs first, so periodic load (such as the same test
        // on the other database) cannot favour one.
        let unknown_first = round % 2 == 0;
        for is_unknown in [unknown_first, !unknown_first] {
            let email = if is_unknown {
                "nobody@example.test"
            } else {
                ADMIN_EMAIL
            };
            let started = Instant::now();
            let response = login_from(&app, "", email, WRONG).await;
            let elapsed = started.elapsed();
            assert_eq!(response.status(), 401);
            if is_unknown {
                unknown.push(elapsed);
            } else {
                wrong.push(elapsed);
            }
        }
    }
    let median = |times: &mut Vec<Duration>| {
        times.sort();
        times[times.len() / 2].as_secs_f64()
    };
    let (unknown, wrong) = (median(&mut unknown), median(&mut wrong));
    let ratio = unknown / wrong;
    assert!(
        (0.8..=1.25).contains(&ratio),
        "medians differ by more than 20%: unknown {unknown:.4}s, wrong password {wrong:.4}s"
    );
}

on_both_databases!(
    an_account_is_throttled_after_ten_failures_until_the_window_passes,
    the_rate_limit_message_says_when_to_try_again,
    unknown_emails_are_throttled_exactly_like_real_ones,
    one_address_is_throttled_after_fifty_failures_across_emails,
    successful_sign_ins_do_not_use_up_the_budget,
    unknown_emails_take_as_long_as_wrong_passwords,
);
