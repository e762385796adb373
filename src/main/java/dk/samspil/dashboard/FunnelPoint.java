package dk.samspil.dashboard;

import java.util.OptionalLong;

import dk.samspil.statistics.FunnelLimits;
import dk.samspil.statistics.FunnelZone;
import dk.samspil.statistics.Interval;

/**
 * One municipality in the funnel plot and the ranking.
 *
 * @param own         the signed-in lead's own municipality, drawn apart on the page
 * @param events      the count above the line (admissions, case-months in stable housing), or
 *                    empty where it is a sum of scores (a mean) or the small-cell rule hides it:
 *                    1–4 of another municipality's citizens (STATISTICS.md)
 * @param denominator the case-months the figure rests on
 * @param interval    the figure with its plain 95 % interval: Wilson, exact Poisson or t, as if
 *                    case-months were independent
 * @param funnelInterval the figure with the adjusted 95 % funnel carried over to it
 *                    ({@link dk.samspil.statistics.FunnelLimits#interval95Around}): what the ranking
 *                    draws, so that it leaves out the programme exactly when the funnel does
 * @param zScore      standard errors from the programme value before over-dispersion is allowed for
 * @param limits      the adjusted 95 % and 99.8 % limits at its denominator
 * @param zone        where it lies between them: only beyond 99.8 % is it different
 */
public record FunnelPoint(int municipalityCode, String name, boolean own, OptionalLong events, long denominator,
                          Interval interval, Interval funnelInterval, double zScore, FunnelLimits limits,
                          FunnelZone zone) {

    public double value() {
        return interval.estimate();
    }

    /** Above the programme value (else below or on it), for "2 above, 1 below". */
    public boolean above(double target) {
        return value() > target;
    }
}
