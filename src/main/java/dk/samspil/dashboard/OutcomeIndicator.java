package dk.samspil.dashboard;

/**
 * The outcome indicators of the Outcomes page, each a monthly figure per case-month so that
 * municipalities and months with different numbers of cases compare fairly. {@code expression} is
 * the SQL aggregate over {@code monthly_outcome o} for one month.
 */
public enum OutcomeIndicator {
    ADMISSIONS("SUM(o.psychiatric_admissions) / COUNT(*)", false),
    BED_DAYS("SUM(o.bed_days) / COUNT(*)", false),
    READMISSIONS("SUM(o.acute_readmissions_30d) / COUNT(*)", false),
    EMERGENCY_CONTACTS("SUM(o.emergency_contacts) / COUNT(o.emergency_contacts)", false),
    STABLE_HOUSING("SUM(o.housing = 'STABLE') / COUNT(o.housing)", true),
    IN_WORK_OR_EDUCATION("SUM(o.employment <> 'NONE') / COUNT(o.employment)", true),
    COHERENCE("AVG(o.coherence_score)", false);

    private final String expression;
    private final boolean share;

    OutcomeIndicator(String expression, boolean share) {
        this.expression = expression;
        this.share = share;
    }

    String expression() {
        return expression;
    }

    /** A share (0–1), shown as a percentage. */
    public boolean share() {
        return share;
    }
}
