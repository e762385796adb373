package dk.samspil.dashboard;

import dk.samspil.statistics.FunnelZone;
import dk.samspil.statistics.Interval;

/** One municipality in the funnel plot: its share, what it rests on, its interval and zone. */
public record FunnelPoint(int municipalityCode, String name, long numerator, long denominator, Interval interval,
                          FunnelZone zone) {
}
