-- How a municipality's sector answers a wave: through invitation links or inside the app, never
-- both, so that nobody answers a wave twice (once in the app, once by link). Chosen on the waves
-- page by the data manager or the municipality's lead, or else fixed by the first use: the first
-- links made, or the first answer in the app. `answered` is set by the first answer through the
-- channel; from then on the channel cannot change in that wave. No time and nothing about who.
CREATE TABLE survey_channel (
    wave_id           BIGINT      NOT NULL,
    municipality_code SMALLINT    NOT NULL,
    sector_code       VARCHAR(24) NOT NULL,
    channel           VARCHAR(5)  NOT NULL,
    answered          BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (wave_id, municipality_code, sector_code),
    CONSTRAINT fk_channel_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id) ON DELETE CASCADE,
    CONSTRAINT fk_channel_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT fk_channel_sector FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT ck_channel CHECK (channel IN ('LINKS', 'APP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
