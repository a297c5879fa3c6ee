"""Roster's benchmark suite: loads from wrk on loopback against the release build, on SQLite
and on PostgreSQL, written to BENCHMARKS.md. Run it through scripts/bench.sh, which builds and
installs what it needs. BENCH_SECONDS sets the length of each load (default 10).
"""

import datetime
import http.cookiejar
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROSTER = ROOT / "target" / "release" / "roster"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
MEMBERS = int(os.environ.get("BENCH_MEMBERS", "100000"))
PASSWORD = "benchmark passphrase 1"
ADMIN = "admin@demo-workspace.example"
SEARCH = "tanaka"
BUDGETS = {
    "first_load_kb": 250,
    "search_p99_ms_16": 20,
    "other_p99_ms_during_sign_ins": 50,
    "outbox_per_second": 100,
}

POST_LUA = """
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
"""


# Sign-ins rotate over many accounts and addresses, as a crowd arriving at once would: one
# account signing in more than ten times at once trips its own rate limit, which is the point
# of that limit, and one address may hold only a few places in the hashing queue.
SIGN_IN_LUA = """
local accounts = {}
for line in io.lines(os.getenv("BENCH_ACCOUNTS")) do accounts[#accounts + 1] = line end
local next_account = math.random(#accounts)
request = function()
    next_account = next_account % #accounts + 1
    local headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["Origin"] = os.getenv("BENCH_ORIGIN"),
                     ["X-Forwarded-For"] = "10.1." .. (next_account % 250) .. "." .. math.random(1, 254)}
    return wrk.format("POST", nil, headers, accounts[next_account])
end
"""


