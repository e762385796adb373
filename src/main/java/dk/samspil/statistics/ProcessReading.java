package dk.samspil.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The two icons for one series (NHS England, "Making Data Count", adapted in decision 0027):
 * variation from the Anhøj rules around the median and from points beyond the I-chart (XmR) limits,
 * assurance from the same limits against the target. Missing months are left out of the I chart,
 * so its moving ranges join the months that have figures.
 *
 * @param variation  common cause, or a signal named by the direction
 * @param assurance  where the target lies against the limits
 * @param limits     the XmR limits x̄ ± 2.66·MR̄; null with fewer than two figures
 * @param mean       the I chart's centre line x̄; NaN with no figure
 */
public record ProcessReading(Variation variation, Assurance assurance, Limits limits, double mean) {

    /** Reads a series, oldest first; {@code target} empty when none is set. */
    public static ProcessReading of(List<Double> values, Direction direction, OptionalDouble target) {
        List<Double> present = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            if (value != null && !value.isNaN()) {
                present.add(value);
                positions.add(i);
            }
        }
        if (present.size() < 2) {
            return new ProcessReading(Variation.TOO_FEW_POINTS, Assurance.TOO_FEW_POINTS, null,
                    present.isEmpty() ? Double.NaN : present.getFirst());
        }
        ControlChart chart = ControlCharts.individuals(present);
        Limits limits = chart.points().getFirst().limits();
        Run.Side side = signalSide(values, chart, positions);
        return new ProcessReading(variation(side, direction), assurance(limits, direction, target), limits,
                chart.centre());
    }

    /**
     * The side of the newest signal: the newest figure when it lies beyond the limits (an old point
     * beyond them is history, not the state of the process, as in Making Data Count), or else the
     * run an Anhøj rule dates its shift from; null without a signal.
     */
    private static Run.Side signalSide(List<Double> values, ControlChart chart, List<Integer> positions) {
        int outsideAt = -1;
        Run.Side outsideSide = null;
        List<Integer> outside = chart.indicesOutsideLimits();
        if (!outside.isEmpty() && outside.getLast() == chart.points().size() - 1) {
            ControlPoint point = chart.points().get(outside.getLast());
            outsideAt = positions.get(outside.getLast());
            outsideSide = point.value() > point.limits().upper() ? Run.Side.ABOVE : Run.Side.BELOW;
        }
        RunChartAnalysis runs = RunChart.analyse(values);
        if (runs.signal() && runs.signalStart().isPresent()) {
            int start = runs.signalStart().getAsInt();
            Run run = runs.runs().stream().filter(r -> r.firstIndex() == start).findFirst().orElseThrow();
            if (run.lastIndex() > outsideAt) {
                return run.side();
            }
        }
        return outsideSide;
    }

    private static Variation variation(Run.Side side, Direction direction) {
        if (side == null) {
            return Variation.COMMON_CAUSE;
        }
        if (direction == Direction.NEUTRAL) {
            return Variation.SPECIAL_CAUSE_NEUTRAL;
        }
        boolean high = side == Run.Side.ABOVE;
        return high == (direction == Direction.HIGHER_IS_BETTER) ? Variation.SPECIAL_CAUSE_IMPROVING
                : Variation.SPECIAL_CAUSE_CONCERNING;
    }

    /**
     * Higher is better: the lower limit above the target will meet it, the upper limit below it will
     * miss it; lower is better mirrored. A target on a limit may be met or missed (strictly beyond).
     */
    static Assurance assurance(Limits limits, Direction direction, OptionalDouble target) {
        if (target.isEmpty() || direction == Direction.NEUTRAL) {
            return Assurance.NO_TARGET;
        }
        double goal = target.getAsDouble();
        boolean higherBetter = direction == Direction.HIGHER_IS_BETTER;
        if (higherBetter ? limits.lower() > goal : limits.upper() < goal) {
            return Assurance.WILL_MEET;
        }
        if (higherBetter ? limits.upper() < goal : limits.lower() > goal) {
            return Assurance.WILL_MISS;
        }
        return Assurance.MAY_MEET_OR_MISS;
    }
}
