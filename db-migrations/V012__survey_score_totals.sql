-- A municipality's total per construct and wave, rolled up from survey_score_cell when a wave is
-- filled: the Overview's survey trends and the comparison across municipalities read a few rows
-- per wave here instead of every sector and rated-sector cell (national scale: ~3,000 cells a wave).
CREATE TABLE survey_score_total (
    wave_id           BIGINT      NOT NULL,
    municipality_code SMALLINT    NOT NULL,
    construct         VARCHAR(32) NOT NULL,
    respondents       INT         NOT NULL,
    score_sum         DOUBLE      NOT NULL,
    score_squares     DOUBLE      NOT NULL,
    PRIMARY KEY (wave_id, construct, municipality_code),
    CONSTRAINT fk_score_total_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO survey_score_total
SELECT wave_id, municipality_code, construct, SUM(respondents), SUM(score_sum), SUM(score_squares)
FROM survey_score_cell GROUP BY wave_id, municipality_code, construct;
