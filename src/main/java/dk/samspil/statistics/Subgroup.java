package dk.samspil.statistics;

import java.util.List;

/**
 * One period's (or one municipality's) count over its denominator: cases with a current plan out
 * of active cases for a proportion, admissions over case-months for a rate.
 *
 * @param count the numerator, a count of events or of cases
 * @param size  the denominator: cases, respondents or exposure such as case-months
 */
public record Subgroup(long count, double size) {

    public Subgroup {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        if (!(size > 0) || Double.isInfinite(size)) {
            throw new IllegalArgumentException("a denominator must be positive, got " + size);
        }
    }

    /** The proportion or rate, count / size. */
    public double value() {
        return count / size;
    }

    /**
     * The pooled value Σ count / Σ size, the centre of a P or U chart and the target of a funnel
     * (Montgomery 2009; Spiegelhalter 2005): large subgroups weigh more than small ones.
     */
    public static double pooledValue(List<Subgroup> subgroups) {
        if (subgroups.isEmpty()) {
            throw new IllegalArgumentException("no subgroups to pool");
        }
        double counts = subgroups.stream().mapToDouble(Subgroup::count).sum();
        double sizes = subgroups.stream().mapToDouble(Subgroup::size).sum();
        return counts / sizes;
    }
}
