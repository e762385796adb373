-- Targets (issue 12): the steering group sets a target per indicator for the whole programme
-- (municipality_code NULL) or for one municipality, from a start month. The target in force in a
-- month is the one with the latest start month not after it; a municipality without its own falls
-- back to the programme's. The value is in the indicator's own unit (a share as 0–1, a rate per
-- case-month), as the dashboards compute it. Every change is in the audit log, before and after.
CREATE TABLE indicator_target (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    indicator_code    VARCHAR(40)  NOT NULL,
    municipality_code SMALLINT     NULL,
    target_value      DOUBLE       NOT NULL,
    start_month       DATE         NOT NULL,
    set_by            VARCHAR(60)  NOT NULL,
    set_at            DATETIME(3)  NOT NULL,
    -- NULLs are distinct in a MariaDB unique key: the programme's row is keyed as municipality 0
    scope_key         SMALLINT     AS (COALESCE(municipality_code, 0)) PERSISTENT,
    CONSTRAINT uk_indicator_target UNIQUE (indicator_code, scope_key, start_month),
    CONSTRAINT fk_indicator_target_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_indicator_target_month CHECK (DAYOFMONTH(start_month) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
