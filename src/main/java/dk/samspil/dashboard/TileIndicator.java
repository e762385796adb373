package dk.samspil.dashboard;

/** The Overview's indicators, in the order the steering group reads them. */
public enum TileIndicator {
    ACTIVE_CASES(Unit.COUNT),
    MEETINGS(Unit.COUNT),
    CURRENT_PLAN(Unit.SHARE),
    DAYS_TO_FIRST_MEETING(Unit.DAYS),
    SECTORS_PRESENT(Unit.PER_MEETING),
    PSYCHOLOGICAL_SAFETY(Unit.SCORE),
    ROLE_CLARITY(Unit.SCORE),
    RELATIONAL_COORDINATION(Unit.SCORE),
    ADMISSIONS(Unit.PER_CASE_MONTH),
    BED_DAYS(Unit.PER_CASE_MONTH),
    READMISSIONS(Unit.PER_CASE_MONTH),
    COERCIVE_MEASURES(Unit.PER_CASE_MONTH);

    /** How a figure is written. */
    public enum Unit { COUNT, SHARE, DAYS, PER_MEETING, SCORE, PER_CASE_MONTH }

    private final Unit unit;

    TileIndicator(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** Survey constructs are measured per closed wave, not per calendar month. */
    public boolean perWave() {
        return unit == Unit.SCORE;
    }
}
