-- The Users tab shows each admin's pending invitations beside them, and demoting or removing
-- an admin cancels them: both find them by sender without reading the workspace's others.
CREATE INDEX invitations_pending_by_sender ON invitations (workspace_id, invited_by) WHERE status = 'pending';
