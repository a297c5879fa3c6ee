-- How many active members each workspace has, so the Users tab without a search reads one
-- number instead of counting every membership on every page. Kept by triggers, in the same
-- transaction as every change to memberships, so no code path can forget it.
ALTER TABLE workspaces ADD COLUMN member_count BIGINT NOT NULL DEFAULT 0;

UPDATE workspaces w SET member_count =
    (SELECT COUNT(*) FROM memberships m WHERE m.workspace_id = w.id AND m.removed_at IS NULL);

-- Once per statement, from the rows it changed, so a bulk load updates each workspace once.
-- Statements that change no active membership (a member's last activity) write nothing, so
-- they take no lock on the workspace. A trigger sees only the transition tables its event
-- has, hence one function per event.
CREATE FUNCTION count_inserted_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE workspaces w SET member_count = w.member_count + changed.members
    FROM (SELECT workspace_id, COUNT(*) AS members FROM new_rows
          WHERE removed_at IS NULL GROUP BY workspace_id) changed
    WHERE w.id = changed.workspace_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION count_updated_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE workspaces w SET member_count = w.member_count + changed.members
    FROM (SELECT workspace_id, SUM(delta) AS members
          FROM (SELECT workspace_id, 1 AS delta FROM new_rows WHERE removed_at IS NULL
                UNION ALL
                SELECT workspace_id, -1 AS delta FROM old_rows WHERE removed_at IS NULL) rows
          GROUP BY workspace_id HAVING SUM(delta) <> 0) changed
    WHERE w.id = changed.workspace_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION count_deleted_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE workspaces w SET member_count = w.member_count - changed.members
    FROM (SELECT workspace_id, COUNT(*) AS members FROM old_rows
          WHERE removed_at IS NULL GROUP BY workspace_id) changed
    WHERE w.id = changed.workspace_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER memberships_counted AFTER INSERT ON memberships
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_members();
CREATE TRIGGER memberships_recounted AFTER UPDATE ON memberships
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_updated_members();
CREATE TRIGGER memberships_uncounted AFTER DELETE ON memberships
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_members();
