//! `spawn_app` starts the real application on a free loopback port with a database of its
//! own; `TestApp` has one method per endpoint the tests use.

use roster::db::{Backend, Clock, Db};
use roster::email::{Mailer, OutboxWorker};
use roster::policy::Role;
use roster::server::{AppState, Config, router};
use roster::workspace::setup_code::SetupCode;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;
use tempfile::TempDir;

/// Runs one test body on SQLite and on PostgreSQL: `on_both_databases!(name)` turns
/// `async fn name(app: TestApp)` into the tests `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::helpers::spawn_app(roster::db::Backend::Sqlite).await).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name($crate::helpers::spawn_app(roster::db::Backend::Postgres).await).await
            }
        }
    )+};
}

pub const SETUP_CODE: &str = "TEST-SETUP-CODE-0001";

pub struct TestApp {
    pub address: String,
    /// The browser most tests need; `device()` makes more.
    pub browser: Device,
    pub db: Db,
    pub clock: Clock,
    /// The server's password hasher, whose count shows which requests cost a hash.
    pub hasher: roster::auth::password::Hasher,
    pub database_url: String,
    pub config: Config,
    /// What the server was built from, for a test that builds another beside it.
    pub state: AppState,
    /// Keeps the SQLite file and mail folder alive for the test's duration.
    pub dir: TempDir,
}

/// Where a fresh database for one test lives.
pub async fn fresh_database_url(backend: Backend, dir: &Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}/roster.db?mode=rwc", dir.display()),
        Backend::Postgres => {
            let server = std::env::var("ROSTER_TEST_POSTGRES_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
            let name = format!(
                "roster_test_{}",
                roster::auth::token::random_id()
                    .to_lowercase()
                    .replace(['-', '_'], "")
            );
            let admin = sqlx::postgres::PgPool::connect(&format!("{server}/postgres"))
                .await
                .unwrap_or_else(|e| {
                    panic!(
                        "PostgreSQL is needed for these tests and did not answer at {server} ({e}). \
                         Start it (the README's test command does) or set ROSTER_TEST_POSTGRES_URL."
                    )
                });
            sqlx::query(&format!("CREATE DATABASE \"{name}\""))
                .execute(&admin)
                .await
                .expect("create the test database");
            admin.close().await;
            format!("{server}/{name}")
        }
    }
}

pub fn test_config(vars: &[(&str, String)]) -> Config {
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Config::from_vars(&vars).expect("valid test configuration")
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, &[]).await
}

/// Starts the app; `extra` adds or overrides environment settings.
pub async fn spawn_app_with(backend: Backend, extra: &[(&str, String)]) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let database_url = fresh_database_url(backend, dir.path()).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("free port");
    let addr = listener.local_addr().expect("bound address");
    let mut vars = vec![
        ("DATABASE_URL", database_url.clone()),
        ("ROSTER_DATA_DIR", dir.path().display().to_string()),
        ("LEPTOS_SITE_ADDR", addr.to_string()),
        ("ROSTER_BASE_URL", format!("http://{addr}")),
        ("ROSTER_SETUP_CODE", SETUP_CODE.to_string()),
    ];
    // `{port}` in a setting stands for the port just bound, e.g. a base URL at localhost.
    vars.extend(
        extra
            .iter()
            .map(|(name, value)| (*name, value.replace("{port}", &addr.port().to_string()))),
    );
    let config = test_config(&vars);

    let db = Db::connect(&config.database_url).await.expect("database");
    let clock = Clock::default();
    let setup_code = SetupCode::default();
    roster::server::open_first_run(&db, &config, &setup_code)
        .await
        .expect("first run");
    let hasher = roster::auth::password::Hasher::default();
    let leptos_options = leptos::config::LeptosOptions::builder()
        .output_name("roster")
        .site_root("target/site")
        .site_addr(addr)
        .build();
    let state = AppState {
        leptos_options,
        config: Arc::new(config.clone()),
        db: db.clone(),
        clock: clock.clone(),
        setup_code,
        hasher: hasher.clone(),
        mail_wake: Arc::new(tokio::sync::Notify::new()),
    };
    let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await });

    let address = format!("http://{addr}");
    TestApp {
        browser: Device::new(&address),
        address,
        db,
        clock,
        hasher,
        database_url,
        config,
        state,
        dir,
    }
}

impl TestApp {
    /// Loads a page in the test's own browser.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.browser.get(path).await
    }

    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.browser.call(endpoint, form).await
    }

    pub async fn complete_setup(&self, form: &[(&str, &str)]) -> reqwest::Response {
        self.call("complete_setup", form).await
    }

    pub async fn count(&self, table: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(self.db.pool())
            .await
            .expect("count rows");
        n
    }

    /// A worker like the server's, delivering through `mailer`, on this app's clock.
    pub fn outbox_worker(&self, mailer: Mailer) -> OutboxWorker {
        OutboxWorker::new(
            self.db.clone(),
            mailer,
            self.clock.clone(),
            self.config.mail_from.clone(),
        )
    }
}

