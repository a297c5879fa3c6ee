-- How many active members each workspace has, so the Users tab without a search reads one
-- number instead of counting every membership on every page. Kept by triggers, in the same
-- transaction as every change to memberships, so no code path can forget it.
ALTER TABLE workspaces ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;

UPDATE workspaces SET member_count =
    (SELECT COUNT(*) FROM memberships m WHERE m.workspace_id = workspaces.id AND m.removed_at IS NULL);

CREATE TRIGGER memberships_counted AFTER INSERT ON memberships
WHEN NEW.removed_at IS NULL
BEGIN
    UPDATE workspaces SET member_count = member_count + 1 WHERE id = NEW.workspace_id;
END;

CREATE TRIGGER memberships_recounted AFTER UPDATE OF workspace_id, removed_at ON memberships
BEGIN
    UPDATE workspaces SET member_count = member_count - 1
    WHERE id = OLD.workspace_id AND OLD.removed_at IS NULL;
    UPDATE workspaces SET member_count = member_count + 1
    WHERE id = NEW.workspace_id AND NEW.removed_at IS NULL;
END;

CREATE TRIGGER memberships_uncounted AFTER DELETE ON memberships
WHEN OLD.removed_at IS NULL
BEGIN
    UPDATE workspaces SET member_count = member_count - 1 WHERE id = OLD.workspace_id;
END;
