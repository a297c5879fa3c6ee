-- An invitation is only as good as its sender's right to invite. From this version on,
-- removing or demoting an admin cancels the pending invitations they sent; this brings
-- invitations sent by people who had already lost that right into line, each with its
-- Activity entry, as the application writes them.
INSERT INTO activity_log (workspace_id, actor_user_id, action, subject_user_id, invitation_id, detail, ip, created_at)
SELECT i.workspace_id, NULL, 'invitation_cancelled', i.invited_by, i.id, 'sender is no longer an admin', '', CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)
FROM invitations i
WHERE i.status = 'pending'
  AND NOT EXISTS (
      SELECT 1 FROM memberships m
      WHERE m.workspace_id = i.workspace_id AND m.user_id = i.invited_by
        AND m.role = 'admin' AND m.removed_at IS NULL
  );

UPDATE invitations SET status = 'cancelled', cancelled_at = CAST(EXTRACT(EPOCH FROM now()) AS BIGINT)
WHERE status = 'pending'
  AND NOT EXISTS (
      SELECT 1 FROM memberships m
      WHERE m.workspace_id = invitations.workspace_id AND m.user_id = invitations.invited_by
        AND m.role = 'admin' AND m.removed_at IS NULL
  );

-- Purging expired sessions scans by age (see the retention job).
CREATE INDEX sessions_by_last_seen ON sessions (last_seen_at);

-- When an admin last signed this member out of the workspace ("Log out everywhere"): a
-- session of theirs that started before then, working in another workspace, may not switch
-- back in without a new sign-in.
ALTER TABLE memberships ADD COLUMN sessions_ended_at BIGINT;
