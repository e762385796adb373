package dk.samspil.dashboard;

import java.util.List;

/**
 * One share indicator across the municipalities over a period: the programme's value (the
 * target), each municipality's point, and the 95 % and 99.8 % limits at a range of denominators.
 *
 * @param limitCurves rows of {denominator, low 99.8, low 95, high 95, high 99.8}
 */
public record FunnelComparison(OutcomeIndicator indicator, double target, List<FunnelPoint> points,
                               List<double[]> limitCurves) {
}
