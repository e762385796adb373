package dk.samspil.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dk.samspil.statistics.Interval;

/**
 * How one outcome changed per case from the 6 months before enrolment to months 7–12 after,
 * as a distribution: how many cases fell, stayed or rose, the quartiles of the
 * changes and the mean change with its 95 % interval. Deliberately without the smallest and largest
 * change or the list of changes: those are single cases' figures.
 *
 * @param cases     cases with figures in both periods; this and fell / unchanged / rose are empty
 *                  where the small-cell rule hides them
 * @param shown     false with fewer than {@link #MINIMUM_CASES} cases: then no distribution is given
 * @param fell      empty where the count is not shown alone but inside one of the {@code groups}
 * @param meanChange the mean change with its 95 % t interval
 * @param groups    the bars: fell, unchanged and rose, or two or three of them drawn together where
 *                  one alone would be 1–4; every case is in exactly one
 */
public record OutcomeChange(OutcomeIndicator indicator, OptionalLong cases, boolean shown, OptionalLong fell,
                            OptionalLong unchanged, OptionalLong rose,
                            double lowerQuartile, double median, double upperQuartile, Optional<Interval> meanChange,
                            List<ChangeGroup> groups) {

    public OutcomeChange {
        groups = List.copyOf(groups);
    }

    /** Fewer cases than this give no distribution: it would describe single citizens. */
    public static final int MINIMUM_CASES = 5;

    static OutcomeChange tooFew(OutcomeIndicator indicator, OptionalLong cases) {
        return new OutcomeChange(indicator, cases, false, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Double.NaN, Double.NaN, Double.NaN, Optional.empty(), List.of());
    }
}
