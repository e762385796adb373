package dk.samspil.statistics;

/**
 * A lower and an upper limit around a centre: control limits, or one funnel at one denominator. A
 * value on a limit is inside, as in qicharts2 (a signal is strictly beyond a limit).
 */
public record Limits(double lower, double upper) {

    public Limits {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower limit " + lower + " above upper limit " + upper);
        }
    }

    /** The limits {@code centre ± halfWidth}, clipped to the values the measure can take. */
    static Limits around(double centre, double halfWidth, double floor, double ceiling) {
        return new Limits(Math.max(centre - halfWidth, floor), Math.min(centre + halfWidth, ceiling));
    }

    /** The value lies within the limits, bounds included. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
