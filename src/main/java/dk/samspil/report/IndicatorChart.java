package dk.samspil.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.samspil.dashboard.IndicatorNotation;
import dk.samspil.statistics.Assurance;
import dk.samspil.statistics.RunChart;
import dk.samspil.statistics.RunChartAnalysis;

/**
 * One indicator's run chart as a page draws it: the series a dashboard service returned, its
 * median and whether the Anhøj rules fire.
 *
 * @param nameKey   the translation key of its name
 * @param perWave   survey scores: one point per closed wave, not per month
 * @param belowFive periods whose count the small-cell rule hides ("&lt; 5", no point)
 * @param median    the centre line; null when there is no figure at all
 * @param shiftSince where the signalling run begins; empty unless a rule fires
 * @param assurance  whether the limits say the target in force will be met, as the Overview's tile says
 */
record IndicatorChart(String nameKey, IndicatorNotation figure, boolean perWave, List<YearMonth> periods, List<Double> values,
                      Set<YearMonth> belowFive, Double median, Optional<YearMonth> shiftSince,
                      Assurance assurance) {

    /** The rules read as the service read them (same values, same analysis), for marking points. */
    Optional<RunChartAnalysis> analysis() {
        return median == null ? Optional.empty() : Optional.of(RunChart.analyse(values));
    }

    /** Special cause: an Anhøj rule fires; common cause otherwise (when the rules can be applied). */
    boolean specialCause() {
        return analysis().map(RunChartAnalysis::signal).orElse(false);
    }

    boolean rulesApply() {
        return analysis().map(RunChartAnalysis::rulesApply).orElse(false);
    }

    /** The newest period that has a figure or a hidden count. */
    Optional<YearMonth> latestPeriod() {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i) != null || belowFive.contains(periods.get(i))) {
                return Optional.of(periods.get(i));
            }
        }
        return Optional.empty();
    }

    Optional<Double> latestValue() {
        return latestPeriod().map(periods::indexOf).map(values::get);
    }
}
