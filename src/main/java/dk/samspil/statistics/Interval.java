package dk.samspil.statistics;

/**
 * An estimate with its confidence interval, for rankings with intervals.
 *
 * @param lower    the lower confidence limit
 * @param estimate the observed proportion, rate or mean
 * @param upper    the upper confidence limit
 */
public record Interval(double lower, double estimate, double upper) {

    public Interval {
        if (!(lower <= estimate && estimate <= upper)) {
            throw new IllegalArgumentException("not an interval: " + lower + " ≤ " + estimate + " ≤ " + upper);
        }
    }

    /** The value lies within the interval, bounds included. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** The two intervals share at least one value: the ranking cannot tell the two apart. */
    public boolean overlaps(Interval other) {
        return lower <= other.upper && other.lower <= upper;
    }
}
