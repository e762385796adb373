package dk.samspil.statistics;

import java.util.List;

/**
 * Sample quantiles by linear interpolation between order statistics, Hyndman &amp; Fan 1996 type 7
 * (R's default {@code quantile}), so a median or quartile here matches qicharts2 and R.
 */
final class Quantiles {

    private Quantiles() {
    }

    /** The median: the middle value, or the mean of the two middle values (as R's {@code median}). */
    static double median(List<Double> values) {
        double[] sorted = sorted(values);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The type-7 quantile at probability {@code p} of non-empty, finite values in any order. */
    static double quantile(List<Double> values, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        double[] sorted = sorted(values);
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    private static double[] sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take a quantile of");
        }
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
