-- Coercion (issue 12, defect 8): the outcomes file's coercive_measures was imported into
-- monthly_outcome but summed nowhere, so no page could show less coercion, one of the programme's
-- four stated aims. Summed like emergency contacts: the measures, and the case-months that reported
-- the column (it is optional), so the rate is measures per case-month reported.
ALTER TABLE outcome_month_figures
    ADD COLUMN coercive_measures INT NOT NULL DEFAULT 0,
    ADD COLUMN coercion_reported INT NOT NULL DEFAULT 0;

-- the rows already built say 0 for coercion: mark every municipality with figures stale, so the
-- catch-up rebuilds them (V014) instead of showing a month without coercion as a month with none
INSERT INTO monthly_figures_stale (municipality_code, stale_since)
SELECT DISTINCT municipality_code, UTC_TIMESTAMP(3) FROM outcome_month_figures
ON DUPLICATE KEY UPDATE marks = marks + 1;
