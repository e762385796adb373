package dk.samspil.dashboard;

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
 * @param meanChange the mean change with its 95 % t interval
 */
public record OutcomeChange(OutcomeIndicator indicator, OptionalLong cases, boolean shown, OptionalLong fell,
                            OptionalLong unchanged, OptionalLong rose,
                            double lowerQuartile, double median, double upperQuartile, Optional<Interval> meanChange) {

    /** Fewer cases than this give no distribution: it would describe single citizens. */
    public static final int MINIMUM_CASES = 5;

    static OutcomeChange tooFew(OutcomeIndicator indicator, OptionalLong cases) {
        return new OutcomeChange(indicator, cases, false, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                Double.NaN, Double.NaN, Double.NaN, Optional.empty());
    }
}
