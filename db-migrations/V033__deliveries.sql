-- Issue 13, data delivery status (docs/decisions/0026).
-- Which municipalities one completed import delivered for: a region-wide file (the hospital's
-- outcomes for many municipalities) counts as delivered for each municipality it holds rows of,
-- while import_record.municipality_code names only a file of one municipality. Filled by the import
-- in its write transaction; imports from before V033 are read from import_record.municipality_code.
CREATE TABLE import_municipality (
    import_id         BIGINT   NOT NULL,
    municipality_code SMALLINT NOT NULL,
    PRIMARY KEY (import_id, municipality_code),
    CONSTRAINT fk_import_municipality_import FOREIGN KEY (import_id) REFERENCES import_record (id) ON DELETE CASCADE,
    CONSTRAINT fk_import_municipality_code FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    INDEX ix_import_municipality_code (municipality_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A municipality's data contact: the one address late-file reminders go to, in its language. An
-- office's functional mailbox, never a citizen's: no CPR can pass the application's check.
CREATE TABLE delivery_contact (
    municipality_code SMALLINT     NOT NULL PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    language          CHAR(2)      NOT NULL,
    updated_by        VARCHAR(60)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL COMMENT 'UTC',
    CONSTRAINT fk_delivery_contact_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_delivery_contact_language CHECK (language IN ('da', 'en')),
    CONSTRAINT ck_delivery_contact_email CHECK (email LIKE '_%@_%._%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
