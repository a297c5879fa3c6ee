-- API tokens: a script's way in to one workspace, acting for the person who made the token
-- with at most their current role ('same_as_role') or only reading ('read_only'). Only the
-- SHA-256 of the token is kept; the token itself is shown once.
CREATE TABLE api_tokens (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id BIGINT NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    access TEXT NOT NULL CHECK (access IN ('read_only', 'same_as_role')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_used_at BIGINT
);
-- A person's tokens in a workspace are listed, and revoked together when they leave it.
CREATE INDEX api_tokens_by_owner ON api_tokens (workspace_id, user_id);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

-- A change made with an API token names it in the history, as it was called then: a
-- revoked token's past work still says which script did it.
ALTER TABLE activity_log ADD COLUMN api_token_name TEXT;
