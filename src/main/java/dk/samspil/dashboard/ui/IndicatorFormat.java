package dk.samspil.dashboard.ui;

import java.text.NumberFormat;
import java.util.Locale;

import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.TileIndicator;

/**
 * How an indicator's figures are scaled, rounded and written on every page — Overview tiles and
 * heatmap, Network meetings, Outcomes, Compare and their CSVs — in the reader's language (Danish:
 * decimal comma), the one place that says it: shares as per cent with one decimal, event rates per
 * case-month with three (admissions are a few hundredths), bed days and mean scores with two,
 * people and sectors per meeting with one, counts and days whole.
 *
 * @param factor       what a stored figure is multiplied by to be read (100 for a share)
 * @param decimals     decimals written
 * @param percent      written with " %"
 * @param axisDecimals decimals on a value axis
 * @param unitKey      the translation key of the value axis' title
 */
record IndicatorFormat(double factor, int decimals, boolean percent, int axisDecimals, String unitKey, Locale locale) {

    static IndicatorFormat of(OutcomeIndicator indicator, Locale locale) {
        return switch (indicator) {
            case STABLE_HOUSING, IN_WORK_OR_EDUCATION -> share(locale);
            case BED_DAYS -> new IndicatorFormat(1, 2, false, 1, "outcomes.unit.per-case-month", locale);
            case ADMISSIONS, READMISSIONS, EMERGENCY_CONTACTS, COERCIVE_MEASURES ->
                    new IndicatorFormat(1, 3, false, 2, "outcomes.unit.per-case-month", locale);
            case COHERENCE -> score(locale);
        };
    }

    static IndicatorFormat of(TileIndicator indicator, Locale locale) {
        return switch (indicator) {
            case ACTIVE_CASES, MEETINGS, DAYS_TO_FIRST_MEETING -> new IndicatorFormat(1, 0, false, 0, "", locale);
            case CURRENT_PLAN -> share(locale);
            case SECTORS_PRESENT -> perMeeting(locale);
            case PSYCHOLOGICAL_SAFETY, ROLE_CLARITY, RELATIONAL_COORDINATION -> score(locale);
            case ADMISSIONS -> of(OutcomeIndicator.ADMISSIONS, locale);
            case BED_DAYS -> of(OutcomeIndicator.BED_DAYS, locale);
            case READMISSIONS -> of(OutcomeIndicator.READMISSIONS, locale);
            case COERCIVE_MEASURES -> of(OutcomeIndicator.COERCIVE_MEASURES, locale);
        };
    }

    /** A column of the Overview's heatmap: an outcome indicator, or else a survey construct's score. */
    static IndicatorFormat ofColumn(String column, Locale locale) {
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            if (indicator.name().equals(column)) {
                return of(indicator, locale);
            }
        }
        return score(locale);
    }

    /** A share of meetings or cases on the Network meetings page. */
    static IndicatorFormat share(Locale locale) {
        return new IndicatorFormat(100, 1, true, 0, "outcomes.unit.percent", locale);
    }

    /** People or sectors per meeting. */
    static IndicatorFormat perMeeting(Locale locale) {
        return new IndicatorFormat(1, 1, false, 1, "meetings.size-and-coherence.unit", locale);
    }

    /** A mean score on an instrument's scale. */
    static IndicatorFormat score(Locale locale) {
        return new IndicatorFormat(1, 2, false, 1, "compare.unit.mean", locale);
    }

    /** The figure as drawn: per cent for shares, rounded to what the page writes. */
    double scaled(double value) {
        double power = Math.pow(10, decimals);
        return Math.round(value * factor * power) / power;
    }

    /** {@link #scaled} for a series with gaps. */
    Double scaledOrNull(Double value) {
        return value == null ? null : scaled(value);
    }

    /** The figure as a reader of this language writes it, without thousands separators. */
    String text(double value) {
        return number(scaled(value), decimals, locale);
    }

    /** An already scaled figure (a chart's point) as {@link #text} writes it; empty for none. */
    String scaledText(Number value) {
        return value == null ? "" : number(value.doubleValue(), decimals, locale);
    }

    /** With its unit where it has one: "23,4 %". */
    String withUnit(double value) {
        return text(value) + (percent ? " %" : "");
    }

    static String number(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
