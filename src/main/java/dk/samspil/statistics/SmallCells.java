package dk.samspil.statistics;

import java.util.OptionalLong;

/**
 * The small-cell rule for another municipality's case outcome counts (STATISTICS.md): a count of
 * 1–4 is not shown as a number but as "&lt; 5", so a handful of citizens cannot be recognised.
 * Zero and counts from 5 are shown as they are. The wording is the view's, from the bundles.
 */
public final class SmallCells {

    /** Counts below this, except zero, are suppressed. */
    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /** The count is between 1 and 4 and must be shown as "&lt; 5". */
    public static boolean suppressed(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return count > 0 && count < THRESHOLD;
    }

    /** The count to show, or empty where the view shows "&lt; 5" instead. */
    public static OptionalLong shownCount(long count) {
        return suppressed(count) ? OptionalLong.empty() : OptionalLong.of(count);
    }
}
