-- A signed-in professional answers a wave at most once. Kept apart from the answers: no key and
-- no time shared with survey_response, so who answered cannot be joined to what they answered.
CREATE TABLE survey_participation (
    wave_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (wave_id, user_id),
    CONSTRAINT fk_participation_wave FOREIGN KEY (wave_id) REFERENCES survey_wave (id),
    CONSTRAINT fk_participation_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
