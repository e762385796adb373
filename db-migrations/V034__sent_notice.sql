-- Issue 13: every mail Samspil sends on its own (a late-file reminder, a digest, the quarterly
-- report) is claimed here first, in the transaction that sends it. The unique key makes it once per
-- kind × scope × period whatever the number of instances and restarts (docs/decisions/0026).
-- scope: a municipality's code, or 'programme' for the steering group's mails.
CREATE TABLE sent_notice (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(30) NOT NULL,
    scope      VARCHAR(20) NOT NULL,
    period     DATE        NOT NULL,
    recipients INT         NOT NULL,
    sent_at    DATETIME(3) NOT NULL COMMENT 'UTC',
    CONSTRAINT uk_sent_notice UNIQUE (kind, scope, period),
    CONSTRAINT ck_sent_notice_kind CHECK (kind IN ('LATE_FILE_REMINDER', 'MUNICIPAL_DIGEST', 'PROGRAMME_DIGEST',
                                                   'QUARTERLY_REPORT')),
    CONSTRAINT ck_sent_notice_recipients CHECK (recipients >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
