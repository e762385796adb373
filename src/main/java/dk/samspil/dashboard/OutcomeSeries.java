package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dk.samspil.statistics.ProcessReading;
import dk.samspil.statistics.RunChartAnalysis;

/**
 * One indicator month by month with its run-chart reading (Anhøj rules): the median and, when the
 * rules find a non-random pattern, the month the shift began.
 *
 * @param values        one per month; null where no figures were delivered
 * @param median        the run chart's centre line (NaN when no month has a figure)
 * @param shiftSince    the first month of the signal, when there is one
 * @param signalMonths  the points of the runs that broke the Anhøj rules, to highlight (indices
 *                      into {@code months}); empty without a signal
 * @param controlChart  the same figures as a U chart (rates) or P chart (shares), null for means
 * @param medianLine    the centre line month by month: one median, or each phase's own
 * @param phaseStarts   the months a new phase begins (an action's start), empty unless split
 * @param actions       the improvement actions aimed at the indicator that start in the months
 * @param reading       the variation and assurance icons, read on the newest phase (decision 0027)
 * @param target        the target in force in the last month; empty when none is set
 * @param runs          the Anhøj reading of the newest phase (the whole series unless split); null without figures
 */
public record OutcomeSeries(OutcomeIndicator indicator, Scope scope, List<YearMonth> months,
                            List<Double> values, double median, Optional<YearMonth> shiftSince,
                            List<Integer> signalMonths, ControlSeries controlChart, List<Double> medianLine,
                            List<YearMonth> phaseStarts, List<ActionMarkers.ActionMarker> actions,
                            ProcessReading reading, OptionalDouble target, RunChartAnalysis runs) {

    public OutcomeSeries {
        medianLine = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(medianLine));
        phaseStarts = List.copyOf(phaseStarts);
        actions = List.copyOf(actions);
    }
}
