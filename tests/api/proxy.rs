//! Roster behind a real reverse proxy (Debian's nginx, installed by the README's test
//! command), as every deployment runs it: clients from different loopback addresses reach it
//! only through nginx, so without `ROSTER_TRUSTED_PROXIES` they would all share nginx's
//! address and its per-address limits.

use crate::helpers::{ADMIN_EMAIL, ADMIN_PASSWORD, Device, TestApp, free_port, spawn_app_with};
use roster::db::Backend;
use std::net::IpAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// nginx on a loopback port; killed when dropped.
pub struct Nginx {
    child: Child,
}

impl Nginx {
    /// Forwarding everything on `port` to one upstream.
    fn start(port: u16, upstream: &str, dir: &Path) -> Self {
        let server = format!(
            "server {{ listen 127.0.0.1:{port}; location / {{ proxy_pass {upstream}; \
             proxy_set_header Host $host; \
             proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; \
             proxy_set_header X-Forwarded-Proto $scheme; }} }}"
        );
        Self::serving(port, &server, dir)
    }

    /// Serving `servers` (what goes inside `http { }`), listening on `port` among them.
    pub fn serving(port: u16, servers: &str, dir: &Path) -> Self {
        for temp in ["body", "proxy", "fastcgi", "uwsgi", "scgi"] {
            std::fs::create_dir_all(dir.join(temp)).expect("nginx temp folder");
        }
        let d = dir.display();
        let config = format!(
            "daemon off; master_process off; worker_processes 1; pid {d}/nginx.pid; \
             error_log {d}/error.log; events {{ worker_connections 256; }} \
             http {{ access_log off; client_body_temp_path {d}/body; proxy_temp_path {d}/proxy; \
             fastcgi_temp_path {d}/fastcgi; uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi; \
             {servers} }}"
        );
        let conf = dir.join("nginx.conf");
        std::fs::write(&conf, config).expect("write nginx.conf");
        let nginx = std::env::var("ROSTER_TEST_NGINX").unwrap_or_else(|_| "/usr/sbin/nginx".into());
        let mut child = Command::new(&nginx)
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(&conf)
            .arg("-e")
            .arg(dir.join("error.log"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start nginx at {nginx} ({e}); the README's test command installs it")
            });
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Self { child };
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
        let log = std::fs::read_to_string(dir.join("error.log")).unwrap_or_default();
        panic!("nginx did not start on port {port}: {log}");
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser on the machine at `local` (any of 127.0.0.0/8 works on Linux).
fn browser_at(address: &str, local: &str) -> Device {
    let local: IpAddr = local.parse().expect("a loopback address");
    Device {
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .local_address(local)
            .build()
            .expect("http client"),
        address: address.to_owned(),
    }
}

async fn roster_behind_nginx(backend: Backend) -> (TestApp, Nginx, String) {
    let port = free_port();
    let public = format!("http://127.0.0.1:{port}");
    let mut app = spawn_app_with(
        backend,
        &[
            ("ROSTER_BASE_URL", public.clone()),
            ("ROSTER_TRUSTED_PROXIES", "127.0.0.1".into()),
        ],
    )
    .await;
    let nginx = Nginx::start(port, &app.address, &app.dir.path().join("nginx"));
    // From here on every request goes through nginx, as it would in production.
    app.browser = Device::new(&public);
    app.address = public.clone();
    let app = app.with_admin().await;
    (app, nginx, public)
}

async fn a_stranger_throttled_through_nginx_locks_out_only_themself(backend: Backend) {
    let (app, _nginx, public) = roster_behind_nginx(backend).await;
    let stranger = browser_at(&public, "127.0.0.2");
    let person = browser_at(&public, "127.0.0.3");

    let mut statuses = Vec::new();
    for n in 0..55 {
        let email = format!("made-up{n}@example.test");
        // Writing an address into X-Forwarded-For changes nothing: nginx appends the real one;
        // nor does a Forwarded header, which nginx passes through as the client wrote it.
        let response = stranger
            .client
            .post(format!("{public}/api/login"))
            .header("Origin", &public)
            .header("X-Forwarded-For", format!("10.9.8.{n}"))
            .header("Forwarded", format!("for=10.9.7.{n}"))
            .form(&[
                ("email", email.as_str()),
                ("password", "a guessed passphrase"),
            ])
            .send()
            .await
            .expect("login through nginx");
        statuses.push(response.status().as_u16());
    }
    assert!(statuses[..50].iter().all(|s| *s == 401), "{statuses:?}");
    assert_eq!(statuses[54], 429, "the stranger's own address is throttled");

    let signed_in = person.login(ADMIN_EMAIL, ADMIN_PASSWORD).await;
    assert_eq!(
        signed_in.status(),
        200,
        "another client through the same proxy gets in"
    );
    assert_eq!(person.signed_in().await.email, ADMIN_EMAIL);
    let (ip,): (String,) = sqlx::query_as("SELECT ip FROM sessions ORDER BY id DESC LIMIT 1")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(ip, "127.0.0.3", "sessions record the client, not the proxy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_a_stranger_throttled_through_nginx_locks_out_only_themself() {
    a_stranger_throttled_through_nginx_locks_out_only_themself(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_a_stranger_throttled_through_nginx_locks_out_only_themself() {
    a_stranger_throttled_through_nginx_locks_out_only_themself(Backend::Postgres).await
}
