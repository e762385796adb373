-- Pre-aggregated survey scores, so dashboards read small tables instead of every answer.
-- One cell per wave, municipality, respondent sector, target sector (relational coordination
-- only; '' otherwise, as a primary key cannot hold NULL) and construct, holding the number of
-- scored respondents and the sum and sum of squares of their scores: mean and t-interval of any
-- union of cells follow from these three. Filled by the survey module with the same scoring rule
-- as the live path when a wave closes or imported answers land; never read outside the survey
-- module, which applies the anonymity rule to every cut of them.
CREATE TABLE survey_score_cell (
    wave_id            BIGINT      NOT NULL,
    municipality_code  SMALLINT    NOT NULL,
    sector_code        VARCHAR(24) NOT NULL,
    target_sector_code VARCHAR(24) NOT NULL DEFAULT '',
    construct          VARCHAR(32) NOT NULL,
    respondents        INT         NOT NULL,
    score_sum          DOUBLE      NOT NULL,
    score_squares      DOUBLE      NOT NULL,
    PRIMARY KEY (wave_id, municipality_code, construct, sector_code, target_sector_code),
    CONSTRAINT fk_score_cell_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id) ON DELETE CASCADE,
    CONSTRAINT ck_score_cell_respondents CHECK (respondents > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The waves whose cells are filled (a wave with no scored answer has no cells but is still
-- filled); a closed wave not listed here is read from the answers until it is.
CREATE TABLE survey_score_cell_wave (
    wave_id   BIGINT NOT NULL PRIMARY KEY,
    filled_at DATETIME NOT NULL,
    CONSTRAINT fk_score_cell_wave_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
