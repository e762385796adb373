package dk.samspil.dashboard;

import java.util.List;
import java.util.OptionalLong;

import dk.samspil.statistics.FunnelLimits;
import dk.samspil.statistics.FunnelPlot;
import dk.samspil.statistics.Interval;
import dk.samspil.statistics.Intervals;

/**
 * The statistics each kind of indicator calls for: shares get binomial funnels and
 * Wilson intervals, rates per case-month Poisson funnels and exact Poisson intervals, the mean
 * coherence score a funnel for means (with the programme's standard deviation of single scores)
 * and t intervals.
 */
final class IndicatorFunnel {

    /**
     * One municipality's sums over the period.
     *
     * @param numerator    events, case-months with the outcome, or the sum of scores
     * @param denominator  case-months reported
     * @param sumOfSquares the sum of squared scores, for a mean's standard deviation
     */
    record Sums(int code, String name, double numerator, long denominator, double sumOfSquares) {

        double value() {
            return numerator / denominator;
        }
    }

    private IndicatorFunnel() {
    }

    /** The pooled programme value Σ numerator / Σ denominator: big municipalities weigh more. */
    static double target(List<Sums> rows) {
        return rows.stream().mapToDouble(Sums::numerator).sum() / rows.stream().mapToLong(Sums::denominator).sum();
    }

    /** The plain funnel around the programme value, before over-dispersion is allowed for. */
    static FunnelPlot plain(OutcomeIndicator.Kind kind, List<Sums> rows) {
        double target = target(rows);
        return switch (kind) {
            case SHARE -> FunnelPlot.forProportions(target);
            case RATE -> FunnelPlot.forRates(target);
            case MEAN -> FunnelPlot.forMeans(target, standardDeviation(rows.stream().mapToDouble(Sums::numerator).sum(),
                    rows.stream().mapToDouble(Sums::sumOfSquares).sum(), rows.stream().mapToLong(Sums::denominator).sum()));
        };
    }

    static Interval interval(OutcomeIndicator.Kind kind, Sums row) {
        return switch (kind) {
            case SHARE -> Intervals.wilson(Math.round(row.numerator()), row.denominator());
            case RATE -> Intervals.poisson(Math.round(row.numerator()), row.denominator());
            case MEAN -> Intervals.mean(row.value(),
                    standardDeviation(row.numerator(), row.sumOfSquares(), row.denominator()), row.denominator());
        };
    }

    /** The adjusted 95 % funnel carried to the row's value; rates and shares cannot go below 0. */
    static Interval funnelInterval(OutcomeIndicator.Kind kind, Sums row, FunnelLimits limits, double target) {
        Interval interval = limits.interval95Around(row.value(), target,
                kind == OutcomeIndicator.Kind.MEAN ? Double.NEGATIVE_INFINITY : 0);
        return kind == OutcomeIndicator.Kind.SHARE && interval.upper() > 1
                ? new Interval(interval.lower(), interval.estimate(), Math.max(1, interval.estimate())) : interval;
    }

    /** The count above the line; a sum of scores is not a count. */
    static OptionalLong count(OutcomeIndicator.Kind kind, Sums row) {
        return kind == OutcomeIndicator.Kind.MEAN ? OptionalLong.empty() : OptionalLong.of(Math.round(row.numerator()));
    }

    /** Enough figures for the kind's interval: a t interval needs two scores. */
    static boolean enough(OutcomeIndicator.Kind kind, Sums row) {
        return row.denominator() >= (kind == OutcomeIndicator.Kind.MEAN ? 2 : 1);
    }

    /** The sample standard deviation (n − 1) from a sum and a sum of squares; rounding never makes it negative. */
    static double standardDeviation(double sum, double sumOfSquares, long n) {
        if (n < 2) {
            return 0;
        }
        return Math.sqrt(Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1)));
    }
}
