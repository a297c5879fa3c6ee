-- A member found by two of their terms ("maria" and "marta" for "mar") used to be counted and
-- listed once only after a step that removed repeats among every match. Each term row now
-- says how many leading characters it shares with the member's term just before it in term
-- order; a typed word of n characters then meets each member once among the rows sharing
-- fewer than n (users::search::shared_prefix_chars). Rows written before this are NULL, found
-- by no search, until the server fills them in at start-up, before it serves anyone. The
-- column joins the primary key's INCLUDE list, so the range scan stays index-only.
ALTER TABLE search_terms ADD COLUMN shared_prefix_chars INTEGER;
ALTER TABLE search_terms DROP CONSTRAINT search_terms_pkey,
    ADD CONSTRAINT search_terms_pkey PRIMARY KEY (workspace_id, term, user_id)
        INCLUDE (sort_key, shared_prefix_chars);
-- Finds rows still to fill in without reading the table at every start-up; empty once they are.
CREATE INDEX search_terms_incomplete ON search_terms (workspace_id) WHERE shared_prefix_chars IS NULL;
