package dk.samspil.statistics;

import java.util.List;

/**
 * 95 % confidence intervals for ranking municipalities, by how the figure is distributed:
 * Wilson for proportions, exact Poisson for rates, Student's t for means.
 */
public final class Intervals {

    /** The confidence level of every interval here. */
    public static final double CONFIDENCE = 0.95;
    // Φ⁻¹(0.975), the z of a two-sided 95 % interval.
    private static final double Z = 1.96;
    private static final double TAIL = (1 - CONFIDENCE) / 2;

    private Intervals() {
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code trials} (Wilson 1927; Newcombe
     * 1998): it stays inside [0, 1] and behaves with the small counts of a municipality.
     */
    public static Interval wilson(long successes, long trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 ≤ successes ≤ trials and trials ≥ 1, got "
                    + successes + " of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double divisor = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / divisor;
        double halfWidth = Z / divisor * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.max(0, Math.min(p, centre - halfWidth)), p,
                Math.min(1, Math.max(p, centre + halfWidth)));
    }

    /**
     * The exact Poisson interval for a rate of {@code events} over {@code exposure} (Garwood 1936):
     * the means λ at which the observed count is in a 2.5 % tail, divided by the exposure.
     */
    public static Interval poisson(long events, double exposure) {
        if (events < 0 || !(exposure > 0) || Double.isInfinite(exposure)) {
            throw new IllegalArgumentException("need events ≥ 0 and a positive exposure, got " + events + " over "
                    + exposure);
        }
        double lower = events == 0 ? 0 : Distributions.poissonMeanWithCdf(events - 1, 1 - TAIL);
        double upper = Distributions.poissonMeanWithCdf(events, TAIL);
        return new Interval(lower / exposure, events / exposure, upper / exposure);
    }

    /**
     * The t interval mean ± t(0.975; n − 1) · s/√n for a mean of {@code n} values with sample
     * standard deviation {@code standardDeviation}, as read from a pre-aggregated table.
     */
    public static Interval mean(double mean, double standardDeviation, long n) {
        if (n < 2 || !Double.isFinite(mean) || !(standardDeviation >= 0) || Double.isInfinite(standardDeviation)) {
            throw new IllegalArgumentException("need a finite mean, a standard deviation ≥ 0 and n ≥ 2, got "
                    + mean + ", " + standardDeviation + ", " + n);
        }
        double halfWidth = Distributions.studentTQuantile(n - 1, CONFIDENCE) * standardDeviation / Math.sqrt(n);
        return new Interval(mean - halfWidth, mean, mean + halfWidth);
    }

    /**
     * The t interval for a mean kept as running sums (n, Σx, Σx²), as a pre-aggregated table holds
     * it: s² = (Σx² − n·x̄²) / (n − 1), floored at 0 where rounding makes equal values look negative.
     */
    public static Interval meanOfSums(long n, double sum, double sumOfSquares) {
        if (n < 2) {
            throw new IllegalArgumentException("a mean's interval needs at least two values, got " + n);
        }
        double mean = sum / n;
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        return mean(mean, Math.sqrt(variance), n);
    }

    /** The t interval for the mean of these values (at least two), with the n − 1 standard deviation. */
    public static Interval mean(List<Double> values) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("a mean's interval needs at least two values, got " + values.size());
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double squares = values.stream().mapToDouble(value -> (value - mean) * (value - mean)).sum();
        return mean(mean, Math.sqrt(squares / (values.size() - 1)), values.size());
    }
}
