-- Second factors of sign-in, and the half-done sign-ins waiting for one.

-- One authenticator app per person. `confirmed_at` is NULL while it is being set up: the
-- secret has been shown but no code from it has been typed yet, so it guards nothing.
CREATE TABLE authenticator_apps (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE RESTRICT,
    secret TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    -- The 30-second step of the last code accepted, so a code seen over a shoulder cannot be
    -- used again within its window.
    last_used_step INTEGER NOT NULL DEFAULT 0
);

-- Only the SHA-256 of each code is kept; each works once.
CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    code_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX recovery_codes_by_user ON recovery_codes (user_id);

-- A sign-in whose password was right and whose second factor is still to come. The browser
-- holds the token in a cookie; no session exists until the second step passes.
CREATE TABLE sign_in_challenges (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
    failures INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sign_in_challenges_by_user ON sign_in_challenges (user_id);

-- Who in a workspace must have a second factor.
ALTER TABLE workspaces ADD COLUMN two_factor_required TEXT NOT NULL DEFAULT 'no_one'
    CHECK (two_factor_required IN ('no_one', 'admins', 'everyone'));
