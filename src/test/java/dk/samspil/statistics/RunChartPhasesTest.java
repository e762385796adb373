package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Ten months at 10/12 and ten at 4/6. Read as one phase the median is 8 and a run of ten lies on
 * each side (the limit at 20 useful points is 7): a shift. Split at month 10, each phase has its
 * own median (11, then 5), crosses it every month, and no rule fires.
 */
class RunChartPhasesTest {

    private static final List<Double> SERIES = series();

    @Test
    void one_phase_finds_the_shift() {
        List<Phase> phases = RunChart.analysePhases(SERIES, Set.of());
        assertThat(phases).hasSize(1);
        assertThat(phases.getFirst().analysis().centreLine()).isEqualTo(8);
        assertThat(phases.getFirst().analysis().longestRun()).isEqualTo(10);
        assertThat(phases.getFirst().analysis().signal()).isTrue();
    }

    @Test
    void a_new_phase_from_the_change_recomputes_median_and_signals() {
        List<Phase> phases = RunChart.analysePhases(SERIES, Set.of(10));
        assertThat(phases).extracting(Phase::firstIndex).containsExactly(0, 10);
        assertThat(phases).extracting(phase -> phase.analysis().centreLine()).containsExactly(11.0, 5.0);
        assertThat(phases).extracting(phase -> phase.analysis().crossings()).containsExactly(9, 9);
        assertThat(phases).noneMatch(phase -> phase.analysis().signal());
        assertThat(phases.getLast().endIndex()).isEqualTo(20);
    }

    @Test
    void a_split_that_would_leave_a_phase_without_figures_is_dropped() {
        List<Double> gaps = new ArrayList<>(SERIES);
        gaps.set(18, null);
        gaps.set(19, null);
        assertThat(RunChart.analysePhases(gaps, List.of(18, 0, 25))).hasSize(1);
    }

    private static List<Double> series() {
        List<Double> values = new ArrayList<>(ProcessReadingTest.alternate(10, 12, 10));
        values.addAll(ProcessReadingTest.alternate(4, 6, 10));
        return values;
    }
}
