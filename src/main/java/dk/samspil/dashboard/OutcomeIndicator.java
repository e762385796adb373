package dk.samspil.dashboard;

/**
 * The outcome indicators, each a ratio of two sums in {@code outcome_month_figures} so that
 * municipalities and months with different numbers of cases compare fairly, and the programme
 * is simply the sum over its municipalities.
 */
public enum OutcomeIndicator {
    ADMISSIONS("admissions", "case_months", Kind.RATE),
    BED_DAYS("bed_days", "case_months", Kind.RATE),
    READMISSIONS("readmissions", "case_months", Kind.RATE),
    EMERGENCY_CONTACTS("emergency_contacts", "emergency_reported", Kind.RATE),
    STABLE_HOUSING("stable_housing", "housing_reported", Kind.SHARE),
    IN_WORK_OR_EDUCATION("in_work_or_education", "employment_reported", Kind.SHARE),
    COHERENCE("coherence_sum", "coherence_reported", Kind.MEAN),
    COERCIVE_MEASURES("coercive_measures", "coercion_reported", Kind.RATE);

    /** How the figure is distributed, which decides its intervals and funnel limits (STATISTICS.md). */
    public enum Kind {
        /** events per case-month: Poisson */
        RATE,
        /** a share of the case-months reported: binomial */
        SHARE,
        /** the mean of a score */
        MEAN
    }

    private final String numerator;
    private final String denominator;
    private final Kind kind;

    OutcomeIndicator(String numerator, String denominator, Kind kind) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.kind = kind;
    }

    /** The column of {@code outcome_month_figures} summed above the line. */
    String numerator() {
        return numerator;
    }

    /** The column summed below the line: the case-months the figure was reported for. */
    String denominator() {
        return denominator;
    }

    /** SQL for the figure over {@code outcome_month_figures f} rows. */
    String expression() {
        return "SUM(f.%s) / NULLIF(SUM(f.%s), 0)".formatted(numerator, denominator);
    }

    public Kind kind() {
        return kind;
    }

    /** A share (0–1), shown as a percentage. */
    public boolean share() {
        return kind == Kind.SHARE;
    }
}
