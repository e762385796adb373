package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/**
 * The two icons on series worked by hand. The steady series alternates 10, 12, …: x̄ = 11,
 * MR̄ = 2, limits 11 ± 2.66 · 2 = 5.68 … 16.32; around the median 11 it crosses every month, so no
 * Anhøj rule fires.
 */
class ProcessReadingTest {

    private static final List<Double> STEADY = alternate(10, 12, 12);

    @Test
    void the_steady_series_has_the_hand_worked_limits_and_common_cause_variation() {
        ProcessReading reading = ProcessReading.of(STEADY, Direction.HIGHER_IS_BETTER, OptionalDouble.empty());
        assertThat(reading.mean()).isCloseTo(11, offset(1e-9));
        assertThat(reading.limits().lower()).isCloseTo(5.68, offset(1e-9));
        assertThat(reading.limits().upper()).isCloseTo(16.32, offset(1e-9));
        assertThat(reading.variation()).isEqualTo(Variation.COMMON_CAUSE);
        assertThat(reading.assurance()).isEqualTo(Assurance.NO_TARGET);
    }

    @Test
    void higher_is_better_a_target_below_the_lower_limit_will_be_met() {
        assertThat(assurance(Direction.HIGHER_IS_BETTER, 5)).isEqualTo(Assurance.WILL_MEET);
    }

    @Test
    void higher_is_better_a_target_above_the_upper_limit_will_be_missed() {
        assertThat(assurance(Direction.HIGHER_IS_BETTER, 17)).isEqualTo(Assurance.WILL_MISS);
    }

    @Test
    void a_target_between_the_limits_may_be_met_or_missed_either_way_round() {
        assertThat(assurance(Direction.HIGHER_IS_BETTER, 11)).isEqualTo(Assurance.MAY_MEET_OR_MISS);
        assertThat(assurance(Direction.LOWER_IS_BETTER, 11)).isEqualTo(Assurance.MAY_MEET_OR_MISS);
        // on a limit is inside: strictly beyond is needed for either sure answer
        assertThat(assurance(Direction.HIGHER_IS_BETTER, 5.68)).isEqualTo(Assurance.MAY_MEET_OR_MISS);
    }

    @Test
    void lower_is_better_mirrors_the_limits() {
        assertThat(assurance(Direction.LOWER_IS_BETTER, 17)).isEqualTo(Assurance.WILL_MEET);
        assertThat(assurance(Direction.LOWER_IS_BETTER, 5)).isEqualTo(Assurance.WILL_MISS);
    }

    @Test
    void a_neutral_indicator_or_a_missing_target_gives_no_assurance() {
        assertThat(assurance(Direction.NEUTRAL, 5)).isEqualTo(Assurance.NO_TARGET);
        assertThat(ProcessReading.of(STEADY, Direction.LOWER_IS_BETTER, OptionalDouble.empty()).assurance())
                .isEqualTo(Assurance.NO_TARGET);
    }

    /**
     * Six months at 10/12, then six at 20/22: median 16, two runs of six, one crossing — fewer than
     * the 3 the rules expect at 12 useful points, so a shift, dated from the newer run, above the
     * median. x̄ = 16, MR̄ = (10 · 2 + 8)/11 = 28/11, limits 16 ± 6.77: no point beyond them.
     */
    @Test
    void a_shift_upwards_is_improving_when_higher_is_better_and_concerning_when_lower_is() {
        List<Double> shift = new ArrayList<>(alternate(10, 12, 6));
        shift.addAll(alternate(20, 22, 6));
        assertThat(ProcessReading.of(shift, Direction.HIGHER_IS_BETTER, OptionalDouble.empty()).variation())
                .isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
        assertThat(ProcessReading.of(shift, Direction.LOWER_IS_BETTER, OptionalDouble.empty()).variation())
                .isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(ProcessReading.of(shift, Direction.NEUTRAL, OptionalDouble.empty()).variation())
                .isEqualTo(Variation.SPECIAL_CAUSE_NEUTRAL);
        assertThat(ProcessReading.of(shift, Direction.HIGHER_IS_BETTER, OptionalDouble.empty()).limits().upper())
                .isCloseTo(16 + 2.66 * 28 / 11, offset(1e-9));
    }

    /**
     * Eleven months at 10/12 and then 40: x̄ = 160/12, MR̄ = 50/11, upper limit 13.33 + 12.09 =
     * 25.42, and 40 lies beyond it. The median 11 is crossed every month: only the limits signal.
     */
    @Test
    void a_latest_point_above_the_upper_limit_is_concerning_when_lower_is_better() {
        List<Double> series = new ArrayList<>(alternate(10, 12, 11));
        series.add(40.0);
        ProcessReading reading = ProcessReading.of(series, Direction.LOWER_IS_BETTER, OptionalDouble.empty());
        assertThat(reading.limits().upper()).isCloseTo(160.0 / 12 + 2.66 * 50 / 11, offset(1e-9));
        assertThat(RunChart.analyse(series).signal()).isFalse();
        assertThat(reading.variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
        assertThat(ProcessReading.of(series, Direction.HIGHER_IS_BETTER, OptionalDouble.empty()).variation())
                .isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
    }

    /** Eleven months at 20/22 and then 0: lower limit 230/12 − 2.66 · 40/11 = 9.49, and 0 is below it. */
    @Test
    void a_latest_point_below_the_lower_limit_is_improving_when_lower_is_better() {
        List<Double> series = new ArrayList<>(alternate(20, 22, 11));
        series.add(0.0);
        ProcessReading reading = ProcessReading.of(series, Direction.LOWER_IS_BETTER, OptionalDouble.empty());
        assertThat(reading.limits().lower()).isCloseTo(230.0 / 12 - 2.66 * 40 / 11, offset(1e-9));
        assertThat(reading.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVING);
        assertThat(ProcessReading.of(series, Direction.HIGHER_IS_BETTER, OptionalDouble.empty()).variation())
                .isEqualTo(Variation.SPECIAL_CAUSE_CONCERNING);
    }

    @Test
    void missing_months_are_left_out_and_one_figure_is_too_few() {
        List<Double> gaps = new ArrayList<>(STEADY);
        gaps.add(3, null);
        assertThat(ProcessReading.of(gaps, Direction.HIGHER_IS_BETTER, OptionalDouble.of(5)).assurance())
                .isEqualTo(Assurance.WILL_MEET);
        java.util.List<Double> one = new ArrayList<>();
        one.add(null);
        one.add(4.0);
        ProcessReading reading = ProcessReading.of(one, Direction.HIGHER_IS_BETTER, OptionalDouble.of(5));
        assertThat(reading.variation()).isEqualTo(Variation.TOO_FEW_POINTS);
        assertThat(reading.assurance()).isEqualTo(Assurance.TOO_FEW_POINTS);
    }

    /** The same spike of 40, but as the first month: it is history, not the state of the process now. */
    @Test
    void an_old_point_beyond_the_limits_gives_no_special_cause() {
        List<Double> series = new ArrayList<>(List.of(40.0));
        series.addAll(alternate(10, 12, 11));
        ProcessReading reading = ProcessReading.of(series, Direction.LOWER_IS_BETTER, OptionalDouble.empty());
        assertThat(reading.limits().contains(40)).isFalse();
        assertThat(reading.variation()).isEqualTo(Variation.COMMON_CAUSE);
    }

    private static Assurance assurance(Direction direction, double target) {
        return ProcessReading.of(STEADY, direction, OptionalDouble.of(target)).assurance();
    }

    static List<Double> alternate(double first, double second, int months) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            values.add(i % 2 == 0 ? first : second);
        }
        return values;
    }
}