# Strangers flooding every anonymous endpoint at once from eight addresses (Roster trusts the
# loopback proxy that says so): sign-ins for unknown emails, resets and invitation accepts
# with made-up links, and first-run setups with a wrong code. A flood from thousands of
# addresses is bounded by the hashing queue instead: past its length, callers are told
# "Roster is busy" at once.
FLOOD_LUA = """
local origin = os.getenv("BENCH_ORIGIN")
local pw = "a+guessed+passphrase+here"
local n = 0
request = function()
    n = n + 1
    local ip = "10.66.0." .. math.random(1, 8)
    local headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["Origin"] = origin,
                     ["X-Forwarded-For"] = ip}
    local kind = n % 4
    if kind == 0 then
        return wrk.format("POST", "/api/login", headers, "email=nobody" .. n .. "%40example.test&password=" .. pw)
    elseif kind == 1 then
        return wrk.format("POST", "/api/reset_password", headers,
            "token=madeup" .. n .. "&new_password=" .. pw .. "&confirm_password=" .. pw)
    elseif kind == 2 then
        return wrk.format("POST", "/api/accept_invitation", headers,
            "token=madeup" .. n .. "&name=Mallory&password=" .. pw .. "&confirm_password=" .. pw)
    end
    return wrk.format("POST", "/api/complete_setup", headers,
        "setup_code=WRONG&workspace_name=X&name=Mallory&email=m%40example.test&password=" .. pw)
end
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, check, limit=120.0):
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > limit:
            sys.exit(f"gave up waiting for {what}")
        time.sleep(0.02)


class Instance:
    """A `roster serve` on a fresh database, with an SMTP sink of its own."""

    def __init__(self, backend, work, binary=ROSTER, site_root=ROOT / "target" / "site", label="current"):
        self.backend = backend
        self.binary = Path(binary)
        self.label = label
        self.work = Path(work)
        self.inbox = self.work / "inbox"
        self.inbox.mkdir()
        self.port = free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.env = {
            "PATH": os.environ["PATH"],
            "ROSTER_DATA_DIR": str(self.work),
            "LEPTOS_SITE_ADDR": f"127.0.0.1:{self.port}",
            "LEPTOS_SITE_ROOT": str(site_root),
            "LEPTOS_ENV": "PROD",
            "LEPTOS_HASH_FILES": "true",
            "ROSTER_BASE_URL": self.origin,
            "ROSTER_OUTBOX_POLL_INTERVAL": "1s",
            "RUST_LOG": "warn",
            "ROSTER_PASSWORD": PASSWORD,
            # The flood below speaks for many clients through a "proxy" on loopback.
            "ROSTER_TRUSTED_PROXIES": "127.0.0.1",
            # The API's per-token limit stays counted, but never refuses the load.
            "ROSTER_API_REQUESTS_PER_MINUTE": "100000000",
        }
        if backend == "postgres":
            name = f"roster_bench_{label}_{int(time.time())}"
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'CREATE DATABASE "{name}"'], check=True)
            self.env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"
            self.database = name
        smtp_port = free_port()
        self.env["ROSTER_SMTP_URL"] = f"smtp://127.0.0.1:{smtp_port}"
        self.sink = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "tests" / "support" / "smtp_sink.py"),
             "--port", str(smtp_port), "--dir", str(self.inbox)],
            stdout=subprocess.DEVNULL,
        )
        self.server = None

    def seed(self):
        started = time.monotonic()
        subprocess.run([str(self.binary), "seed-demo", "--users", str(MEMBERS)], env=self.env, check=True,
                       stdout=subprocess.DEVNULL)
        return time.monotonic() - started

    def start(self):
        # Warnings and errors are kept for reading after a failed run.
        log = open(ROOT / "target" / f"bench-server-{self.backend}-{self.label}.log", "w")
        self.server = subprocess.Popen([str(self.binary), "serve"], env=self.env, cwd=ROOT,
                                       stdout=log, stderr=subprocess.STDOUT)
        wait_for("the server", self.healthy)

    def healthy(self):
        try:
            return urllib.request.urlopen(f"{self.origin}/healthz", timeout=1).status == 200
        except OSError:
            return False

    def rss_kib(self):
        for line in Path(f"/proc/{self.server.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def login(self, email, password=PASSWORD):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        body = urllib.parse.urlencode({"email": email, "password": password}).encode()
        request = urllib.request.Request(f"{self.origin}/api/login", data=body, headers={"Origin": self.origin})
        opener.open(request)
        return "; ".join(f"{c.name}={c.value}" for c in jar)

    def timed_sign_in(self, email, password=PASSWORD):
        """One sign-in as a real person: (milliseconds, HTTP status)."""
        body = urllib.parse.urlencode({"email": email, "password": password}).encode()
        request = urllib.request.Request(f"{self.origin}/api/login", data=body, headers={"Origin": self.origin})
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        started = time.monotonic()
        try:
            status = opener.open(request, timeout=30).status
        except urllib.error.HTTPError as refused:
            status = refused.code
        return (time.monotonic() - started) * 1000, status

    def post(self, cookie, endpoint, form):
        body = urllib.parse.urlencode(form).encode()
        request = urllib.request.Request(f"{self.origin}/api/{endpoint}", data=body,
                                         headers={"Origin": self.origin, "Cookie": cookie})
        with urllib.request.urlopen(request) as response:
            return response.read()

    def people(self, count, role):
        """Demo people with `role`, besides the demo admin."""
        sql = (f"SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.role = '{role}' "
               f"AND u.email <> '{ADMIN}' ORDER BY u.id LIMIT {count}")
        if self.backend == "postgres":
            out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", self.database, "-Atc", sql],
                                 check=True, capture_output=True, text=True).stdout
            return out.split()
        import sqlite3
        with sqlite3.connect(self.work / "roster.db") as db:
            return [row[0] for row in db.execute(sql)]

    def stop(self):
        for process in (self.server, self.sink):
            if process:
                process.terminate()
                process.wait()
        if self.backend == "postgres":
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'DROP DATABASE IF EXISTS "{self.database}"'])


def parse_wrk(output):
    def duration_ms(text):
        value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for percentile in ("50", "99"):
        match = re.search(rf"^\s+{percentile}%\s+(\S+)", output, re.MULTILINE)
        result[f"p{percentile}"] = duration_ms(match.group(1)) if match else None
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["errors"] = int(errors.group(1)) if errors else 0
    return result


def wrk(url, connections, seconds=SECONDS, lua=None, env=None, headers=()):
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    if lua:
        command += ["-s", lua]
    command.append(url)
    output = subprocess.run(command, env={**os.environ, **(env or {})}, check=True, capture_output=True, text=True).stdout
    return parse_wrk(output)


def peak_rss(instance, run):
    """Runs `run()` while sampling the server's memory; returns run's result and the peak."""
    peak = [instance.rss_kib()]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], instance.rss_kib())
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        return run(), peak[0]
    finally:
        done.set()
        sampler.join()


def first_load_bytes(instance, cookie, language="en"):
    """Bytes a first visit to /settings/users transfers, per encoding the browser accepts,
    for a browser whose language is `language` (the admin has not chosen one of their own).

    Chromium visits the page and lists what it fetched until the page was interactive, so the
    count holds what a browser really loads (the favicon and whatever the scripts fetch, not
    only what the HTML names); each file is then fetched once per encoding to count its
    bytes on the wire.
    """
    def fetch(path, encoding):
        request = urllib.request.Request(f"{instance.origin}{path}",
                                         headers={"Cookie": cookie, "Accept": "text/html,*/*",
                                                  "Accept-Encoding": encoding,
                                                  "Accept-Language": language})
        with urllib.request.urlopen(request) as response:
            return response.read()

    listing = subprocess.run(["node", "bench/first-load.mjs", instance.origin, "/settings/users", cookie,
                              language],
                             cwd=ROOT / "end2end", capture_output=True, text=True, check=True)
    fetched = json.loads(listing.stdout)
    sizes = {}
    for encoding in ("identity", "gzip", "br"):
        parts = {}
        for path in fetched:
            kind = path.rsplit(".", 1)[-1] if path.startswith("/pkg/") else "html" if path == "/settings/users" else "other"
            parts[kind] = parts.get(kind, 0) + len(fetch(path, encoding))
        sizes[encoding] = parts
    return sizes, fetched


def mail_timings(instance, cookie, extra_admins):
    """Invitation to arrival at the SMTP sink, one at a time; then outbox throughput."""
    def received():
        return len(list(instance.inbox.glob("*.eml")))

    latencies = []
    for n in range(10):
        before = received()
        started = time.monotonic()
        instance.post(cookie, "invite", {"emails": f"latency{n}@bench.example", "role": "agent"})
        wait_for("an invitation to arrive", lambda: received() > before, limit=30)
        latencies.append((time.monotonic() - started) * 1000)

    before = received()
    cookies = [cookie] + [instance.login(email) for email in extra_admins]
    batches = [(cookies[0], 0), (cookies[1], 1), (cookies[1], 2), (cookies[2], 3)]
    started = time.monotonic()
    for admin_cookie, batch in batches:
        emails = "\n".join(f"bulk{batch}-{n}@bench.example" for n in range(100))
        instance.post(admin_cookie, "invite", {"emails": emails, "role": "agent"})
    wait_for("400 invitations to arrive", lambda: received() >= before + 400, limit=300)
    elapsed = time.monotonic() - started
    return {
        "invite_to_inbox_p50_ms": statistics.median(latencies),
        "invite_to_inbox_max_ms": max(latencies),
        "outbox_messages": 400,
        "outbox_seconds": elapsed,
        "outbox_per_second": 400 / elapsed,
    }


def run_backend(backend):
    print(f"== {backend}: seeding {MEMBERS} members", flush=True)
    with tempfile.TemporaryDirectory() as work:
        instance = Instance(backend, work)
        try:
            figures = {"seed_seconds": instance.seed()}
            instance.start()
            time.sleep(1)
            figures["rss_at_rest_mib"] = instance.rss_kib() / 1024
            cookie = instance.login(ADMIN)
            lua = Path(work) / "post.lua"
            lua.write_text(POST_LUA)
            post_env = {"BENCH_ORIGIN": instance.origin, "BENCH_COOKIE": cookie}
            page_headers = [f"Cookie: {cookie}", "Accept: text/html"]

            figures["users_page"], figures["search"] = {}, {}
            peak = figures["rss_at_rest_mib"] * 1024
            for connections in (1, 16, 64):
                print(f"   users page and search, {connections} clients", flush=True)
                result, rss = peak_rss(instance, lambda: wrk(f"{instance.origin}/settings/users", connections,
                                                             headers=page_headers))
                figures["users_page"][connections] = result
                peak = max(peak, rss)
                result, rss = peak_rss(instance, lambda: wrk(
                    f"{instance.origin}/api/members", connections, lua=str(lua),
                    env={**post_env, "BENCH_BODY": urllib.parse.urlencode({"query": SEARCH})}))
                figures["search"][connections] = result
                peak = max(peak, rss)
            print("   API members search", flush=True)
            token = subprocess.run(
                [str(instance.binary), "api-token", "create", "--workspace", "Demo workspace",
                 "--email", ADMIN, "--name", "bench"],
                env=instance.env, check=True, capture_output=True, text=True).stdout.strip()
            figures["api_search"] = {}
            for connections in (1, 16, 64):
                result, rss = peak_rss(instance, lambda: wrk(
                    f"{instance.origin}/api/v1/members?q={SEARCH}", connections,
                    headers=[f"Authorization: Bearer {token}"]))
                figures["api_search"][connections] = result
                peak = max(peak, rss)
            # The gate as nginx's auth_request asks it before every request to a gated app.
            print("   gate (/auth/check)", flush=True)
            figures["gate_cookie"], figures["gate_token"] = {}, {}
            gate = f"{instance.origin}/auth/check?permission=flows.edit"
            for connections in (1, 16, 64):
                figures["gate_cookie"][connections] = wrk(gate, connections, headers=[f"Cookie: {cookie}"])
                figures["gate_token"][connections] = wrk(gate, connections,
                                                         headers=[f"Authorization: Bearer {token}"])
            figures["rss_peak_mib"] = peak / 1024

            print("   sign-in burst", flush=True)
            accounts = Path(work) / "accounts.txt"
            accounts.write_text("\n".join(urllib.parse.urlencode({"email": email, "password": PASSWORD})
                                          for email in instance.people(500, "agent")) + "\n")
            sign_in_lua = Path(work) / "sign_in.lua"
            sign_in_lua.write_text(SIGN_IN_LUA)
            burst = {}

            def sign_ins():
                burst["sign_in"] = wrk(f"{instance.origin}/api/login", 16, lua=str(sign_in_lua),
                                       env={"BENCH_ORIGIN": instance.origin, "BENCH_ACCOUNTS": str(accounts)})

            thread = threading.Thread(target=sign_ins)
            thread.start()
            time.sleep(1)
            burst["other"] = wrk(f"{instance.origin}/api/members", 4, seconds=max(1, SECONDS - 2), lua=str(lua),
                                 env={**post_env, "BENCH_BODY": urllib.parse.urlencode({"query": SEARCH})})
            thread.join()
            figures["burst"] = burst

            print("   sign-in under an anonymous flood", flush=True)
            figures["flood"] = sign_in_under_flood(instance, work)

            print("   mail", flush=True)
            figures["mail"] = mail_timings(instance, cookie, instance.people(2, "admin"))
            figures["bytes"], figures["fetched"] = first_load_bytes(instance, cookie)
            # Only the reader's language travels: Arabic pages weigh what English ones do.
            figures["bytes_ar"], _ = first_load_bytes(instance, cookie, "ar")
            return figures
        finally:
            instance.stop()


def latency_summary(samples):
    times = sorted(ms for ms, _ in samples)
    cut = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return {"count": len(times), "p50": statistics.median(times), "p99": cut[98],
            "ok": sum(1 for _, status in samples if status == 200),
            "busy": sum(1 for _, status in samples if status == 503)}


def sign_in_under_flood(instance, work):
    """The admin signing in over and over, first on a quiet server, then while strangers
    flood every anonymous endpoint at 64 connections."""
    quiet = [instance.timed_sign_in(ADMIN) for _ in range(30)]
    lua = Path(work) / "flood.lua"
    lua.write_text(FLOOD_LUA)
    flood = {}

    def strangers():
        flood["wrk"] = wrk(f"{instance.origin}/api/login", 64, lua=str(lua), env={"BENCH_ORIGIN": instance.origin})

    thread = threading.Thread(target=strangers)
    thread.start()
    time.sleep(1)
    under = []
    deadline = time.monotonic() + max(1, SECONDS - 2)
    while time.monotonic() < deadline:
        under.append(instance.timed_sign_in(ADMIN))
    thread.join()
    return {"quiet": latency_summary(quiet), "under": latency_summary(under), "flood": flood["wrk"]}


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    return f"{os.cpu_count()} × {cpu}, {memory // 1024 // 1024} GiB, {platform.system()} {platform.release()}, commit {commit}"


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


def report(results):
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmarks",
        "",
        f"Made by `./scripts/bench.sh` on {date}: {machine()}. Loads from wrk on loopback, "
        f"{SECONDS} s each, against the release build, on a workspace of {MEMBERS:,} members "
        f"(`roster seed-demo`). Search looks for \"{SEARCH}\". The client and the server share the machine.",
        "",
    ]
    for backend, figures in results.items():
        lines += [f"## {backend}", "", f"Seeding {MEMBERS:,} members took {figures['seed_seconds']:.1f} s.", "",
                  "| load | clients | requests/s | p50 ms | p99 ms | errors |", "|---|---:|---:|---:|---:|---:|"]
        for name, key in (("Users tab (server-rendered HTML)", "users_page"), ("search (`/api/members`)", "search"),
                          ("API search (`/api/v1/members?q=`, bearer token)", "api_search"),
                          ("gate (`/auth/check`, session cookie)", "gate_cookie"),
                          ("gate (`/auth/check`, bearer token)", "gate_token")):
            for connections, result in figures[key].items():
                lines.append(f"| {name} | {connections} | {fmt(result['rps'])} | {fmt(result['p50'], 2)} | "
                             f"{fmt(result['p99'], 2)} | {result['errors']} |")
        burst = figures["burst"]
        lines += [f"| sign-ins (Argon2id) | 16 | {fmt(burst['sign_in']['rps'])} | {fmt(burst['sign_in']['p50'], 2)} | "
                  f"{fmt(burst['sign_in']['p99'], 2)} | {burst['sign_in']['errors']} |",
                  f"| search during the sign-ins | 4 | {fmt(burst['other']['rps'])} | {fmt(burst['other']['p50'], 2)} | "
                  f"{fmt(burst['other']['p99'], 2)} | {burst['other']['errors']} |"]
        flood = figures["flood"]
        for name, run in (("a person's sign-in, quiet server", flood["quiet"]),
                          ("a person's sign-in during the anonymous flood", flood["under"])):
            lines.append(f"| {name} | 1 | – | {fmt(run['p50'], 2)} | {fmt(run['p99'], 2)} | "
                         f"{run['count'] - run['ok']} |")
        lines.append(f"| the anonymous flood (login, reset, accept, setup) | 64 | {fmt(flood['flood']['rps'])} | "
                     f"{fmt(flood['flood']['p50'], 2)} | {fmt(flood['flood']['p99'], 2)} | {flood['flood']['errors']} |")
        lines.append("")
        quiet, under = flood["quiet"], flood["under"]
        lines += [f"Sign-in under an anonymous flood: the admin signs in one request after another, "
                  f"{quiet['count']} times on a quiet server (p50 {quiet['p50']:.1f} ms, p99 {quiet['p99']:.1f} ms), "
                  f"then {under['count']} times while 64 connections of strangers from eight addresses "
                  f"send made-up sign-ins, resets, accepts and setups "
                  f"({fmt(flood['flood']['rps'])} requests/s, {flood['flood']['errors']} refused): p50 "
                  f"{under['p50']:.1f} ms, p99 {under['p99']:.1f} ms; {under['ok']} signed in, "
                  f"{under['busy']} told \"Roster is busy\" (503).", ""]
        mail = figures["mail"]
        lines += [f"Mail: from \"Send invitation\" to the message in the SMTP sink, median "
                  f"{mail['invite_to_inbox_p50_ms']:.0f} ms, slowest {mail['invite_to_inbox_max_ms']:.0f} ms of 10; "
                  f"{mail['outbox_messages']} invitations in four requests delivered in {mail['outbox_seconds']:.1f} s "
                  f"({mail['outbox_per_second']:.0f} messages/s).", "",
                  f"Server memory (RSS): {figures['rss_at_rest_mib']:.0f} MiB at rest, "
                  f"{figures['rss_peak_mib']:.0f} MiB at most under load.", ""]
        sizes = figures["bytes"]
        kinds = sorted(sizes["identity"])
        lines += ["First load of `/settings/users` (bytes on the wire):", "",
                  "| encoding | " + " | ".join(kinds) + " | total |", "|---|" + "---:|" * (len(kinds) + 1)]
        for encoding, parts in sizes.items():
            lines.append(f"| {encoding} | " + " | ".join(f"{parts.get(k, 0):,}" for k in kinds)
                         + f" | {sum(parts.values()):,} |")
        fetched = figures["fetched"]
        lines += ["", f"Chromium fetched {len(fetched)} files until the page was interactive: "
                  + ", ".join(f"`{path}`" for path in fetched) + ".", ""]
        arabic = figures["bytes_ar"]
        lines += ["The same first load in Arabic (a browser asking for `ar`; right to left):", "",
                  "| encoding | " + " | ".join(kinds) + " | total |", "|---|" + "---:|" * (len(kinds) + 1)]
        for encoding, parts in arabic.items():
            lines.append(f"| {encoding} | " + " | ".join(f"{parts.get(k, 0):,}" for k in kinds)
                         + f" | {sum(parts.values()):,} |")
        lines.append("")

    lines += ["## Budgets", "", "| budget | target | SQLite | PostgreSQL |", "|---|---:|---:|---:|"]

    def row(name, target, value_of, better):
        cells = []
        for figures in results.values():
            value = value_of(figures)
            met = value <= target if better == "lower" else value >= target
            gap = "" if met else f" (missed by {abs(value - target):,.1f})"
            cells.append(f"{value:,.1f}{'' if met else gap} {'✓' if met else '✗'}")
        lines.append(f"| {name} | {target} | " + " | ".join(cells) + " |")

    row("first load, brotli, KB", BUDGETS["first_load_kb"], lambda f: sum(f["bytes"]["br"].values()) / 1000, "lower")
    row("first load in Arabic, brotli, KB", BUDGETS["first_load_kb"],
        lambda f: sum(f["bytes_ar"]["br"].values()) / 1000, "lower")
    row("search p99 at 16 clients, ms", BUDGETS["search_p99_ms_16"], lambda f: f["search"][16]["p99"], "lower")
    row("other requests' p99 during sign-ins, ms", BUDGETS["other_p99_ms_during_sign_ins"],
        lambda f: f["burst"]["other"]["p99"], "lower")
    row("outbox, messages/s", BUDGETS["outbox_per_second"], lambda f: f["mail"]["outbox_per_second"], "higher")
    notes = ROOT / "scripts" / "bench-notes.md"
    if notes.exists():
        lines += ["", notes.read_text().strip()]
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines) + "\n")
    print("wrote BENCHMARKS.md")


COMPARE_ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
COMPARE_SEARCH = "smith"


def compare_backend(backend, baseline):
    """The Users tab on the same people under the baseline build and this one, each on a
    database it seeded itself (a build may not know the other's migrations), loaded in turn,
    the order swapping every round, so both meet the same machine."""
    with tempfile.TemporaryDirectory() as old_work, tempfile.TemporaryDirectory() as new_work:
        builds = {
            "baseline": Instance(backend, old_work, binary=baseline / "roster", site_root=baseline / "site",
                                 label="baseline"),
            "this build": Instance(backend, new_work, label="current"),
        }
        try:
            for instance in builds.values():
                instance.seed()
                instance.start()
            cookies = {name: instance.login(ADMIN) for name, instance in builds.items()}
            loads = {"Users tab, search \"smith\"": f"/settings/users?q={COMPARE_SEARCH}", "Users tab": "/settings/users"}
            runs = {(load, name): [] for load in loads for name in builds}
            for round_number in range(COMPARE_ROUNDS):
                order = list(builds) if round_number % 2 == 0 else list(reversed(builds))
                for load, path in loads.items():
                    for name in order:
                        instance = builds[name]
                        print(f"   round {round_number + 1}: {load}, {name}", flush=True)
                        runs[(load, name)].append(wrk(f"{instance.origin}{path}", 16,
                                                      headers=[f"Cookie: {cookies[name]}", "Accept: text/html"]))
            return runs
        finally:
            for instance in builds.values():
                instance.stop()


def compare(baseline, backends):
    lines = [f"Users tab at 16 clients, {COMPARE_ROUNDS} rounds of {SECONDS} s per build, the builds taking "
             f"turns ({MEMBERS:,} members; {machine()}; baseline {baseline}):", "",
             "| database | load | build | requests/s (median) | p50 ms | p99 ms | errors | speed-up |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for name in backends:
        backend = "postgres" if name.lower().startswith("postgres") else "sqlite"
        print(f"== {name}: baseline against this build", flush=True)
        runs = compare_backend(backend, baseline)
        for load in dict.fromkeys(load for load, _ in runs):
            base_rps = statistics.median(r["rps"] for r in runs[(load, "baseline")])
            for build in ("baseline", "this build"):
                results = runs[(load, build)]
                rps = statistics.median(r["rps"] for r in results)
                p50 = statistics.median(r["p50"] for r in results)
                p99 = statistics.median(r["p99"] for r in results)
                errors = sum(r["errors"] for r in results)
                lines.append(f"| {name} | {load} | {build} | {fmt(rps)} | {fmt(p50, 2)} | {fmt(p99, 2)} | {errors} | "
                             f"{rps / base_rps:.2f}× |")
    text = "\n".join(lines) + "\n"
    (ROOT / "target" / "bench-compare.md").write_text(text)
    print(text)
    print("wrote target/bench-compare.md")


def main():
    if sys.argv[1:2] == ["compare"]:
        if len(sys.argv) < 3:
            sys.exit("usage: bench.py compare <folder with roster, hash.txt and site/ of the baseline> [SQLite|PostgreSQL ...]")
        compare(Path(sys.argv[2]).resolve(), sys.argv[3:] or ["SQLite", "PostgreSQL"])
        return
    backends = sys.argv[1:] or ["SQLite", "PostgreSQL"]
    results = {}
    for name in backends:
        results[name] = run_backend("postgres" if name.lower().startswith("postgres") else "sqlite")
    report(results)


if __name__ == "__main__":
    main()
