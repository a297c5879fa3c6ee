-- How many members each search term stands for, per shared-prefix length, so that a one-word
-- search counts its matches from a few rows (one per distinct term it covers) instead of
-- reading every match. Kept by triggers, in the same transaction as every change to
-- search_terms, so no code path can forget it. Rows left from before 0004 (NULL) stand for
-- nobody until completed, as in search itself.
CREATE TABLE search_term_counts (
    workspace_id INTEGER NOT NULL,
    term TEXT NOT NULL,
    shared_prefix_chars INTEGER NOT NULL,
    members INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, term, shared_prefix_chars)
) WITHOUT ROWID;

INSERT INTO search_term_counts (workspace_id, term, shared_prefix_chars, members)
SELECT workspace_id, term, shared_prefix_chars, COUNT(*) FROM search_terms
WHERE shared_prefix_chars IS NOT NULL
GROUP BY workspace_id, term, shared_prefix_chars;

CREATE TRIGGER search_terms_counted AFTER INSERT ON search_terms
WHEN NEW.shared_prefix_chars IS NOT NULL
BEGIN
    INSERT INTO search_term_counts (workspace_id, term, shared_prefix_chars, members)
    VALUES (NEW.workspace_id, NEW.term, NEW.shared_prefix_chars, 1)
    ON CONFLICT (workspace_id, term, shared_prefix_chars) DO UPDATE SET members = members + 1;
END;

CREATE TRIGGER search_terms_uncounted AFTER DELETE ON search_terms
WHEN OLD.shared_prefix_chars IS NOT NULL
BEGIN
    UPDATE search_term_counts SET members = members - 1
    WHERE workspace_id = OLD.workspace_id AND term = OLD.term
      AND shared_prefix_chars = OLD.shared_prefix_chars;
END;

CREATE TRIGGER search_terms_recounted_old AFTER UPDATE OF workspace_id, term, shared_prefix_chars ON search_terms
WHEN OLD.shared_prefix_chars IS NOT NULL
BEGIN
    UPDATE search_term_counts SET members = members - 1
    WHERE workspace_id = OLD.workspace_id AND term = OLD.term
      AND shared_prefix_chars = OLD.shared_prefix_chars;
END;

CREATE TRIGGER search_terms_recounted_new AFTER UPDATE OF workspace_id, term, shared_prefix_chars ON search_terms
WHEN NEW.shared_prefix_chars IS NOT NULL
BEGIN
    INSERT INTO search_term_counts (workspace_id, term, shared_prefix_chars, members)
    VALUES (NEW.workspace_id, NEW.term, NEW.shared_prefix_chars, 1)
    ON CONFLICT (workspace_id, term, shared_prefix_chars) DO UPDATE SET members = members + 1;
END;
