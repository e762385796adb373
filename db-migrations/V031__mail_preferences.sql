-- Mail (docs/decisions/0025). Which kinds of mail a user has turned off (a missing row means on), the
-- language their mails are written in (a missing row means Danish), and the key that signs unsubscribe
-- links when no secret is configured: one row, made by the first instance that needs it.
CREATE TABLE user_mail_preference (
    user_id   BIGINT      NOT NULL,
    mail_kind VARCHAR(32) NOT NULL,
    enabled   BOOLEAN     NOT NULL,
    PRIMARY KEY (user_id, mail_kind),
    CONSTRAINT fk_mail_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_mail_language (
    user_id  BIGINT     NOT NULL PRIMARY KEY,
    language VARCHAR(2) NOT NULL,
    CONSTRAINT ck_mail_language CHECK (language IN ('da', 'en')),
    CONSTRAINT fk_mail_language_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mail_signing_key (
    id     TINYINT       NOT NULL PRIMARY KEY,
    secret VARBINARY(64) NOT NULL,
    CONSTRAINT ck_mail_signing_key_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
