-- Issue 14. Every time Samspil writes is UTC from now on, whatever the zones of the JVM, the
-- database server or the session (docs/decisions/0015). Until now import_record and audit_log held
-- Danish local time while the start-up recovery wrote the server's NOW(): converted here with the
-- EU summer-time rule (last Sunday of March 02:00 to last Sunday of October 03:00 local time), as
-- the server may have no time-zone tables for CONVERT_TZ. finished_at never ends up before
-- started_at (ck_import_finished): a finished_at that was already UTC is kept at started_at.

UPDATE import_record SET
    finished_at = GREATEST(
        started_at - INTERVAL IF(
            started_at >= DATE(CONCAT(YEAR(started_at), '-03-31'))
                - INTERVAL (DAYOFWEEK(CONCAT(YEAR(started_at), '-03-31')) - 1) DAY + INTERVAL 2 HOUR
            AND started_at < DATE(CONCAT(YEAR(started_at), '-10-31'))
                - INTERVAL (DAYOFWEEK(CONCAT(YEAR(started_at), '-10-31')) - 1) DAY + INTERVAL 3 HOUR, 2, 1) HOUR,
        finished_at - INTERVAL IF(
            finished_at >= DATE(CONCAT(YEAR(finished_at), '-03-31'))
                - INTERVAL (DAYOFWEEK(CONCAT(YEAR(finished_at), '-03-31')) - 1) DAY + INTERVAL 2 HOUR
            AND finished_at < DATE(CONCAT(YEAR(finished_at), '-10-31'))
                - INTERVAL (DAYOFWEEK(CONCAT(YEAR(finished_at), '-10-31')) - 1) DAY + INTERVAL 3 HOUR, 2, 1) HOUR),
    started_at = started_at - INTERVAL IF(
            started_at >= DATE(CONCAT(YEAR(started_at), '-03-31'))
                - INTERVAL (DAYOFWEEK(CONCAT(YEAR(started_at), '-03-31')) - 1) DAY + INTERVAL 2 HOUR
            AND started_at < DATE(CONCAT(YEAR(started_at), '-10-31'))
                - INTERVAL (DAYOFWEEK(CONCAT(YEAR(started_at), '-10-31')) - 1) DAY + INTERVAL 3 HOUR, 2, 1) HOUR;

UPDATE audit_log SET occurred_at = occurred_at - INTERVAL IF(
        occurred_at >= DATE(CONCAT(YEAR(occurred_at), '-03-31'))
            - INTERVAL (DAYOFWEEK(CONCAT(YEAR(occurred_at), '-03-31')) - 1) DAY + INTERVAL 2 HOUR
        AND occurred_at < DATE(CONCAT(YEAR(occurred_at), '-10-31'))
            - INTERVAL (DAYOFWEEK(CONCAT(YEAR(occurred_at), '-10-31')) - 1) DAY + INTERVAL 3 HOUR, 2, 1) HOUR;

ALTER TABLE import_record
    MODIFY started_at DATETIME(3) NOT NULL COMMENT 'UTC',
    MODIFY finished_at DATETIME(3) NULL COMMENT 'UTC',
    -- the name of the MariaDB user lock (GET_LOCK) that the process running the import holds on a
    -- connection of its own while it runs: a STARTED import whose lock is free was cut off, one whose
    -- lock is held is running in a live process and is left alone (the CLI is always a second process)
    ADD COLUMN run_lock VARCHAR(64) NULL;

ALTER TABLE audit_log MODIFY occurred_at DATETIME(3) NOT NULL COMMENT 'UTC';
