package dk.samspil.report;

import java.text.NumberFormat;
import java.util.Locale;

import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.TileIndicator;

/**
 * How an indicator's figures are written, by the rules the pages follow (dashboard's
 * IndicatorFormat, which lives in its ui package): shares as per cent with one decimal, event rates
 * per case-month with three, bed days and mean scores with two, per meeting with one, counts and
 * days whole.
 */
record Figure(double factor, int decimals, boolean percent) {

    static Figure of(TileIndicator indicator) {
        return switch (indicator) {
            case ACTIVE_CASES, MEETINGS, DAYS_TO_FIRST_MEETING -> new Figure(1, 0, false);
            case CURRENT_PLAN -> share();
            case SECTORS_PRESENT -> new Figure(1, 1, false);
            case PSYCHOLOGICAL_SAFETY, ROLE_CLARITY, RELATIONAL_COORDINATION -> score();
            case ADMISSIONS -> of(OutcomeIndicator.ADMISSIONS);
            case BED_DAYS -> of(OutcomeIndicator.BED_DAYS);
            case COERCIVE_MEASURES -> of(OutcomeIndicator.COERCIVE_MEASURES);
            case READMISSIONS -> of(OutcomeIndicator.READMISSIONS);
        };
    }

    static Figure of(OutcomeIndicator indicator) {
        return switch (indicator) {
            case STABLE_HOUSING, IN_WORK_OR_EDUCATION -> share();
            case BED_DAYS -> new Figure(1, 2, false);
            case ADMISSIONS, READMISSIONS, EMERGENCY_CONTACTS, COERCIVE_MEASURES -> new Figure(1, 3, false);
            case COHERENCE -> score();
        };
    }

    static Figure score() {
        return new Figure(1, 2, false);
    }

    private static Figure share() {
        return new Figure(100, 1, true);
    }

    /** The figure as read: per cent for shares. */
    double scaled(double value) {
        return value * factor;
    }

    String format(Double value, Locale locale) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(scaled(value)) + (percent ? "\u00a0%" : "");
    }
}
