-- A search that matches a few thousand people sorts them by name straight from the search
-- index: each term row carries its member's sort key, so no membership is read until the
-- page of 50 is chosen. Names never change, so the copy never goes stale. The key is an
-- INCLUDE column of the primary key, so the range scan is index-only.
ALTER TABLE search_terms ADD COLUMN sort_key TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE search_terms t SET sort_key = m.sort_key
FROM memberships m
WHERE m.workspace_id = t.workspace_id AND m.user_id = t.user_id AND m.removed_at IS NULL;
ALTER TABLE search_terms DROP CONSTRAINT search_terms_pkey,
    ADD CONSTRAINT search_terms_pkey PRIMARY KEY (workspace_id, term, user_id) INCLUDE (sort_key);
