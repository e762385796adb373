package dk.samspil.dashboard;

import java.util.List;

import dk.samspil.statistics.ControlPoint;

/**
 * A P or U chart laid along a page's months: the centre line and, per month, the point with its
 * own limits, or null in a month without a denominator (no cases, nothing to plot).
 *
 * @param centre p̄ or ū over the months shown; null when no month had a denominator
 * @param points one per month, aligned with the page's months
 */
public record ControlSeries(Double centre, List<ControlPoint> points) {

    public ControlSeries {
        points = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(points));
    }

    /** Some point lies beyond its 3-sigma limits. */
    public boolean anyOutsideLimits() {
        return points.stream().anyMatch(point -> point != null && point.outsideLimits());
    }
}
