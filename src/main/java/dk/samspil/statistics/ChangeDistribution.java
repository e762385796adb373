package dk.samspil.statistics;

import java.util.List;
import java.util.Optional;

/**
 * The distribution of the per-case changes (after − before), to be shown as a distribution and not
 * only as a mean. Quartiles are R's default type 7.
 *
 * @param changes       each case's change, in the order given
 * @param fell          cases whose figure fell
 * @param unchanged     cases whose figure stayed the same
 * @param rose          cases whose figure rose
 * @param minimum       the smallest change
 * @param lowerQuartile the 25 % quantile of the changes
 * @param median        the median change
 * @param upperQuartile the 75 % quantile of the changes
 * @param maximum       the largest change
 * @param meanChange    the mean change with its 95 % t interval, empty for a single case
 */
public record ChangeDistribution(List<Double> changes, int fell, int unchanged, int rose, double minimum,
                                 double lowerQuartile, double median, double upperQuartile, double maximum,
                                 Optional<Interval> meanChange) {

    public ChangeDistribution {
        changes = List.copyOf(changes);
    }

    /**
     * The distribution of the changes of these cases, paired per case (at least one case): the
     * paired design compares each case with itself, not the group before with the group after.
     */
    public static ChangeDistribution of(List<BeforeAfter> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no cases to compare before and after");
        }
        List<Double> changes = cases.stream().map(BeforeAfter::change).toList();
        int fell = (int) changes.stream().filter(change -> change < 0).count();
        int rose = (int) changes.stream().filter(change -> change > 0).count();
        Optional<Interval> meanChange = changes.size() < 2 ? Optional.empty() : Optional.of(Intervals.mean(changes));
        return new ChangeDistribution(changes, fell, changes.size() - fell - rose, rose,
                Quantiles.quantile(changes, 0), Quantiles.quantile(changes, 0.25), Quantiles.median(changes),
                Quantiles.quantile(changes, 0.75), Quantiles.quantile(changes, 1), meanChange);
    }
}
