-- Which municipalities' monthly figures (V010) no longer say what the raw rows say. An import writes
-- the row in its own transaction, so no import can commit without it; only a rebuild that succeeded
-- deletes it, in the rebuild's transaction. A rebuild that failed leaves the row, with why, and the
-- catch-up at start-up and on a schedule tries again: a failure is retried and shown (health
-- endpoint), never only logged.
CREATE TABLE monthly_figures_stale (
    municipality_code SMALLINT     NOT NULL PRIMARY KEY,
    stale_since       DATETIME(3)  NOT NULL COMMENT 'UTC; the first import since the last successful rebuild',
    -- bumped by every import: a rebuild deletes the row only if no import marked it again meanwhile
    marks             INT          NOT NULL DEFAULT 1,
    failed_attempts   INT          NOT NULL DEFAULT 0,
    last_attempt_at   DATETIME(3)  NULL COMMENT 'UTC',
    last_failure      VARCHAR(300) NULL,
    CONSTRAINT fk_figures_stale_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_figures_stale_counts CHECK (marks >= 1 AND failed_attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
