package dk.samspil.dashboard;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How an indicator's figures are scaled, rounded and written, the one place that says it for the
 * pages (their IndicatorFormat adds the reader's language) and the quarterly report: shares as per
 * cent with one decimal, event rates per case-month with three (admissions are a few hundredths), bed
 * days and mean scores with two, people and sectors per meeting with one, counts and days whole;
 * no thousands separators, as in the tables and the CSVs.
 *
 * @param factor       what a stored figure is multiplied by to be read (100 for a share)
 * @param decimals     decimals written
 * @param percent      written with " %"
 * @param axisDecimals decimals on a value axis
 * @param unitKey      the translation key of the value axis' title ("" for a count)
 */
public record IndicatorNotation(double factor, int decimals, boolean percent, int axisDecimals, String unitKey) {

    public static IndicatorNotation of(OutcomeIndicator indicator) {
        return switch (indicator) {
            case STABLE_HOUSING, IN_WORK_OR_EDUCATION -> share();
            case BED_DAYS -> new IndicatorNotation(1, 2, false, 1, "outcomes.unit.per-case-month");
            case ADMISSIONS, READMISSIONS, EMERGENCY_CONTACTS, COERCIVE_MEASURES ->
                    new IndicatorNotation(1, 3, false, 2, "outcomes.unit.per-case-month");
            case COHERENCE -> score();
        };
    }

    public static IndicatorNotation of(TileIndicator indicator) {
        return switch (indicator) {
            case ACTIVE_CASES, MEETINGS, DAYS_TO_FIRST_MEETING -> new IndicatorNotation(1, 0, false, 0, "");
            case CURRENT_PLAN -> share();
            case SECTORS_PRESENT -> perMeeting();
            case PSYCHOLOGICAL_SAFETY, ROLE_CLARITY, RELATIONAL_COORDINATION -> score();
            case ADMISSIONS -> of(OutcomeIndicator.ADMISSIONS);
            case BED_DAYS -> of(OutcomeIndicator.BED_DAYS);
            case READMISSIONS -> of(OutcomeIndicator.READMISSIONS);
            case COERCIVE_MEASURES -> of(OutcomeIndicator.COERCIVE_MEASURES);
        };
    }

    /** A column of the Overview's heatmap: an outcome indicator, or else a survey construct's score. */
    public static IndicatorNotation ofColumn(String column) {
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            if (indicator.name().equals(column)) {
                return of(indicator);
            }
        }
        return score();
    }

    /** A share of meetings or cases. */
    public static IndicatorNotation share() {
        return new IndicatorNotation(100, 1, true, 0, "outcomes.unit.percent");
    }

    /** People or sectors per meeting. */
    public static IndicatorNotation perMeeting() {
        return new IndicatorNotation(1, 1, false, 1, "meetings.size-and-coherence.unit");
    }

    /** A mean score on an instrument's scale. */
    public static IndicatorNotation score() {
        return new IndicatorNotation(1, 2, false, 1, "compare.unit.mean");
    }

    /** The figure as read and drawn: per cent for shares, rounded (half up) to what is written. */
    public double scaled(double value) {
        double power = Math.pow(10, decimals);
        return Math.round(value * factor * power) / power;
    }

    /** The figure as a reader of this language writes it, without its unit. */
    public String text(double value, Locale locale) {
        return number(scaled(value), decimals, locale);
    }

    /** An already scaled figure (a chart's point) as {@link #text} writes it. */
    public String scaledText(double value, Locale locale) {
        return number(value, decimals, locale);
    }

    /** With its unit where it has one, {@code space} before the per cent sign: "23,4 %". */
    public String withUnit(double value, Locale locale, String space) {
        return text(value, locale) + (percent ? space + "%" : "");
    }

    /** A number with these decimals in this language, without thousands separators. */
    public static String number(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
