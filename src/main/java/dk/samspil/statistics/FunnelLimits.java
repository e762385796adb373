package dk.samspil.statistics;

/**
 * The two funnels of a funnel plot at one denominator (Spiegelhalter 2005).
 *
 * @param denominator the cases, respondents or exposure the limits are for
 * @param limits95    the 95 % limits
 * @param limits998   the 99.8 % limits
 */
public record FunnelLimits(double denominator, Limits limits95, Limits limits998) {

    public FunnelLimits {
        if (limits95 == null || limits998 == null) {
            throw new IllegalArgumentException("a funnel has both limits");
        }
    }

    /**
     * The 95 % funnel carried over to a value: the value minus the funnel's reach above the target,
     * to the value plus its reach below. It leaves out the target exactly when the value lies outside
     * the 95 % funnel, so a ranking drawn with it says what the funnel says (issue 12, defect 3),
     * over-dispersion included when these limits allow for it. The lower end is cut at {@code floor}
     * (0 for rates and shares) where the value is not below it.
     */
    public Interval interval95Around(double value, double target, double floor) {
        double lower = value - (limits95.upper() - target);
        double upper = value + (target - limits95.lower());
        return new Interval(value >= floor ? Math.max(lower, floor) : lower, value, upper);
    }

    /** Which zone of the funnel a value with this denominator lies in. */
    public FunnelZone zoneOf(double value) {
        if (limits95.contains(value)) {
            return FunnelZone.WITHIN_95;
        }
        return limits998.contains(value) ? FunnelZone.BETWEEN_95_AND_99_8 : FunnelZone.BEYOND_99_8;
    }
}
