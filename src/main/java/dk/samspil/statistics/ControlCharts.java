package dk.samspil.statistics;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Shewhart control limits for the figures whose distribution we know: P charts for
 * proportions, U charts for rates, I charts for individual values such as survey indices. Formulas
 * as in Montgomery 2009 and qicharts2; the centre is computed from all points given.
 */
public final class ControlCharts {

    // Montgomery 2009: three standard errors either side of the centre line.
    private static final double SIGMA_LIMIT = 3;
    // Montgomery 2009: 3 / d2 with d2 = 1.128 for moving ranges of two, rounded.
    private static final double MOVING_RANGE_FACTOR = 2.66;

    private ControlCharts() {
    }

    /**
     * A P chart: centre p̄ = Σ count / Σ size, limits p̄ ± 3√(p̄(1 − p̄)/nᵢ) clipped to [0, 1]. Each
     * count is the number of cases with the property among its subgroup's {@code size} cases.
     */
    public static ControlChart p(List<Subgroup> subgroups) {
        for (Subgroup subgroup : subgroups) {
            if (subgroup.count() > subgroup.size()) {
                throw new IllegalArgumentException("a proportion's count exceeds its denominator: " + subgroup);
            }
        }
        double centre = Subgroup.pooledValue(subgroups);
        return chart(centre, subgroups.stream()
                .map(subgroup -> point(subgroup, Math.sqrt(centre * (1 - centre) / subgroup.size()), centre, 1))
                .toList());
    }

    /**
     * A U chart: centre ū = Σ count / Σ size, limits ū ± 3√(ū/nᵢ) with the lower limit clipped at 0.
     * Each count is the number of events over its subgroup's exposure.
     */
    public static ControlChart u(List<Subgroup> subgroups) {
        double centre = Subgroup.pooledValue(subgroups);
        return chart(centre, subgroups.stream()
                .map(subgroup -> point(subgroup, Math.sqrt(centre / subgroup.size()), centre, Double.POSITIVE_INFINITY))
                .toList());
    }

    /**
     * An I (XmR) chart: centre x̄, limits x̄ ± 2.66 · MR̄, where MR̄ is the mean absolute difference of
     * consecutive values. Needs at least two values.
     */
    public static ControlChart individuals(List<Double> values) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("an I chart needs at least two values, got " + values.size());
        }
        if (!values.stream().allMatch(value -> value != null && Double.isFinite(value))) {
            throw new IllegalArgumentException("an I chart's values must all be numbers: " + values);
        }
        double centre = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double meanMovingRange = IntStream.range(1, values.size())
                .mapToDouble(i -> Math.abs(values.get(i) - values.get(i - 1)))
                .average().orElseThrow();
        Limits limits = Limits.around(centre, MOVING_RANGE_FACTOR * meanMovingRange,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        return chart(centre, values.stream().map(value -> new ControlPoint(value, limits)).toList());
    }

    private static ControlPoint point(Subgroup subgroup, double standardError, double centre, double ceiling) {
        return new ControlPoint(subgroup.value(), Limits.around(centre, SIGMA_LIMIT * standardError, 0, ceiling));
    }

    private static ControlChart chart(double centre, List<ControlPoint> points) {
        if (!Double.isFinite(centre)) {
            throw new IllegalArgumentException("the centre line must be a number, got " + centre);
        }
        return new ControlChart(centre, points);
    }
}
