-- Most typed words cover few distinct terms ("tanaka" covers one, shared by thousands of
-- members). Each term's members in name order let a page read about 50 rows per term and merge
-- them, where sorting every match read them all (users::repo::MatchPlan::MergeTerms). The
-- last column keeps the index covering.
CREATE INDEX search_terms_in_name_order
    ON search_terms (workspace_id, term, sort_key, user_id, shared_prefix_chars);
