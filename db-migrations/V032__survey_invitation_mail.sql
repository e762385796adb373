-- Survey invitations by mail (docs/decisions/0025). A lead or the data manager uploads the addresses
-- of a municipality's sector for one open wave; Samspil mails each its one-time link and, on the chosen
-- reminder dates, a fresh link to every address whose link is still unused. The addresses are kept
-- only while the wave is open (closing deletes them) and are never joined to answers: an address
-- knows its invitation, whose only trace of answering is `used` (V017), and the answers know neither.
-- No time of sending or answering is kept.
CREATE TABLE survey_mail_address (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    wave_id           BIGINT       NOT NULL,
    municipality_code SMALLINT     NOT NULL,
    sector_code       VARCHAR(24)  NOT NULL,
    address           VARCHAR(254) NOT NULL,
    -- PENDING until its invitation is mailed, then SENT; FAILED when the mail server refused it
    state             VARCHAR(7)   NOT NULL DEFAULT 'PENDING',
    invitation_id     BIGINT       NULL,
    CONSTRAINT uk_mail_address UNIQUE (wave_id, municipality_code, sector_code, address),
    CONSTRAINT ck_mail_address_state CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT fk_mail_address_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_mail_address_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the sender sees of a municipality's sector's mailing: counts only, never who. `sending` is set
-- while a background job mails the list; the language is the invitations' and reminders'.
CREATE TABLE survey_mailing (
    wave_id           BIGINT      NOT NULL,
    municipality_code SMALLINT    NOT NULL,
    sector_code       VARCHAR(24) NOT NULL,
    language          VARCHAR(2)  NOT NULL DEFAULT 'da',
    sending           BOOLEAN     NOT NULL DEFAULT FALSE,
    sent              INT         NOT NULL DEFAULT 0,
    failed            INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (wave_id, municipality_code, sector_code),
    CONSTRAINT ck_mailing_language CHECK (language IN ('da', 'en')),
    CONSTRAINT fk_mailing_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_mailing_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT fk_mailing_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The days a reminder goes to every unused link of the group; `reminded` is how many were mailed.
CREATE TABLE survey_mail_reminder (
    wave_id           BIGINT      NOT NULL,
    municipality_code SMALLINT    NOT NULL,
    sector_code       VARCHAR(24) NOT NULL,
    remind_on         DATE        NOT NULL,
    done              BOOLEAN     NOT NULL DEFAULT FALSE,
    reminded          INT         NULL,
    PRIMARY KEY (wave_id, municipality_code, sector_code, remind_on),
    CONSTRAINT fk_mail_reminder_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
