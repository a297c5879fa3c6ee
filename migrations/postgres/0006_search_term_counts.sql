-- How many members each search term stands for, per shared-prefix length, so that a one-word
-- search counts its matches from a few rows (one per distinct term it covers) instead of
-- reading every match. Kept by triggers, in the same transaction as every change to
-- search_terms, so no code path can forget it. Rows left from before 0004 (NULL) stand for
-- nobody until completed, as in search itself.
CREATE TABLE search_term_counts (
    workspace_id BIGINT NOT NULL,
    term TEXT COLLATE "C" NOT NULL,
    shared_prefix_chars INTEGER NOT NULL,
    members BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, term, shared_prefix_chars) INCLUDE (members)
);

INSERT INTO search_term_counts (workspace_id, term, shared_prefix_chars, members)
SELECT workspace_id, term, shared_prefix_chars, COUNT(*) FROM search_terms
WHERE shared_prefix_chars IS NOT NULL
GROUP BY workspace_id, term, shared_prefix_chars;

-- Once per statement, from the rows it changed. Count rows are upserted in key order, so two
-- transactions changing the same terms lock them in the same order and never deadlock. A
-- trigger sees only the transition tables its event has, hence one function per event.
CREATE FUNCTION count_inserted_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_term_counts AS c (workspace_id, term, shared_prefix_chars, members)
    SELECT workspace_id, term, shared_prefix_chars, COUNT(*) FROM new_rows
    WHERE shared_prefix_chars IS NOT NULL
    GROUP BY workspace_id, term, shared_prefix_chars
    ORDER BY workspace_id, term, shared_prefix_chars
    ON CONFLICT (workspace_id, term, shared_prefix_chars)
        DO UPDATE SET members = c.members + EXCLUDED.members;
    RETURN NULL;
END
$$;

CREATE FUNCTION count_deleted_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_term_counts AS c (workspace_id, term, shared_prefix_chars, members)
    SELECT workspace_id, term, shared_prefix_chars, -COUNT(*) FROM old_rows
    WHERE shared_prefix_chars IS NOT NULL
    GROUP BY workspace_id, term, shared_prefix_chars
    ORDER BY workspace_id, term, shared_prefix_chars
    ON CONFLICT (workspace_id, term, shared_prefix_chars)
        DO UPDATE SET members = c.members + EXCLUDED.members;
    RETURN NULL;
END
$$;

CREATE FUNCTION count_updated_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_term_counts AS c (workspace_id, term, shared_prefix_chars, members)
    SELECT workspace_id, term, shared_prefix_chars, SUM(delta)
    FROM (
        SELECT workspace_id, term, shared_prefix_chars, 1 AS delta FROM new_rows
        WHERE shared_prefix_chars IS NOT NULL
        UNION ALL
        SELECT workspace_id, term, shared_prefix_chars, -1 AS delta FROM old_rows
        WHERE shared_prefix_chars IS NOT NULL
    ) changed
    GROUP BY workspace_id, term, shared_prefix_chars
    ORDER BY workspace_id, term, shared_prefix_chars
    ON CONFLICT (workspace_id, term, shared_prefix_chars)
        DO UPDATE SET members = c.members + EXCLUDED.members;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_terms_counted AFTER INSERT ON search_terms
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_inserted_search_terms();
CREATE TRIGGER search_terms_uncounted AFTER DELETE ON search_terms
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_deleted_search_terms();
CREATE TRIGGER search_terms_recounted AFTER UPDATE ON search_terms
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_updated_search_terms();
