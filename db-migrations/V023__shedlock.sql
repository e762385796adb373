-- ShedLock's lock rows: a scheduled or start-up task holds its row while it runs, so with several
-- instances on one database each runs on one at a time. The times are the database's own UTC
-- (usingDbTime), so the instances' clocks do not matter; DATETIME, not TIMESTAMP, so the session's
-- time zone does not shift them.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