/// A valid first-run form; tests override single fields.
pub fn setup_form<'a>(overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("setup_code", SETUP_CODE),
        ("workspace_name", "Acme Support"),
        ("name", "Ada Admin"),
        ("email", "Ada@Example.test"),
        ("password", "a long enough passphrase"),
    ];
    for (key, value) in overrides {
        if let Some(entry) = form.iter_mut().find(|(k, _)| k == key) {
            entry.1 = value;
        }
    }
    form
}

/// The accept page's form for a new account: the link's token, a name, a password twice.
pub fn accept_form<'a>(
    token: &'a str,
    name: &'a str,
    password: &'a str,
) -> [(&'static str, &'a str); 4] {
    [
        ("token", token),
        ("name", name),
        ("password", password),
        ("confirm_password", password),
    ]
}

/// The JSON error body of a refused server-function call.
pub async fn error_body(response: reqwest::Response) -> serde_json::Value {
    response.json().await.expect("JSON error body")
}

/// A real SMTP server (aiosmtpd, see tests/support/smtp_sink.py) on a loopback port.
pub struct SmtpSink {
    pub port: u16,
    pub dir: PathBuf,
    child: Child,
}

impl SmtpSink {
    pub fn start(mode: &str) -> Self {
        Self::start_on(free_port(), mode)
    }

    pub fn start_on(port: u16, mode: &str) -> Self {
        let dir = tempfile::tempdir().expect("mail folder").keep();
        let root = env!("CARGO_MANIFEST_DIR");
        let python = std::env::var("ROSTER_TEST_PYTHON")
            .unwrap_or_else(|_| format!("{root}/.venv/bin/python"));
        let child = Command::new(&python)
            .arg(format!("{root}/tests/support/smtp_sink.py"))
            .args(["--port", &port.to_string(), "--dir"])
            .arg(&dir)
            .args(["--mode", mode])
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start the SMTP sink with {python} ({e}); the README's test command installs it")
            });
        let sink = Self { port, dir, child };
        sink.wait_until_listening();
        sink
    }

    fn wait_until_listening(&self) {
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the SMTP sink did not start on port {}", self.port);
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The messages received so far, oldest first, decoded: words in any language, whatever
    /// encoding the mail went out in.
    pub fn letters(&self) -> Vec<Letter> {
        let count = self.messages().len();
        (1..=count)
            .map(|number| {
                let path = self.dir.join(format!("{number}.json"));
                let text = std::fs::read_to_string(&path).expect("read a decoded message");
                serde_json::from_str(&text).expect("a decoded message")
            })
            .collect()
    }

    /// The raw messages received so far, oldest first.
    pub fn messages(&self) -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(&self.dir)
            .expect("read the mail folder")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "eml"))
            .collect();
        files.sort_by_key(|path| {
            path.file_stem()
                .and_then(|s| s.to_str())
                .and_then(|s| s.parse::<u64>().ok())
                .unwrap_or_default()
        });
        files
            .iter()
            .map(|path| std::fs::read_to_string(path).expect("read a message"))
            .collect()
    }
}

/// A received message as its reader sees it.
#[derive(Debug, serde::Deserialize)]
pub struct Letter {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits up to 20 s for a server at `address` to answer `/healthz` with 200.
pub async fn answers_health(address: &str) -> bool {
    for _ in 0..400 {
        if reqwest::get(format!("{address}/healthz"))
            .await
            .is_ok_and(|response| response.status() == 200)
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("a free port")
}

pub const ADMIN_EMAIL: &str = "ada@example.test";
pub const ADMIN_PASSWORD: &str = "a long enough passphrase";

/// One browser: its own cookie jar, calling the app the way a same-origin page does.
pub struct Device {
    pub client: reqwest::Client,
    pub address: String,
}

impl Device {
    /// A browser with an empty cookie jar that does not follow redirects, so tests see them.
    pub fn new(address: &str) -> Self {
        Self::with_headers(address, reqwest::header::HeaderMap::new())
    }

    /// A browser that asks for pages in `accept_language` (an `Accept-Language` value).
    pub fn speaking(address: &str, accept_language: &str) -> Self {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT_LANGUAGE,
            accept_language.parse().expect("an Accept-Language value"),
        );
        Self::with_headers(address, headers)
    }

    /// A browser that sends `headers` with every request.
    pub fn with_headers(address: &str, headers: reqwest::header::HeaderMap) -> Self {
        Self {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .default_headers(headers)
                // A request the server never answers fails its test with the request named,
                // rather than holding the whole suite until CI gives up.
                .timeout(std::time::Duration::from_secs(60))
                .build()
                .expect("http client"),
            address: address.to_owned(),
        }
    }

    /// Loads a page as a browser does (asking for HTML, which decides redirects).
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.address, path))
            .header("Accept", "text/html")
            .send()
            .await
            .expect("GET request")
    }

    /// Calls a server function the way the page does: a same-origin form POST.
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}/api/{endpoint}", self.address))
            .header("Origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("server function request")
    }

    /// Posts a server function's form as a browser without script does, and answers where
    /// the 302 sends the browser.
    pub async fn submit(&self, endpoint: &str, form: &[(&str, &str)]) -> String {
        let response = self
            .client
            .post(format!("{}/api/{endpoint}", self.address))
            .header("Origin", &self.address)
            .header("Accept", "text/html")
            .form(form)
            .send()
            .await
            .expect("form post");
        assert_eq!(response.status(), 302, "{endpoint}");
        response.headers()["location"]
            .to_str()
            .expect("a visible Location")
            .to_owned()
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.call("login", &[("email", email), ("password", password)])
            .await
    }

    /// The same browser, cookies and all, talking to another address: cookies belong to the
    /// host, not the port, so one browser reaches every instance behind a balancer.
    pub fn through(&self, address: &str) -> Device {
        Device {
            client: self.client.clone(),
            address: address.to_owned(),
        }
    }
}

