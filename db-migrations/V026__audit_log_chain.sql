-- Issue 11: a tamper-evident audit trail (docs/decisions/0019).
-- Each entry carries the hash of the entry before it and its own hash: SHA-256 over a canonical
-- encoding of its fields and the previous hash. dk.samspil.audit.AuditChain computes the same
-- encoding in Java; the entries written before this migration are chained here, oldest first.
-- The application never updates or deletes an entry: triggers refuse both, so only someone who
-- may drop triggers (a DBA) can, and the chain then shows where.
ALTER TABLE audit_log
    ADD COLUMN municipality_code SMALLINT NULL AFTER outcome,
    ADD COLUMN prev_hash CHAR(64) CHARACTER SET ascii NULL,
    ADD COLUMN entry_hash CHAR(64) CHARACTER SET ascii NULL,
    ADD INDEX ix_audit_user (username, occurred_at),
    ADD INDEX ix_audit_action (action, occurred_at),
    ADD INDEX ix_audit_municipality (municipality_code, occurred_at);

-- the genesis: the first entry's previous hash is 64 zeros
SET @audit_prev = REPEAT('0', 64);

-- the SET clauses run left to right and the rows in id order, so @audit_prev walks the chain
UPDATE audit_log SET
    prev_hash = @audit_prev,
    entry_hash = (@audit_prev := SHA2(CONCAT_WS('|',
        id,
        DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i:%s.%f'),
        CONCAT(CHAR_LENGTH(username), ':', username),
        CONCAT(CHAR_LENGTH(action), ':', action),
        IF(target IS NULL, '-', CONCAT(CHAR_LENGTH(target), ':', target)),
        outcome,
        IFNULL(municipality_code, '-'),
        @audit_prev), 256))
ORDER BY id;

ALTER TABLE audit_log
    MODIFY prev_hash CHAR(64) CHARACTER SET ascii NOT NULL,
    MODIFY entry_hash CHAR(64) CHARACTER SET ascii NOT NULL;

-- The newest entry: every insert locks this one row (FOR UPDATE) for the id and hash it follows,
-- so writers on several instances take turns and the chain never forks.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) CHARACTER SET ascii NOT NULL,
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_id, last_hash)
SELECT 1, COALESCE(MAX(id), 0), @audit_prev FROM audit_log;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: entries cannot be changed';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: entries cannot be deleted';
