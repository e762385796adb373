-- User administration (issue 11, docs/decisions/0018). Users are never deleted (the audit log and
-- survey participation refer to them), so what an administrator needs to know about an account is
-- kept on its row: an optional e-mail for sending links, when it was made and when it last signed
-- in. Moments are UTC (docs/decisions/0015); accounts made before this migration have no created_at.
ALTER TABLE app_user
    ADD COLUMN email           VARCHAR(254) NULL,
    ADD COLUMN created_at      DATETIME(3)  NULL,
    ADD COLUMN last_sign_in_at DATETIME(3)  NULL;

-- One-time links to set a local password: for a new user, or a reset. Only the SHA-256 of the
-- link's random token is stored (hex), so a reader of this table cannot use a link that is still
-- open. A link is used once (used_at) and expires; a newer link for the same user closes older ones.
CREATE TABLE password_reset (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3) NULL,
    created_by VARCHAR(60) NOT NULL,
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_password_reset_expiry CHECK (expires_at > created_at),
    CONSTRAINT ck_password_reset_hash CHECK (token_hash REGEXP '^[0-9a-f]{64}$'),
    INDEX ix_password_reset_user (user_id, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
