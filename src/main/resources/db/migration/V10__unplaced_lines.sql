-- The lines of a resume no part of its parse took, kept whole (the warning names only the first
-- few), so the profile and the export list every one of them.
CREATE TABLE candidate_unplaced_line (
    candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    line VARCHAR(300),
    PRIMARY KEY (candidate_id, sort_order)
);
