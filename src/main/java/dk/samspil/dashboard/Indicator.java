package dk.samspil.dashboard;

import java.util.Locale;

/**
 * One indicator as every page and export names and explains it ({@link IndicatorCatalogue}).
 *
 * @param key         the indicator's code, the name of its {@link OutcomeIndicator}, {@link TileIndicator}
 *                    or survey construct
 * @param name        what a chart or column is headed
 * @param shortName   what a tile, whose unit is written beside it, is headed
 * @param definition  what is counted, in plain words: the "what is this?" help text
 * @param unit        how the figure is expressed
 * @param numerator   what is counted above the line (for a count: what is counted)
 * @param denominator what it is divided by; empty for a count
 * @param direction   which way is better
 * @param source      the data it comes from
 */
public record Indicator(String key, Text name, Text shortName, Text definition, Text unit, Text numerator,
                        Text denominator, Direction direction, Text source) {

    /** Which way the figure should move; neutral figures are read, not judged. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL }

    /** The direction as the statistics read a signal and a target by it. */
    public dk.samspil.statistics.Direction readingDirection() {
        return dk.samspil.statistics.Direction.valueOf(direction.name());
    }

    /** The figure is a share (0–1, written as per cent), so a target is at most 1. */
    public boolean share() {
        return unit.da().equals("procent");
    }

    /** A text in both of the application's languages. */
    public record Text(String da, String en) {

        public static final Text NONE = new Text("", "");

        /** Danish unless the reader reads English. */
        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : da;
        }

        public boolean isEmpty() {
            return da.isEmpty();
        }
    }
}
