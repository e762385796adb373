-- docs/decisions/0030: an import loads one answer set per respondent, and each set maintained five
-- indexes of survey_response: its key, the wave's (wave_id, municipality_code, sector_code) that
-- every reader uses, and the three InnoDB keeps only for the foreign keys to municipality and
-- sector. Measured with 71,429 sets loaded after a million answers in one transaction: 0.83-0.87 s
-- with all five, 0.41 s with the key and the wave's index. No query reads answer sets by
-- municipality or sector alone (every one starts from the wave), so those three indexes and their
-- foreign keys go. What they guarded is kept by cheaper rules: a sector code must be one of the
-- six (a CHECK, evaluated in the row, no index; a seventh sector needs a migration anyway, since
-- sectors are an enum in the code), and neither a municipality nor a sector is ever deleted (the
-- triggers), so no answer set can point to one that is gone. A municipality code is checked
-- against the register when it comes in (the import's validation, the invitation's municipality).
ALTER TABLE survey_response DROP FOREIGN KEY fk_response_municipality;
ALTER TABLE survey_response DROP FOREIGN KEY fk_response_sector;
ALTER TABLE survey_response DROP FOREIGN KEY fk_response_target_sector;
ALTER TABLE survey_response DROP INDEX fk_response_municipality;
ALTER TABLE survey_response DROP INDEX fk_response_sector;
ALTER TABLE survey_response DROP INDEX fk_response_target_sector;

ALTER TABLE survey_response ADD CONSTRAINT ck_response_sector CHECK (sector_code IN
    ('PSYCHIATRY', 'SOCIAL_SERVICES', 'SUBSTANCE_TREATMENT', 'JOB_CENTRE', 'GENERAL_PRACTICE', 'NGO'));
ALTER TABLE survey_response ADD CONSTRAINT ck_response_target_sector CHECK (target_sector_code IS NULL
    OR target_sector_code IN ('PSYCHIATRY', 'SOCIAL_SERVICES', 'SUBSTANCE_TREATMENT', 'JOB_CENTRE',
                              'GENERAL_PRACTICE', 'NGO'));

CREATE TRIGGER municipality_no_delete BEFORE DELETE ON municipality FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'municipalities are never deleted: answer sets point to them';
CREATE TRIGGER sector_no_delete BEFORE DELETE ON sector FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sectors are never deleted: answer sets point to them';
