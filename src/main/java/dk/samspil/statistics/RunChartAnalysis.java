package dk.samspil.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * A run chart read with the Anhøj rules: the centre line and the runs of useful observations around
 * it, from which the longest run, the crossings, their limits and the signals follow. The rules only
 * apply from {@link AnhojRules#MINIMUM_USEFUL_OBSERVATIONS} useful points; before that the chart is
 * shown without signal marks.
 *
 * @param centreLine the median of the baseline, or a given centre line
 * @param runs       the runs in series order; consecutive runs lie on opposite sides
 */
public record RunChartAnalysis(double centreLine, List<Run> runs) {

    public RunChartAnalysis {
        runs = List.copyOf(runs);
        for (int i = 1; i < runs.size(); i++) {
            Run previous = runs.get(i - 1);
            Run run = runs.get(i);
            if (run.side() == previous.side() || run.firstIndex() <= previous.lastIndex()) {
                throw new IllegalArgumentException("runs must follow each other on alternating sides: " + runs);
            }
        }
    }

    /** Observations not on the centre line (and not missing): the n of the Anhøj rules. */
    public int usefulObservations() {
        return runs.stream().mapToInt(Run::length).sum();
    }

    /** The length of the longest run, 0 without useful observations. */
    public int longestRun() {
        return runs.stream().mapToInt(Run::length).max().orElse(0);
    }

    /** Where consecutive useful points lie on opposite sides of the centre line. */
    public int crossings() {
        return Math.max(runs.size() - 1, 0);
    }

    /** A run longer than this is unusually long; 0 without useful observations. */
    public int longestRunLimit() {
        return usefulObservations() == 0 ? 0 : AnhojRules.longestRunLimit(usefulObservations());
    }

    /** Fewer crossings than this are unusually few; 0 without useful observations. */
    public int crossingsLimit() {
        return usefulObservations() == 0 ? 0 : AnhojRules.crossingsLimit(usefulObservations());
    }

    /** There are enough useful observations for the rules to be applied. */
    public boolean rulesApply() {
        return usefulObservations() >= AnhojRules.MINIMUM_USEFUL_OBSERVATIONS;
    }

    /** The unusually-long-run rule fires. */
    public boolean unusuallyLongRun() {
        return rulesApply() && longestRun() > longestRunLimit();
    }

    /** The unusually-few-crossings rule fires. */
    public boolean unusuallyFewCrossings() {
        return rulesApply() && crossings() < crossingsLimit();
    }

    /** Either rule fires: non-random variation, a shift (Anhøj &amp; Olesen 2014). */
    public boolean signal() {
        return unusuallyLongRun() || unusuallyFewCrossings();
    }

    /** The runs that broke the long-run rule, to highlight on the chart; empty when it does not fire. */
    public List<Run> longRuns() {
        if (!unusuallyLongRun()) {
            return List.of();
        }
        int limit = longestRunLimit();
        return runs.stream().filter(run -> run.length() > limit).toList();
    }

    /**
     * The index of the point the signal starts from, for "shift since &lt;month&gt;"; empty without a
     * signal. It is the start of the latest run that broke the long-run rule or, when only the
     * crossings rule fires, the start of the latest longest run: too few crossings means the series
     * keeps to one side, and the longest run is where it does so most.
     */
    public OptionalInt signalStart() {
        if (unusuallyLongRun()) {
            return OptionalInt.of(longRuns().getLast().firstIndex());
        }
        if (unusuallyFewCrossings()) {
            Run latestLongest = runs.stream()
                    .max(Comparator.comparingInt(Run::length).thenComparingInt(Run::firstIndex))
                    .orElseThrow();
            return OptionalInt.of(latestLongest.firstIndex());
        }
        return OptionalInt.empty();
    }
}
