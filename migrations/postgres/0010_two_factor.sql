-- Second factors of sign-in, and the half-done sign-ins waiting for one.

-- One authenticator app per person. `confirmed_at` is NULL while it is being set up: the
-- secret has been shown but no code from it has been typed yet, so it guards nothing.
CREATE TABLE authenticator_apps (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE RESTRICT,
    secret TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    -- The 30-second step of the last code accepted, so a code seen over a shoulder cannot be
    -- used again within its window.
    last_used_step BIGINT NOT NULL DEFAULT 0
);

-- Only the SHA-256 of each code is kept; each works once.
CREATE TABLE recovery_codes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    code_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX recovery_codes_by_user ON recovery_codes (user_id);

-- A sign-in whose password was right and whose second factor is still to come. The browser
-- holds the token in a cookie; no session exists until the second step passes.
CREATE TABLE sign_in_challenges (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    workspace_id BIGINT NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
    failures BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sign_in_challenges_by_user ON sign_in_challenges (user_id);

-- Who in a workspace must have a second factor.
ALTER TABLE workspaces ADD COLUMN two_factor_required TEXT NOT NULL DEFAULT 'no_one'
    CHECK (two_factor_required IN ('no_one', 'admins', 'everyone'));
