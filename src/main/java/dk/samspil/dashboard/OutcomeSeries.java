package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

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
 */
public record OutcomeSeries(OutcomeIndicator indicator, Scope scope, List<YearMonth> months,
                            List<Double> values, double median, Optional<YearMonth> shiftSince,
                            List<Integer> signalMonths, ControlSeries controlChart) {
}
