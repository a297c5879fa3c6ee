-- The whole product's schema. Times are UTC unix seconds (INTEGER) so that both databases
-- store and compare them the same way.

CREATE TABLE instance_setup (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    completed_at INTEGER NOT NULL
);

CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL DEFAULT 'en',
    timezone TEXT NOT NULL DEFAULT 'UTC',
    created_at INTEGER NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL,
    deactivated_at INTEGER
);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'agent')),
    joined_at INTEGER NOT NULL,
    invited_by INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    notify_on_join INTEGER NOT NULL DEFAULT 1,
    removed_at INTEGER,
    removed_by INTEGER REFERENCES users (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX memberships_active_member ON memberships (workspace_id, user_id) WHERE removed_at IS NULL;
CREATE INDEX memberships_by_user ON memberships (user_id);
CREATE INDEX memberships_active_role ON memberships (workspace_id, role) WHERE removed_at IS NULL;

CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'agent')),
    token_hash TEXT UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'cancelled', 'expired')),
    invited_by INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    accepted_at INTEGER,
    accepted_user_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    cancelled_at INTEGER,
    cancelled_by INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    outbox_id INTEGER
);
CREATE UNIQUE INDEX invitations_one_pending_per_email ON invitations (workspace_id, email) WHERE status = 'pending';
CREATE INDEX invitations_by_workspace ON invitations (workspace_id, status, created_at);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    workspace_id INTEGER REFERENCES workspaces (id) ON DELETE RESTRICT,
    user_agent TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE password_resets (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

-- Fixed-window counters for rate limits; shared by every instance through the database.
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    window_started_at INTEGER NOT NULL,
    hits INTEGER NOT NULL
);

CREATE TABLE activity_log (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER REFERENCES workspaces (id) ON DELETE RESTRICT,
    actor_user_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    action TEXT NOT NULL,
    subject_user_id INTEGER REFERENCES users (id) ON DELETE RESTRICT,
    invitation_id INTEGER REFERENCES invitations (id) ON DELETE RESTRICT,
    detail TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX activity_by_workspace ON activity_log (workspace_id, id);

-- History is evidence: the application may only append to it.
CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log
BEGIN
    SELECT RAISE(ABORT, 'activity_log is append-only');
END;
CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log
BEGIN
    SELECT RAISE(ABORT, 'activity_log is append-only');
END;

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    -- One row per event and recipient, so an event enqueued twice mails once.
    dedupe_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    -- Bodies may hold a one-time link; they are wiped once the message is sent.
    body_text TEXT,
    body_html TEXT,
    action_url TEXT,
    message_id TEXT NOT NULL,
    invitation_id INTEGER REFERENCES invitations (id) ON DELETE RESTRICT,
    -- skipped: the message lost its reason to be sent (e.g. its invitation was cancelled).
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    locked_until INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
