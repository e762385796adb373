package dk.samspil.statistics;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A control chart: the centre line and each point with its limits, in series order. Read the same
 * series with {@link RunChart#analyseAround} at {@link #centre} for the Anhøj rules, as qicharts2
 * does for control charts.
 *
 * @param centre the centre line: p̄, ū or x̄
 * @param points the points in series order
 */
public record ControlChart(double centre, List<ControlPoint> points) {

    public ControlChart {
        points = List.copyOf(points);
    }

    /** The plotted values in series order. */
    public List<Double> values() {
        return points.stream().map(ControlPoint::value).toList();
    }

    /** The indices of the points beyond their limits. */
    public List<Integer> indicesOutsideLimits() {
        return IntStream.range(0, points.size()).filter(i -> points.get(i).outsideLimits()).boxed().toList();
    }

    /** At least one point lies beyond its limits. */
    public boolean anyOutsideLimits() {
        return points.stream().anyMatch(ControlPoint::outsideLimits);
    }
}
