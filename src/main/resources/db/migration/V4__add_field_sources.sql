-- Where each parsed value was found in the extracted text, so a recruiter can check a field
-- against the original. (V3 is taken by the corrections of parsed fields.)
CREATE TABLE field_source (
    candidate_id BIGINT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    path VARCHAR(200) NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    line_number INTEGER NOT NULL,
    PRIMARY KEY (candidate_id, path)
);
