-- Improvement actions (issue 12): what is being tried, by whom (a role, never a person's name),
-- from when, when it is reviewed, how far it has come, and the indicators or survey constructs it
-- should move. A municipality's action has its code; the programme's has NULL. The run charts
-- show each action from its start month and may start a new phase there.
CREATE TABLE improvement_action (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    title             VARCHAR(200) NOT NULL,
    responsible_role  VARCHAR(120) NOT NULL,
    start_date        DATE         NOT NULL,
    review_date       DATE         NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    municipality_code SMALLINT     NULL,
    created_by        VARCHAR(60)  NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_by        VARCHAR(60)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    CONSTRAINT ck_improvement_action_status CHECK (status IN ('PLANNED', 'ACTIVE', 'DONE', 'STOPPED')),
    CONSTRAINT ck_improvement_action_dates CHECK (review_date >= start_date),
    CONSTRAINT fk_improvement_action_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    INDEX ix_improvement_action_scope (municipality_code, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE improvement_action_indicator (
    action_id      BIGINT      NOT NULL,
    indicator_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (action_id, indicator_code),
    CONSTRAINT fk_improvement_action_indicator FOREIGN KEY (action_id) REFERENCES improvement_action (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
