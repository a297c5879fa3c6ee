-- The language a person chose for Roster's pages and their email (a BCP 47 tag such as
-- pt-BR); NULL until they choose, when their browser's and then the workspace's decide.
ALTER TABLE users ADD COLUMN language TEXT;
