-- Answers that cannot be linked back to a person (docs/decisions/0012):
-- * an answer set's id is 16 random bytes instead of a number that grows in answering order;
-- * an answer set has no date: the wave is the finest time the answer side knows;
-- * an invitation only says whether it was used, never when, and has no date at all.
-- Existing answer sets get fresh random ids here; the table is rebuilt in the order of the new
-- ids, so neither the ids nor the rows' order keep the order they were answered in.

ALTER TABLE survey_answer DROP FOREIGN KEY fk_answer_response;

ALTER TABLE survey_response ADD COLUMN new_id BINARY(16) NULL;
UPDATE survey_response SET new_id = RANDOM_BYTES(16);

ALTER TABLE survey_answer ADD COLUMN new_response_id BINARY(16) NULL;
UPDATE survey_answer a JOIN survey_response r ON r.id = a.response_id SET a.new_response_id = r.new_id;

ALTER TABLE survey_answer DROP PRIMARY KEY, DROP COLUMN response_id;
ALTER TABLE survey_answer CHANGE new_response_id response_id BINARY(16) NOT NULL FIRST,
    ADD PRIMARY KEY (response_id, item_id);

ALTER TABLE survey_response DROP COLUMN id, DROP COLUMN answered_on;
ALTER TABLE survey_response CHANGE new_id id BINARY(16) NOT NULL FIRST, ADD PRIMARY KEY (id);

ALTER TABLE survey_answer ADD CONSTRAINT fk_answer_response FOREIGN KEY (response_id)
    REFERENCES survey_response (id) ON DELETE CASCADE;

ALTER TABLE survey_invitation ADD COLUMN used BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE survey_invitation SET used = (used_on IS NOT NULL);
ALTER TABLE survey_invitation DROP COLUMN used_on, DROP COLUMN created_on;