impl TestApp {
    /// Another browser, signed out.
    pub fn device(&self) -> Device {
        Device::new(&self.address)
    }

    /// Gives `email` a role in a workspace from the command line's service, with the account
    /// (password `ADMIN_PASSWORD`) created if needed, and returns the account's id.
    pub async fn add_member(&self, workspace: &str, email: &str, name: &str, role: Role) -> i64 {
        roster::workspace::service::add_member(
            &self.db,
            &self.clock,
            workspace,
            email,
            name,
            ADMIN_PASSWORD.into(),
            role,
        )
        .await
        .expect("add member");
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM users WHERE email = $1")
            .bind(email.to_lowercase())
            .fetch_one(self.db.pool())
            .await
            .expect("member's id");
        id
    }

    /// `roster serve` on this app's database and data folder, listening on `port`, with no
    /// other setting from the test's environment.
    pub fn serve_command(&self, port: u16) -> Command {
        // The server refuses to start without a built site; these tests load no assets, and
        // the browser build may not exist yet when they run.
        let site = self.dir.path().join("site");
        std::fs::create_dir_all(site.join("pkg")).expect("a site folder");
        let mut command = Command::new(env!("CARGO_BIN_EXE_roster"));
        command
            .arg("serve")
            .env_clear()
            .env("LEPTOS_SITE_ROOT", &site)
            .env("DATABASE_URL", &self.database_url)
            .env("ROSTER_DATA_DIR", self.dir.path())
            .env("LEPTOS_OUTPUT_NAME", "roster")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        command
    }

    /// `roster serve` on a free port with its info-level log captured, once it answers
    /// `/healthz`; returns the process and its address.
    pub async fn serve_with_log(&self) -> (Child, String) {
        let port = free_port();
        let server = self
            .serve_command(port)
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start roster serve");
        let address = format!("http://127.0.0.1:{port}");
        assert!(
            answers_health(&address).await,
            "the server never answered {address}/healthz"
        );
        (server, address)
    }

    /// Runs the first-run setup, making `ADMIN_EMAIL` the admin of "Acme Support".
    pub async fn with_admin(self) -> Self {
        self.browser.complete_setup(&setup_form(&[])).await;
        self
    }
}

/// A browser of its own, signed in as the first-run admin (`ADMIN_EMAIL`).
pub async fn signed_in_admin(app: &TestApp) -> Device {
    let admin = app.device();
    assert_eq!(admin.login(ADMIN_EMAIL, ADMIN_PASSWORD).await.status(), 200);
    admin
}

/// The session cookie a response sets, as `name=value`.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("roster_session="))
        .map(str::to_owned)
}

/// A raw email with its quoted-printable soft line breaks and `=3D` undone, so tests can
/// look for sentences and links in it.
pub fn readable(message: &str) -> String {
    message
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
}

/// The token of the first `<prefix><token>` link in a raw email.
pub fn token_in(message: &str, prefix: &str) -> String {
    // Quoted-printable bodies may break long lines with a soft "=\r\n"; undo that first.
    let joined = message.replace("=\r\n", "").replace("=\n", "");
    let start = joined
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in the message:\n{message}"))
        + prefix.len();
    joined[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// The JSON a server function answered with.
pub async fn json(response: reqwest::Response) -> serde_json::Value {
    response.json().await.expect("a JSON answer")
}

/// A script calling the REST API with one API token, and nothing else: no cookies.
pub struct Script {
    pub client: reqwest::Client,
    pub address: String,
    pub token: String,
}

impl Script {
    pub fn new(address: &str, token: &str) -> Self {
        Self {
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("http client"),
            address: address.to_owned(),
            token: token.to_owned(),
        }
    }

    /// Sends `method path` (below `/api/v1`) with the token and, when given, a JSON body.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> reqwest::Response {
        let request = self
            .client
            .request(method, format!("{}/api/v1{path}", self.address))
            .bearer_auth(&self.token);
        let request = match body {
            Some(body) => request.json(&body),
            None => request,
        };
        request.send().await.expect("API request")
    }
}

impl TestApp {
    /// A script with `token`.
    pub fn script(&self, token: &str) -> Script {
        Script::new(&self.address, token)
    }
}
