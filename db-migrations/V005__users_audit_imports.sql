CREATE TABLE app_user (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username          VARCHAR(60)  NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    password_hash     VARCHAR(100) NOT NULL,
    role              VARCHAR(16)  NOT NULL,
    municipality_code SMALLINT     NULL,
    sector_code       VARCHAR(24)  NULL,
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_user_username UNIQUE (username),
    CONSTRAINT fk_user_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT fk_user_sector FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT ck_user_role CHECK (role IN ('STEERING', 'MUNICIPAL_LEAD', 'PROFESSIONAL', 'DATA_MANAGER')),
    -- municipal leads and professionals are bound to one municipality, professionals also to a sector
    CONSTRAINT ck_user_municipality CHECK ((role IN ('MUNICIPAL_LEAD', 'PROFESSIONAL')) = (municipality_code IS NOT NULL)),
    CONSTRAINT ck_user_sector CHECK ((role = 'PROFESSIONAL') = (sector_code IS NOT NULL)),
    CONSTRAINT ck_user_hash CHECK (password_hash LIKE '{%}%')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who looked at or changed what. Never personal data about citizens: case ids, not references.
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(3)  NOT NULL,
    username    VARCHAR(60)  NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    target      VARCHAR(200) NULL,
    outcome     VARCHAR(10)  NOT NULL,
    CONSTRAINT ck_audit_outcome CHECK (outcome IN ('ALLOWED', 'DENIED', 'FAILED')),
    INDEX ix_audit_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One delivered monthly file: what replaced the (kind, municipality, period) scope, and when.
CREATE TABLE import_record (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(20)  NOT NULL,
    municipality_code SMALLINT     NULL,
    period            DATE         NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    started_by        VARCHAR(60)  NOT NULL,
    started_at        DATETIME(3)  NOT NULL,
    finished_at       DATETIME(3)  NULL,
    status            VARCHAR(10)  NOT NULL,
    rows_read         INT          NOT NULL DEFAULT 0,
    rows_written      INT          NOT NULL DEFAULT 0,
    rows_rejected     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_import_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_import_kind CHECK (kind IN ('cases', 'meetings', 'outcomes', 'survey-responses', 'self-assessments')),
    CONSTRAINT ck_import_status CHECK (status IN ('STARTED', 'COMPLETED', 'FAILED')),
    CONSTRAINT ck_import_rows CHECK (rows_read >= 0 AND rows_written >= 0 AND rows_rejected >= 0),
    CONSTRAINT ck_import_finished CHECK (finished_at IS NULL OR finished_at >= started_at),
    INDEX ix_import_municipality_finished (municipality_code, finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
