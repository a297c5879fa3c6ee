-- A search that matches a few thousand people sorts them by name straight from the search
-- index: each term row carries its member's sort key, so no membership is read until the
-- page of 50 is chosen. Names never change, so the copy never goes stale. (WITHOUT ROWID:
-- every column lives in the primary key's b-tree, so the range scan covers it.)
ALTER TABLE search_terms ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE search_terms SET sort_key = COALESCE((
    SELECT m.sort_key FROM memberships m
    WHERE m.workspace_id = search_terms.workspace_id AND m.user_id = search_terms.user_id
      AND m.removed_at IS NULL
), '');
