-- What the parser could not place or find, kept with the candidate so the profile page and the
-- API can show it.
CREATE TABLE candidate_warning (
    candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    message VARCHAR(1000),
    PRIMARY KEY (candidate_id, sort_order)
);
