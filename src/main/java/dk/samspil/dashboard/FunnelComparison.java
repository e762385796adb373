package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.List;

import dk.samspil.statistics.FunnelLimits;
import dk.samspil.statistics.FunnelPlot;
import dk.samspil.statistics.Overdispersion;

/**
 * One indicator across the municipalities over a period: the programme's value (the target), each
 * municipality's point, and the 95 % and 99.8 % limits — widened for over-dispersion — at a range
 * of denominators, for drawing the funnel.
 *
 * @param overdispersion φ, how much more the municipalities vary than independent case-months would
 * @param points         by value, highest first
 * @param limitCurves    the adjusted limits from the smallest to the largest denominator
 */
public record FunnelComparison(OutcomeIndicator indicator, YearMonth from, YearMonth to, double target,
                               Overdispersion overdispersion, List<FunnelPoint> points, List<FunnelLimits> limitCurves) {

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** Municipalities outside the plain 99.8 % limits, as if case-months were independent. */
    public long differentWithoutAdjustment() {
        return points.stream().filter(p -> Math.abs(p.zScore()) > FunnelPlot.Z_99_8).count();
    }

    /** Municipalities outside the adjusted 99.8 % limits: the only ones called different. */
    public long different() {
        return points.stream().filter(p -> p.zone().different()).count();
    }
}
