package dk.samspil.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The small-cell rule for case counts a reader may not see one by one (STATISTICS.md): a count of
 * 1–4 is not shown as a number but as "&lt; 5", so a handful of citizens cannot be recognised. Zero
 * and counts from 5 are shown as they are. Where the parts of a whole are shown beside its total
 * (fell / unchanged / rose of the cases, one municipality among all of them), one hidden part
 * would follow from the total by subtraction, so the next smallest part is hidden with it — the
 * complementary suppression of statistical offices. The wording is the page's, from the bundles.
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

    /** The count to show, or empty where the page shows "&lt; 5" instead. */
    public static OptionalLong shownCount(long count) {
        return suppressed(count) ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /**
     * The parts of a whole whose total may be known: each part as {@link #shownCount}, and when
     * exactly one part is hidden, also the smallest other part (a non-zero one where there is one:
     * hiding a zero beside a single hidden part would still give the part away).
     */
    public static List<OptionalLong> shownParts(List<Long> parts) {
        List<OptionalLong> shown = new ArrayList<>(parts.stream().map(SmallCells::shownCount).toList());
        if (shown.stream().filter(OptionalLong::isEmpty).count() != 1) {
            return List.copyOf(shown);
        }
        int complement = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (shown.get(i).isPresent() && (complement < 0 || before(parts.get(i), parts.get(complement)))) {
                complement = i;
            }
        }
        if (complement >= 0) {
            shown.set(complement, OptionalLong.empty());
        }
        return List.copyOf(shown);
    }

    /** Smaller first, but any positive count before a zero. */
    private static boolean before(long candidate, long current) {
        if ((candidate == 0) != (current == 0)) {
            return current == 0;
        }
        return candidate < current;
    }
}
