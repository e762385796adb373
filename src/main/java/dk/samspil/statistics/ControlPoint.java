package dk.samspil.statistics;

/**
 * One point of a control chart with its own limits (P and U limits vary with the denominator).
 *
 * @param value  the proportion, rate or individual value plotted
 * @param limits the 3-sigma limits at this point
 */
public record ControlPoint(double value, Limits limits) {

    public ControlPoint {
        if (limits == null) {
            throw new IllegalArgumentException("a control point has limits");
        }
    }

    /** The point lies beyond its limits: special-cause variation by Shewhart's 3-sigma rule. */
    public boolean outsideLimits() {
        return !limits.contains(value);
    }
}
