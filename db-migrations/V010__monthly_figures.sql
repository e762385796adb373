-- Pre-aggregated monthly figures the dashboards read instead of the raw rows (issue 5: pages must
-- assemble their data in under 100 ms at national scale). Every figure is a count or a sum, so
-- the programme is the sum over municipalities and a rate is a ratio of sums. The tables are
-- derived: MonthlyFigures rebuilds a municipality's rows after each import, and all of them at
-- start-up when they are empty; nothing else writes them.

CREATE TABLE outcome_month_figures (
    municipality_code    SMALLINT      NOT NULL,
    period               DATE          NOT NULL,
    case_months          INT           NOT NULL,
    admissions           INT           NOT NULL,
    bed_days             INT           NOT NULL,
    readmissions         INT           NOT NULL,
    emergency_contacts   INT           NOT NULL,
    emergency_reported   INT           NOT NULL,
    stable_housing       INT           NOT NULL,
    housing_reported     INT           NOT NULL,
    in_work_or_education INT           NOT NULL,
    employment_reported  INT           NOT NULL,
    coherence_sum        DECIMAL(12,1) NOT NULL,
    coherence_sum_sq     DECIMAL(14,2) NOT NULL,
    coherence_reported   INT           NOT NULL,
    PRIMARY KEY (municipality_code, period),
    INDEX ix_outcome_figures_period (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a month's meetings, and the follow-ups that fell due in it (kept = the case met again after
-- the meeting and no later than the agreed day)
CREATE TABLE meeting_month_figures (
    municipality_code   SMALLINT NOT NULL,
    period              DATE     NOT NULL,
    meetings            INT      NOT NULL,
    citizen_present     INT      NOT NULL,
    participants_sum    INT      NOT NULL,
    participants_known  INT      NOT NULL,
    sectors_sum         INT      NOT NULL,
    follow_ups_due      INT      NOT NULL,
    follow_ups_kept     INT      NOT NULL,
    PRIMARY KEY (municipality_code, period),
    INDEX ix_meeting_figures_period (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_sector_month_figures (
    municipality_code SMALLINT    NOT NULL,
    period            DATE        NOT NULL,
    sector_code       VARCHAR(24) NOT NULL,
    meetings          INT         NOT NULL,
    PRIMARY KEY (municipality_code, period, sector_code),
    INDEX ix_meeting_sector_figures_period (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- active cases in a month, how many had a current action plan (agreed by the month's end and not
-- past its review date at the month's start), and for the cases enrolled in the month how long
-- they waited for their first network meeting
CREATE TABLE case_month_figures (
    municipality_code  SMALLINT NOT NULL,
    period             DATE     NOT NULL,
    active_cases       INT      NOT NULL,
    with_current_plan  INT      NOT NULL,
    enrolled           INT      NOT NULL,
    first_met          INT      NOT NULL,
    days_to_first_sum  INT      NOT NULL,
    first_within_14    INT      NOT NULL,
    first_within_30    INT      NOT NULL,
    first_within_60    INT      NOT NULL,
    first_within_90    INT      NOT NULL,
    first_after_90     INT      NOT NULL,
    PRIMARY KEY (municipality_code, period),
    INDEX ix_case_figures_period (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- each case's outcome in the 6 months before enrolment and in months 7–12 after (STATISTICS.md),
-- for the before/after distribution; kept only for cases with figures in both periods. Case-level,
-- so it never leaves the server: the page shows the distribution.
CREATE TABLE case_outcome_change (
    case_id            BIGINT   NOT NULL PRIMARY KEY,
    municipality_code  SMALLINT NOT NULL,
    enrolled_on        DATE     NOT NULL,
    admissions_before  INT      NOT NULL,
    admissions_after   INT      NOT NULL,
    bed_days_before    INT      NOT NULL,
    bed_days_after     INT      NOT NULL,
    readmissions_before INT     NOT NULL,
    readmissions_after INT      NOT NULL,
    emergency_before   INT      NULL,
    emergency_after    INT      NULL,
    INDEX ix_case_change_municipality (municipality_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
