package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Wilson, exact Poisson and t intervals against hand-computed and tabulated values. */
class IntervalsTest {

    private static final Offset<Double> CLOSE = within(1e-6);

    private static void assertInterval(Interval interval, double lower, double estimate, double upper) {
        assertThat(interval.lower()).isCloseTo(lower, CLOSE);
        assertThat(interval.estimate()).isCloseTo(estimate, CLOSE);
        assertThat(interval.upper()).isCloseTo(upper, CLOSE);
    }

    @Test
    void wilson_interval_for_three_of_ten() {
        // p = 0.3, z² = 3.8416, 1 + z²/n = 1.38416; centre (0.3 + 0.19208)/1.38416 = 0.3555080;
        // half-width 1.96/1.38416 · √(0.021 + 0.009604) = 1.4160213 · 0.1749400 = 0.2477187.
        assertInterval(Intervals.wilson(3, 10), 0.1077893, 0.3, 0.6032268);
    }

    @Test
    void wilson_interval_for_none_or_all_of_ten_stays_within_zero_and_one() {
        // p = 0: the interval is [0, (z²/n)/(1 + z²/n)] = [0, 0.38416/1.38416] = [0, 0.2775402].
        assertInterval(Intervals.wilson(0, 10), 0, 0, 0.2775402);
        // p = 1 mirrors it: [1 − 0.2775402, 1].
        assertInterval(Intervals.wilson(10, 10), 0.7224598, 1, 1);
    }

    @Test
    void wilson_needs_a_count_within_its_trials() {
        assertThatIllegalArgumentException().isThrownBy(() -> Intervals.wilson(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Intervals.wilson(5, 4));
    }

    @Test
    void exact_poisson_interval_for_no_event_and_one_event() {
        // 0 events: upper λ with e^−λ = 0.025, λ = −ln 0.025 = 3.6888795.
        assertInterval(Intervals.poisson(0, 1), 0, 0, 3.6888795);
        // 1 event: lower λ with 1 − e^−λ = 0.025, λ = −ln 0.975 = 0.0253178;
        // upper λ with e^−λ(1 + λ) = 0.025, λ = 5.5716434 (= χ²(0.975; 4)/2).
        assertInterval(Intervals.poisson(1, 1), 0.0253178, 1, 5.5716434);
    }

    @Test
    void exact_poisson_interval_for_a_rate_divides_by_the_exposure() {
        // Garwood limits for 5 events: 1.6234864 and 11.6683321 (χ²(0.025; 10)/2, χ²(0.975; 12)/2);
        // over 20 case-months: 0.0811743, 0.25, 0.5834166.
        assertInterval(Intervals.poisson(5, 20), 0.0811743, 0.25, 0.5834166);
        // 10 events: 4.7953887 and 18.3903560.
        assertInterval(Intervals.poisson(10, 1), 4.7953887, 10, 18.3903560);
    }

    @Test
    void t_interval_for_the_mean_of_eight_values() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, s = √(32/7) = 2.1380899;
        // t(0.975; 7) = 2.3646243; half-width 2.3646243 · 2.1380899/√8 = 1.7874879.
        assertInterval(Intervals.mean(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0)), 3.2125121, 5, 6.7874879);
    }

    @Test
    void t_interval_for_a_mean_read_from_a_summary() {
        // Mean 50, s = 10, n = 10: t(0.975; 9) = 2.2621572; half-width 2.2621572 · 10/√10 = 7.1535691.
        assertInterval(Intervals.mean(50, 10, 10), 42.8464309, 50, 57.1535691);
    }

    @Test
    void t_interval_for_a_mean_kept_as_sums_is_the_one_of_its_values() {
        // the same eight values as above: n = 8, Σx = 40, Σx² = 4 + 3·16 + 2·25 + 49 + 81 = 232,
        // s² = (232 − 8·25) / 7 = 32/7
        assertInterval(Intervals.meanOfSums(8, 40, 232), 3.2125121, 5, 6.7874879);
    }

    @Test
    void equal_values_kept_as_sums_give_a_zero_width_interval() {
        // 1/3 three times: rounding can make Σx² − n·x̄² a hair below zero
        assertInterval(Intervals.meanOfSums(3, 1.0, 3 * (1.0 / 3) * (1.0 / 3)), 1.0 / 3, 1.0 / 3, 1.0 / 3);
    }

    @Test
    void a_mean_needs_two_values_for_an_interval() {
        assertThatIllegalArgumentException().isThrownBy(() -> Intervals.mean(List.of(3.0)));
        assertThatIllegalArgumentException().isThrownBy(() -> Intervals.mean(50, 10, 1));
    }

    @Test
    void overlapping_intervals_cannot_be_ranked_apart() {
        Interval low = new Interval(0.1, 0.2, 0.3);

        assertThat(low.overlaps(new Interval(0.3, 0.4, 0.5))).isTrue();
        assertThat(low.overlaps(new Interval(0.31, 0.4, 0.5))).isFalse();
        assertThat(low.contains(0.3)).isTrue();
        assertThat(low.contains(0.05)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Interval(0.3, 0.2, 0.4));
    }
}
