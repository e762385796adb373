package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** P, U and I limits against small examples worked by hand. */
class ControlChartsTest {

    private static final Offset<Double> CLOSE = within(1e-6);

    private static void assertLimits(ControlPoint point, double lower, double upper) {
        assertThat(point.limits().lower()).isCloseTo(lower, CLOSE);
        assertThat(point.limits().upper()).isCloseTo(upper, CLOSE);
    }

    @Test
    void p_chart_limits_widen_for_small_denominators_and_stop_at_zero() {
        // Counts 1/10, 1/25, 2/25, 16/40: p̄ = 20/100 = 0.2, p̄(1 − p̄) = 0.16.
        ControlChart chart = ControlCharts.p(List.of(
                new Subgroup(1, 10), new Subgroup(1, 25), new Subgroup(2, 25), new Subgroup(16, 40)));

        assertThat(chart.centre()).isCloseTo(0.2, CLOSE);
        assertThat(chart.values()).containsExactly(0.1, 0.04, 0.08, 0.4);
        // n = 10: 3√(0.16/10) = 3 · 0.1264911 = 0.3794733 → [0.2 − 0.379 clipped to 0, 0.5794733]
        assertLimits(chart.points().get(0), 0, 0.5794733);
        // n = 25: 3√(0.16/25) = 3 · 0.08 = 0.24 → [−0.04 clipped to 0, 0.44]
        assertLimits(chart.points().get(1), 0, 0.44);
        // n = 40: 3√(0.16/40) = 3 · 0.0632456 = 0.1897367 → [0.0102633, 0.3897367]; 0.4 is above.
        assertLimits(chart.points().get(3), 0.0102633, 0.3897367);
        assertThat(chart.indicesOutsideLimits()).containsExactly(3);
        assertThat(chart.anyOutsideLimits()).isTrue();
    }

    @Test
    void p_chart_upper_limits_stop_at_one() {
        // Counts 9/10, 9/10: p̄ = 0.9; 3√(0.9 · 0.1/10) = 3 · 0.0948683 = 0.2846050.
        ControlChart chart = ControlCharts.p(List.of(new Subgroup(9, 10), new Subgroup(9, 10)));

        assertLimits(chart.points().get(0), 0.6153950, 1);
        assertThat(chart.anyOutsideLimits()).isFalse();
    }

    @Test
    void a_proportion_cannot_count_more_cases_than_its_denominator() {
        assertThatIllegalArgumentException().isThrownBy(() -> ControlCharts.p(List.of(new Subgroup(11, 10))));
    }

    @Test
    void u_chart_limits_follow_the_exposure_and_stop_at_zero_below() {
        // Admissions 2 in 10, 0 in 20, 38 in 50 case-months: ū = 40/80 = 0.5.
        ControlChart chart = ControlCharts.u(List.of(new Subgroup(2, 10), new Subgroup(0, 20), new Subgroup(38, 50)));

        assertThat(chart.centre()).isCloseTo(0.5, CLOSE);
        // n = 10: 3√(0.5/10) = 3 · 0.2236068 = 0.6708204 → [−0.17 clipped to 0, 1.1708204]
        assertLimits(chart.points().get(0), 0, 1.1708204);
        // n = 20: 3√(0.5/20) = 3 · 0.1581139 = 0.4743416 → [0.0256584, 0.9743416]; 0 is below.
        assertLimits(chart.points().get(1), 0.0256584, 0.9743416);
        // n = 50: 3√(0.5/50) = 3 · 0.1 = 0.3 → [0.2, 0.8]; 38/50 = 0.76 is inside.
        assertLimits(chart.points().get(2), 0.2, 0.8);
        assertThat(chart.indicesOutsideLimits()).containsExactly(1);
    }

    @Test
    void i_chart_limits_are_the_mean_plus_minus_2_66_mean_moving_ranges() {
        // Mean (5 + 7 + 6 + 9 + 8)/5 = 7; moving ranges 2, 1, 3, 1, mean 1.75; 2.66 · 1.75 = 4.655.
        ControlChart chart = ControlCharts.individuals(List.of(5.0, 7.0, 6.0, 9.0, 8.0));

        assertThat(chart.centre()).isCloseTo(7, CLOSE);
        assertThat(chart.points()).allSatisfy(point -> assertLimits(point, 2.345, 11.655));
        assertThat(chart.anyOutsideLimits()).isFalse();
    }

    @Test
    void an_i_chart_flags_a_value_beyond_its_limits() {
        // Mean 60/5 = 12; moving ranges 0, 0, 0, 10, mean 2.5; 2.66 · 2.5 = 6.65 → [5.35, 18.65].
        ControlChart chart = ControlCharts.individuals(List.of(10.0, 10.0, 10.0, 10.0, 20.0));

        assertLimits(chart.points().get(0), 5.35, 18.65);
        assertThat(chart.indicesOutsideLimits()).containsExactly(4);
    }

    @Test
    void an_i_chart_needs_two_values_to_have_a_moving_range() {
        assertThatIllegalArgumentException().isThrownBy(() -> ControlCharts.individuals(List.of(5.0)));
    }
}
