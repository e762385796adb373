-- An import's row-level report: line, column and the reason as a message key with its arguments
-- (shown in Danish or English). Never the offending value: it may be personal data.
ALTER TABLE import_record
    ADD COLUMN import_mode VARCHAR(8) NOT NULL DEFAULT 'STRICT',
    ADD COLUMN job_execution_id BIGINT NULL,
    ADD COLUMN rejection VARCHAR(80) NULL,
    ADD CONSTRAINT ck_import_mode CHECK (import_mode IN ('STRICT', 'LENIENT'));

CREATE TABLE import_error (
    import_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    line_number BIGINT       NOT NULL,
    column_name VARCHAR(64)  NULL,
    reason_key  VARCHAR(80)  NOT NULL,
    arguments   VARCHAR(500) NULL,
    PRIMARY KEY (import_id, position),
    CONSTRAINT fk_import_error_import FOREIGN KEY (import_id) REFERENCES import_record (id) ON DELETE CASCADE,
    CONSTRAINT ck_import_error_line CHECK (line_number >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
