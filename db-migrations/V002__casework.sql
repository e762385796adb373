-- Cases, network meetings, action plans and their agreed actions. Cases are pseudonymous:
-- the case reference is made by the municipality and must never be a CPR number.

CREATE TABLE citizen_case (
    id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    municipality_code      SMALLINT    NOT NULL,
    case_ref               VARCHAR(32) NOT NULL,
    enrolled_on            DATE        NOT NULL,
    status                 VARCHAR(8)  NOT NULL,
    ended_on               DATE        NULL,
    key_coordinator_sector VARCHAR(24) NOT NULL,
    age_band               VARCHAR(5)  NULL,
    CONSTRAINT uk_case_ref UNIQUE (municipality_code, case_ref),
    -- lets meetings prove they belong to a case of the same municipality
    CONSTRAINT uk_case_municipality UNIQUE (id, municipality_code),
    CONSTRAINT fk_case_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT fk_case_coordinator_sector FOREIGN KEY (key_coordinator_sector) REFERENCES sector (code),
    CONSTRAINT ck_case_status CHECK (status IN ('ACTIVE', 'PAUSED', 'ENDED')),
    CONSTRAINT ck_case_ended CHECK ((status = 'ENDED') = (ended_on IS NOT NULL)),
    CONSTRAINT ck_case_end_after_start CHECK (ended_on IS NULL OR ended_on >= enrolled_on),
    CONSTRAINT ck_case_age_band CHECK (age_band IS NULL OR age_band IN ('18-24', '25-34', '35-44', '45-54', '55-64', '65+')),
    CONSTRAINT ck_case_ref_not_cpr CHECK (case_ref NOT REGEXP '[0-9]{6}-?[0-9]{4}'),
    CONSTRAINT ck_case_ref_not_blank CHECK (TRIM(case_ref) <> '')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE network_meeting (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT      NOT NULL,
    municipality_code SMALLINT    NOT NULL,
    meeting_ref       VARCHAR(32) NOT NULL,
    held_on           DATE        NOT NULL,
    meeting_type      VARCHAR(10) NOT NULL,
    citizen_present   BOOLEAN     NOT NULL,
    plan_status       VARCHAR(10) NOT NULL,
    actions_agreed    SMALLINT    NOT NULL,
    next_follow_up_on DATE        NULL,
    duration_minutes  SMALLINT    NULL,
    participants      TINYINT     NULL,
    CONSTRAINT uk_meeting_ref UNIQUE (municipality_code, meeting_ref),
    CONSTRAINT fk_meeting_case FOREIGN KEY (case_id, municipality_code)
        REFERENCES citizen_case (id, municipality_code) ON DELETE CASCADE,
    CONSTRAINT ck_meeting_type CHECK (meeting_type IN ('INITIAL', 'FOLLOW_UP', 'CRISIS')),
    CONSTRAINT ck_meeting_plan_status CHECK (plan_status IN ('NEW', 'REVISED', 'UNCHANGED', 'NONE')),
    CONSTRAINT ck_meeting_actions CHECK (actions_agreed >= 0),
    CONSTRAINT ck_meeting_follow_up CHECK (next_follow_up_on IS NULL OR next_follow_up_on > held_on),
    CONSTRAINT ck_meeting_duration CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_meeting_participants CHECK (participants IS NULL OR participants BETWEEN 1 AND 40),
    INDEX ix_meeting_municipality_held (municipality_code, held_on),
    INDEX ix_meeting_case_held (case_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE network_meeting_sector (
    meeting_id  BIGINT      NOT NULL,
    sector_code VARCHAR(24) NOT NULL,
    PRIMARY KEY (meeting_id, sector_code),
    CONSTRAINT fk_meeting_sector_meeting FOREIGN KEY (meeting_id) REFERENCES network_meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_sector_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_plan (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT NOT NULL,
    meeting_id     BIGINT NULL,
    agreed_on      DATE   NOT NULL,
    next_review_on DATE   NULL,
    CONSTRAINT fk_plan_case FOREIGN KEY (case_id) REFERENCES citizen_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_meeting FOREIGN KEY (meeting_id) REFERENCES network_meeting (id) ON DELETE SET NULL,
    CONSTRAINT ck_plan_review CHECK (next_review_on IS NULL OR next_review_on > agreed_on),
    INDEX ix_plan_case_agreed (case_id, agreed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the network agreed to do, most important problem first. Problem areas are codes,
-- not free text, so no personal details can slip into a plan.
CREATE TABLE agreed_action (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_plan_id     BIGINT      NOT NULL,
    priority           TINYINT     NOT NULL,
    problem_area       VARCHAR(24) NOT NULL,
    responsible_sector VARCHAR(24) NOT NULL,
    due_on             DATE        NOT NULL,
    status             VARCHAR(12) NOT NULL,
    CONSTRAINT uk_action_priority UNIQUE (action_plan_id, priority),
    CONSTRAINT fk_action_plan FOREIGN KEY (action_plan_id) REFERENCES action_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_sector FOREIGN KEY (responsible_sector) REFERENCES sector (code),
    CONSTRAINT ck_action_priority CHECK (priority BETWEEN 1 AND 20),
    CONSTRAINT ck_action_problem_area CHECK (problem_area IN ('MENTAL_HEALTH', 'SUBSTANCE_USE', 'HOUSING',
        'EMPLOYMENT', 'ECONOMY', 'PHYSICAL_HEALTH', 'SOCIAL_NETWORK', 'DAILY_LIVING')),
    CONSTRAINT ck_action_status CHECK (status IN ('AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
