-- The language an invitation's email is written in (a BCP 47 tag such as pt-BR): the
-- workspace's unless the admin picked another, kept so that a resend reads the same.
-- NULL for invitations made before, which follow the workspace's language.
ALTER TABLE invitations ADD COLUMN language TEXT;
