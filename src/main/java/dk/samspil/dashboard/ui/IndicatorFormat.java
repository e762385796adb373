package dk.samspil.dashboard.ui;

import java.util.Locale;

import dk.samspil.dashboard.IndicatorNotation;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.TileIndicator;

/**
 * An indicator's notation ({@link IndicatorNotation}: scale, decimals, unit) in the reader's language
 * (Danish: decimal comma), as every page writes it — Overview tiles and heatmap, Network meetings,
 * Outcomes, Compare and their CSVs.
 */
record IndicatorFormat(IndicatorNotation notation, Locale locale) {

    static IndicatorFormat of(OutcomeIndicator indicator, Locale locale) {
        return new IndicatorFormat(IndicatorNotation.of(indicator), locale);
    }

    static IndicatorFormat of(TileIndicator indicator, Locale locale) {
        return new IndicatorFormat(IndicatorNotation.of(indicator), locale);
    }

    /** A column of the Overview's heatmap: an outcome indicator, or else a survey construct's score. */
    static IndicatorFormat ofColumn(String column, Locale locale) {
        return new IndicatorFormat(IndicatorNotation.ofColumn(column), locale);
    }

    /** A share of meetings or cases on the Network meetings page. */
    static IndicatorFormat share(Locale locale) {
        return new IndicatorFormat(IndicatorNotation.share(), locale);
    }

    /** People or sectors per meeting. */
    static IndicatorFormat perMeeting(Locale locale) {
        return new IndicatorFormat(IndicatorNotation.perMeeting(), locale);
    }

    /** A mean score on an instrument's scale. */
    static IndicatorFormat score(Locale locale) {
        return new IndicatorFormat(IndicatorNotation.score(), locale);
    }

    int decimals() {
        return notation.decimals();
    }

    boolean percent() {
        return notation.percent();
    }

    int axisDecimals() {
        return notation.axisDecimals();
    }

    String unitKey() {
        return notation.unitKey();
    }

    /** The figure as drawn: per cent for shares, rounded to what the page writes. */
    double scaled(double value) {
        return notation.scaled(value);
    }

    /** {@link #scaled} for a series with gaps. */
    Double scaledOrNull(Double value) {
        return value == null ? null : scaled(value);
    }

    /** The figure as a reader of this language writes it, without thousands separators. */
    String text(double value) {
        return notation.text(value, locale);
    }

    /** An already scaled figure (a chart's point) as {@link #text} writes it; empty for none. */
    String scaledText(Number value) {
        return value == null ? "" : notation.scaledText(value.doubleValue(), locale);
    }

    /** With its unit where it has one: "23,4 %". */
    String withUnit(double value) {
        return notation.withUnit(value, locale, " ");
    }

    static String number(double value, int decimals, Locale locale) {
        return IndicatorNotation.number(value, decimals, locale);
    }
}
