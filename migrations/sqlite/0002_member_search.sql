-- Finding people in large workspaces (100,000 members) without reading every row.
--
-- sort_key is the member's name in lower case, copied onto the membership so that one index
-- walks a workspace's members in name order. search_terms holds, per active membership, the
-- lower-cased words of the person's name and email; a search for "smi" is then a range scan
-- ("smi" <= term < "smi" + U+10FFFF) on the primary key. Both are written by the server (Rust
-- lower-cases every alphabet, SQLite's lower() only ASCII) and filled in for older rows at
-- start-up.
ALTER TABLE memberships ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
-- When the person last used this workspace, on any device; kept after they log out.
ALTER TABLE memberships ADD COLUMN last_active_at INTEGER;
UPDATE memberships SET last_active_at = (
    SELECT MAX(s.last_seen_at) FROM sessions s
    WHERE s.user_id = memberships.user_id AND s.workspace_id = memberships.workspace_id
);
CREATE INDEX memberships_by_sort_key ON memberships (workspace_id, sort_key, user_id) WHERE removed_at IS NULL;

CREATE TABLE search_terms (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
    term TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
    PRIMARY KEY (workspace_id, term, user_id)
) WITHOUT ROWID;
CREATE INDEX search_terms_by_member ON search_terms (workspace_id, user_id);
