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

    /** Which zone of the funnel a value with this denominator lies in. */
    public FunnelZone zoneOf(double value) {
        if (limits95.contains(value)) {
            return FunnelZone.WITHIN_95;
        }
        return limits998.contains(value) ? FunnelZone.BETWEEN_95_AND_99_8 : FunnelZone.BEYOND_99_8;
    }
}
