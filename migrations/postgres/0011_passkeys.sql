-- Passkeys (WebAuthn) as a second factor and for signing in without a password.

-- The WebAuthn user id of an account: random, so a credential never carries a database id.
CREATE TABLE webauthn_handles (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE RESTRICT,
    handle TEXT NOT NULL UNIQUE
);

CREATE TABLE passkeys (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    -- base64url of the authenticator's credential id.
    credential_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- The public key and its signature counter, as webauthn-rs keeps them (JSON).
    passkey TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX passkeys_by_user ON passkeys (user_id);

-- A registration or sign-in started in the browser and waiting for its authenticator's
-- answer; the browser holds the token, the state never leaves the server.
CREATE TABLE passkey_ceremonies (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL CHECK (purpose IN ('register', 'second_step', 'sign_in')),
    user_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
    name TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
-- Ceremonies end with their person's other half-done sign-ins, and are purged once expired.
CREATE INDEX passkey_ceremonies_by_user ON passkey_ceremonies (user_id);
CREATE INDEX passkey_ceremonies_by_expiry ON passkey_ceremonies (expires_at);
