package dk.samspil.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a series with the Anhøj rules (Anhøj &amp; Olesen 2014; qicharts2). Values are in time
 * order; a {@code null} or NaN value is a period without data: it is neither useful nor does it
 * break a run, as in qicharts2, and indices in the result still count it.
 */
public final class RunChart {

    private RunChart() {
    }

    /** Around the median of all values. */
    public static RunChartAnalysis analyse(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a run chart needs at least one value");
        }
        return analyseWithBaseline(values, values.size());
    }

    /**
     * Around the median of the first {@code baselinePoints} values, the baseline period
     * (qicharts2's {@code freeze}); the rules are applied to the whole series.
     */
    public static RunChartAnalysis analyseWithBaseline(List<Double> values, int baselinePoints) {
        if (baselinePoints < 1 || baselinePoints > values.size()) {
            throw new IllegalArgumentException("the baseline must be 1.." + values.size() + " points, got "
                    + baselinePoints);
        }
        List<Double> baseline = present(values.subList(0, baselinePoints));
        if (baseline.isEmpty()) {
            throw new IllegalArgumentException("the baseline period has no values");
        }
        return analyseAround(values, Quantiles.median(baseline));
    }

    /** Around a given centre line, such as a median frozen earlier. */
    public static RunChartAnalysis analyseAround(List<Double> values, double centreLine) {
        if (!Double.isFinite(centreLine)) {
            throw new IllegalArgumentException("the centre line must be a number, got " + centreLine);
        }
        List<Run> runs = new ArrayList<>();
        Run.Side side = null;
        int first = 0;
        int last = 0;
        int length = 0;
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            if (isMissing(value) || value == centreLine) {
                continue; // neither breaks nor contributes to a run (Anhøj & Olesen 2014)
            }
            Run.Side pointSide = value > centreLine ? Run.Side.ABOVE : Run.Side.BELOW;
            if (pointSide != side) {
                if (side != null) {
                    runs.add(new Run(side, first, last, length));
                }
                side = pointSide;
                first = i;
                length = 0;
            }
            last = i;
            length++;
        }
        if (side != null) {
            runs.add(new Run(side, first, last, length));
        }
        return new RunChartAnalysis(centreLine, runs);
    }

    /**
     * Splits the series at each change (an improvement action's start) and reads every phase around
     * its own median, as qicharts2 does with {@code part}. A split that would leave a phase without
     * a figure is dropped, so each phase has a median; split points outside the series are ignored.
     *
     * @param phaseStarts indices where a new phase begins, in any order
     */
    public static List<Phase> analysePhases(List<Double> values, java.util.Collection<Integer> phaseStarts) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a run chart needs at least one value");
        }
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        phaseStarts.stream().filter(start -> start > 0 && start < values.size()).forEach(starts::add);
        List<Integer> kept = new ArrayList<>();
        int from = 0;
        for (int start : starts) {
            if (!present(values.subList(from, start)).isEmpty() && !present(values.subList(start, values.size())).isEmpty()) {
                kept.add(start);
                from = start;
            }
        }
        kept.add(values.size());
        List<Phase> phases = new ArrayList<>();
        from = 0;
        for (int end : kept) {
            List<Double> part = values.subList(from, end);
            phases.add(new Phase(from, part, present(part).isEmpty() ? null : analyse(part)));
            from = end;
        }
        return phases;
    }

    private static List<Double> present(List<Double> values) {
        return values.stream().filter(value -> !isMissing(value)).toList();
    }

    private static boolean isMissing(Double value) {
        if (value != null && Double.isInfinite(value)) {
            throw new IllegalArgumentException("a run chart value must be finite, got " + value);
        }
        return value == null || value.isNaN();
    }
}
