-- Failed sign-ins counted per account and per client address (docs/decisions/0014), in the database
-- so that a lockout holds on every instance and across restarts. An account's subject is its user
-- name as typed, lower-cased (also for names that belong to no one, so a lockout says nothing about
-- whether a user exists; a name shaped like a CPR number is never kept); an address's is its IP.
CREATE TABLE sign_in_throttle (
    subject_kind     VARCHAR(8)   NOT NULL,
    subject          VARCHAR(60)  NOT NULL,
    failures         INT          NOT NULL,
    first_failure_at DATETIME(3)  NOT NULL,
    locked_until     DATETIME(3)  NULL,
    PRIMARY KEY (subject_kind, subject),
    CONSTRAINT ck_throttle_kind CHECK (subject_kind IN ('ACCOUNT', 'ADDRESS')),
    CONSTRAINT ck_throttle_failures CHECK (failures >= 0),
    INDEX ix_throttle_locked (locked_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
