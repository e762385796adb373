-- Survey instruments are data: a new wording is a new version, and answers keep pointing
-- to the item (and so the wording) they were given under.
CREATE TABLE survey_instrument (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(8)  NOT NULL,
    version             SMALLINT    NOT NULL,
    construct           VARCHAR(32) NOT NULL,
    name_da             VARCHAR(120) NOT NULL,
    name_en             VARCHAR(120) NOT NULL,
    scale_min           TINYINT     NOT NULL,
    scale_max           TINYINT     NOT NULL,
    scale_low_da        VARCHAR(60) NOT NULL,
    scale_low_en        VARCHAR(60) NOT NULL,
    scale_high_da       VARCHAR(60) NOT NULL,
    scale_high_en       VARCHAR(60) NOT NULL,
    allows_not_relevant BOOLEAN     NOT NULL,
    active              BOOLEAN     NOT NULL,
    CONSTRAINT uk_instrument_version UNIQUE (code, version),
    CONSTRAINT ck_instrument_scale CHECK (scale_min >= 0 AND scale_max > scale_min AND scale_max <= 10),
    CONSTRAINT ck_instrument_construct CHECK (construct IN ('PSYCHOLOGICAL_SAFETY', 'ROLE_CLARITY',
        'RELATIONAL_COORDINATION', 'CORE_ELEMENTS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_item (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    instrument_id  BIGINT       NOT NULL,
    item_code      VARCHAR(8)   NOT NULL,
    position       TINYINT      NOT NULL,
    text_da        VARCHAR(400) NOT NULL,
    text_en        VARCHAR(400) NOT NULL,
    reverse_scored BOOLEAN      NOT NULL,
    CONSTRAINT uk_item_code UNIQUE (instrument_id, item_code),
    CONSTRAINT uk_item_position UNIQUE (instrument_id, position),
    CONSTRAINT fk_item_instrument FOREIGN KEY (instrument_id) REFERENCES survey_instrument (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_wave (
    id        BIGINT     NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period    DATE       NOT NULL,
    kind      VARCHAR(6) NOT NULL,
    status    VARCHAR(6) NOT NULL,
    opened_on DATE       NOT NULL,
    closed_on DATE       NULL,
    CONSTRAINT ck_wave_period CHECK (DAYOFMONTH(period) = 1),
    CONSTRAINT ck_wave_kind CHECK (kind IN ('PULSE', 'FULL')),
    CONSTRAINT ck_wave_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_wave_closed CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
    CONSTRAINT ck_wave_close_after_open CHECK (closed_on IS NULL OR closed_on >= opened_on),
    INDEX ix_wave_period (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_wave_municipality (
    wave_id           BIGINT   NOT NULL,
    municipality_code SMALLINT NOT NULL,
    PRIMARY KEY (wave_id, municipality_code),
    CONSTRAINT fk_wave_municipality_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id) ON DELETE CASCADE,
    CONSTRAINT fk_wave_municipality_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invitation is a random token kept only as its SHA-256 hash. It carries a date, never a
-- time, and nothing links it to the answers given with it (INSTRUMENTS.md, the anonymity rule).
CREATE TABLE survey_invitation (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    wave_id           BIGINT      NOT NULL,
    municipality_code SMALLINT    NOT NULL,
    sector_code       VARCHAR(24) NOT NULL,
    token_hash        BINARY(32)  NOT NULL,
    created_on        DATE        NOT NULL,
    used_on           DATE        NULL,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_invitation_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT fk_invitation_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One anonymous answer set. No person, no invitation, no time of day: only the day it came in.
CREATE TABLE survey_response (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    wave_id            BIGINT      NOT NULL,
    municipality_code  SMALLINT    NOT NULL,
    sector_code        VARCHAR(24) NOT NULL,
    target_sector_code VARCHAR(24) NULL,
    answered_on        DATE        NOT NULL,
    source             VARCHAR(8)  NOT NULL,
    CONSTRAINT fk_response_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_response_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT fk_response_sector FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT fk_response_target_sector FOREIGN KEY (target_sector_code) REFERENCES sector (code),
    CONSTRAINT ck_response_target_other CHECK (target_sector_code IS NULL OR target_sector_code <> sector_code),
    CONSTRAINT ck_response_source CHECK (source IN ('SURVEY', 'IMPORT')),
    INDEX ix_response_wave_municipality (wave_id, municipality_code, sector_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- score NULL = "not relevant" (only where the instrument allows it)
CREATE TABLE survey_answer (
    response_id BIGINT  NOT NULL,
    item_id     BIGINT  NOT NULL,
    score       TINYINT NULL,
    PRIMARY KEY (response_id, item_id),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_item FOREIGN KEY (item_id) REFERENCES survey_item (id),
    CONSTRAINT ck_answer_score CHECK (score IS NULL OR score BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- VIVE core-element self-assessment: one score per element, municipality and quarter.
CREATE TABLE core_element_assessment (
    municipality_code SMALLINT      NOT NULL,
    year              SMALLINT      NOT NULL,
    quarter           TINYINT       NOT NULL,
    element           CHAR(2)       NOT NULL,
    score             TINYINT       NOT NULL,
    note              VARCHAR(2000) NULL,
    PRIMARY KEY (municipality_code, year, quarter, element),
    CONSTRAINT fk_assessment_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_assessment_year CHECK (year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_assessment_quarter CHECK (quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_assessment_element CHECK (element IN ('E1', 'E2', 'E3', 'E4', 'E5', 'E6')),
    CONSTRAINT ck_assessment_score CHECK (score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
