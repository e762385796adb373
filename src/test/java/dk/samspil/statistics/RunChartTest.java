package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Runs, crossings and the Anhøj signals on series small enough to count by hand. */
class RunChartTest {

    /** Twelve baseline months alternating 11, 9, 11, …, 9 around their median of 10. */
    private static List<Double> alternatingBaseline() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            values.add(i % 2 == 0 ? 11.0 : 9.0);
        }
        return values;
    }

    private static List<Double> series(double... values) {
        return Arrays.stream(values).boxed().toList();
    }

    @Test
    void a_run_of_eight_above_the_median_in_twenty_points_is_a_shift() {
        List<Double> values = new ArrayList<>(alternatingBaseline());
        values.addAll(Collections.nCopies(8, 12.0));

        RunChartAnalysis analysis = RunChart.analyseWithBaseline(values, 12);

        // 20 useful points: 12 runs of one, then one of eight; 13 runs make 12 crossings.
        assertThat(analysis.centreLine()).isEqualTo(10.0);
        assertThat(analysis.usefulObservations()).isEqualTo(20);
        assertThat(analysis.longestRun()).isEqualTo(8);
        assertThat(analysis.crossings()).isEqualTo(12);
        assertThat(analysis.longestRunLimit()).isEqualTo(7);
        assertThat(analysis.crossingsLimit()).isEqualTo(6);
        assertThat(analysis.unusuallyLongRun()).isTrue();
        assertThat(analysis.unusuallyFewCrossings()).isFalse();
        assertThat(analysis.signal()).isTrue();
        assertThat(analysis.longRuns()).containsExactly(new Run(Run.Side.ABOVE, 12, 19, 8));
        assertThat(analysis.signalStart()).hasValue(12);
    }

    @Test
    void a_run_of_seven_in_twenty_points_is_within_the_limit() {
        List<Double> values = new ArrayList<>(alternatingBaseline());
        values.addAll(Collections.nCopies(7, 12.0));
        values.add(8.0);

        RunChartAnalysis analysis = RunChart.analyseWithBaseline(values, 12);

        // 20 useful points, longest run 7, not more than round(log2(20) + 3) = 7; 13 crossings.
        assertThat(analysis.longestRun()).isEqualTo(7);
        assertThat(analysis.crossings()).isEqualTo(13);
        assertThat(analysis.signal()).isFalse();
        assertThat(analysis.longRuns()).isEmpty();
        assertThat(analysis.signalStart()).isEmpty();
    }

    @Test
    void three_crossings_in_twenty_points_are_too_few_and_date_the_shift_from_the_latest_longest_run() {
        // Runs of 3 above, 7 below, 7 above, 3 below around 10: 3 crossings < 6, longest run 7 ≤ 7.
        List<Double> values = new ArrayList<>();
        values.addAll(Collections.nCopies(3, 12.0));
        values.addAll(Collections.nCopies(7, 8.0));
        values.addAll(Collections.nCopies(7, 12.0));
        values.addAll(Collections.nCopies(3, 8.0));

        RunChartAnalysis analysis = RunChart.analyseAround(values, 10);

        assertThat(analysis.crossings()).isEqualTo(3);
        assertThat(analysis.unusuallyFewCrossings()).isTrue();
        assertThat(analysis.unusuallyLongRun()).isFalse();
        assertThat(analysis.longRuns()).isEmpty();
        // The runs of seven start at index 3 and 10; the later one dates the shift.
        assertThat(analysis.signalStart()).hasValue(10);
    }

    @Test
    void six_crossings_in_twenty_points_are_just_enough() {
        // Six runs of 3 and one of 2 around 10, alternating sides: 20 useful points, 6 crossings,
        // which is not fewer than the limit of 6.
        List<Double> values = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            values.addAll(Collections.nCopies(run < 6 ? 3 : 2, run % 2 == 0 ? 12.0 : 8.0));
        }

        RunChartAnalysis analysis = RunChart.analyseAround(values, 10);

        assertThat(analysis.usefulObservations()).isEqualTo(20);
        assertThat(analysis.crossings()).isEqualTo(6);
        assertThat(analysis.crossingsLimit()).isEqualTo(6);
        assertThat(analysis.unusuallyFewCrossings()).isFalse();
        assertThat(analysis.signal()).isFalse();
    }

    @Test
    void the_latest_of_two_long_runs_dates_the_shift() {
        // 30 points around 10: 9 below (0–8), 12 alternating (9–20), 9 above (21–29).
        // Limits for n = 30: longest run > 8, crossings < 10; here 14 runs make 13 crossings.
        List<Double> values = new ArrayList<>(Collections.nCopies(9, 8.0));
        for (int i = 0; i < 12; i++) {
            values.add(i % 2 == 0 ? 12.0 : 8.0);
        }
        values.addAll(Collections.nCopies(9, 12.0));

        RunChartAnalysis analysis = RunChart.analyseAround(values, 10);

        assertThat(analysis.crossings()).isEqualTo(13);
        assertThat(analysis.longRuns())
                .containsExactly(new Run(Run.Side.BELOW, 0, 8, 9), new Run(Run.Side.ABOVE, 21, 29, 9));
        assertThat(analysis.signalStart()).hasValue(21);
    }

    @Test
    void points_on_the_median_are_not_useful_and_neither_break_nor_extend_a_run() {
        RunChartAnalysis analysis = RunChart.analyseAround(series(12, 10, 12, 12, 10, 12, 8), 10);

        assertThat(analysis.usefulObservations()).isEqualTo(5);
        assertThat(analysis.runs()).containsExactly(new Run(Run.Side.ABOVE, 0, 5, 4), new Run(Run.Side.BELOW, 6, 6, 1));
        assertThat(analysis.longestRun()).isEqualTo(4);
        assertThat(analysis.crossings()).isEqualTo(1);
    }

    @Test
    void months_without_data_are_skipped_like_points_on_the_median() {
        RunChartAnalysis analysis = RunChart.analyseAround(Arrays.asList(12.0, null, 12.0, Double.NaN, 8.0), 10);

        assertThat(analysis.runs()).containsExactly(new Run(Run.Side.ABOVE, 0, 2, 2), new Run(Run.Side.BELOW, 4, 4, 1));
    }

    @Test
    void the_centre_line_is_the_median_of_all_points_or_of_the_baseline() {
        // Sorted 1, 2, 3, 5: median (2 + 3)/2 = 2.5; sorted 1, 2, 3: median 2.
        assertThat(RunChart.analyse(series(3, 1, 2, 5)).centreLine()).isEqualTo(2.5);
        assertThat(RunChart.analyse(series(3, 1, 2)).centreLine()).isEqualTo(2.0);
        // Baseline 4, 1, 3, 2 (median 2.5); the later 100s do not move it.
        assertThat(RunChart.analyseWithBaseline(series(4, 1, 3, 2, 100, 100), 4).centreLine()).isEqualTo(2.5);
        // A missing baseline month is left out: median of 4, 1, 3 is 3.
        assertThat(RunChart.analyseWithBaseline(Arrays.asList(4.0, null, 1.0, 3.0, 100.0), 4).centreLine())
                .isEqualTo(3.0);
    }

    @Test
    void fewer_than_ten_useful_points_show_no_signal_however_long_the_run() {
        RunChartAnalysis analysis = RunChart.analyseAround(Collections.nCopies(9, 12.0), 10);

        // One run of 9 > round(log2(9) + 3) = 6, but 9 useful points are too few for the rules.
        assertThat(analysis.longestRun()).isEqualTo(9);
        assertThat(analysis.longestRunLimit()).isEqualTo(6);
        assertThat(analysis.rulesApply()).isFalse();
        assertThat(analysis.signal()).isFalse();
        assertThat(analysis.signalStart()).isEmpty();
    }

    @Test
    void ten_useful_points_on_one_side_are_a_shift_from_the_first() {
        RunChartAnalysis analysis = RunChart.analyseAround(Collections.nCopies(10, 12.0), 10);

        // A run of 10 > 6 and 0 crossings < 2.
        assertThat(analysis.rulesApply()).isTrue();
        assertThat(analysis.unusuallyLongRun()).isTrue();
        assertThat(analysis.unusuallyFewCrossings()).isTrue();
        assertThat(analysis.signalStart()).hasValue(0);
    }

    @Test
    void a_series_all_on_its_median_has_no_useful_points_and_no_signal() {
        RunChartAnalysis analysis = RunChart.analyse(Collections.nCopies(12, 0.0));

        assertThat(analysis.usefulObservations()).isZero();
        assertThat(analysis.runs()).isEmpty();
        assertThat(analysis.longestRun()).isZero();
        assertThat(analysis.crossings()).isZero();
        assertThat(analysis.longestRunLimit()).isZero();
        assertThat(analysis.crossingsLimit()).isZero();
        assertThat(analysis.signal()).isFalse();
    }

    @Test
    void a_baseline_must_lie_within_the_series_and_hold_a_value() {
        assertThatIllegalArgumentException().isThrownBy(() -> RunChart.analyse(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> RunChart.analyseWithBaseline(series(1, 2), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> RunChart.analyseWithBaseline(series(1, 2), 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RunChart.analyseWithBaseline(Arrays.asList(null, 2.0), 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RunChart.analyseAround(series(1, Double.POSITIVE_INFINITY), 0));
    }

    @Test
    void runs_on_the_same_side_cannot_follow_each_other() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RunChartAnalysis(10,
                List.of(new Run(Run.Side.ABOVE, 0, 1, 2), new Run(Run.Side.ABOVE, 2, 3, 2))));
        assertThatIllegalArgumentException().isThrownBy(() -> new RunChartAnalysis(10,
                List.of(new Run(Run.Side.ABOVE, 0, 1, 2), new Run(Run.Side.BELOW, 1, 3, 2))));
    }
}
