package dk.samspil.dashboard.ui;

import java.text.NumberFormat;
import java.util.Locale;

import dk.samspil.dashboard.OutcomeIndicator;

/**
 * How an indicator's figures are written on the Compare page: shares as per cent with one decimal,
 * rates per case-month with three (admissions are a few hundredths), mean scores with two.
 */
record IndicatorFormat(OutcomeIndicator indicator, Locale locale) {

    /** The figure as drawn: per cent for shares, rounded to what the page writes. */
    double scaled(double value) {
        return switch (indicator.kind()) {
            case SHARE -> Math.round(value * 1000) / 10.0;
            case RATE -> Math.round(value * 1000) / 1000.0;
            case MEAN -> Math.round(value * 100) / 100.0;
        };
    }

    /** The figure as a reader of this language writes it, without thousands separators. */
    String text(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        int decimals = switch (indicator.kind()) {
            case SHARE -> 1;
            case RATE -> 3;
            case MEAN -> 2;
        };
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(scaled(value));
    }

    /** With its unit where it has one: "23,4 %". */
    String withUnit(double value) {
        return text(value) + (indicator.share() ? " %" : "");
    }

    /** Decimals on a value axis: whole per cent, hundredths of a rate, tenths of a score. */
    int axisDecimals() {
        return switch (indicator.kind()) {
            case SHARE -> 0;
            case RATE -> 2;
            case MEAN -> 1;
        };
    }

    /** The translation key of the value axis' title. */
    String unitKey() {
        return switch (indicator.kind()) {
            case SHARE -> "outcomes.unit.percent";
            case RATE -> "outcomes.unit.per-case-month";
            case MEAN -> "compare.unit.mean";
        };
    }

    static String number(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
