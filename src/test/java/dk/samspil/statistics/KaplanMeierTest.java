package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import dk.samspil.statistics.KaplanMeier.Observation;
import org.junit.jupiter.api.Test;

/** Issue 12, defect 5: waits with cases still waiting, against a hand-worked estimate. */
class KaplanMeierTest {

    private static Observation met(double days) {
        return new Observation(days, true);
    }

    private static Observation waiting(double days) {
        return new Observation(days, false);
    }

    @Test
    void a_hand_worked_example_with_cases_still_waiting() {
        // 8 cases: met after 5, 10, 10, 20, 30 days; still waiting after 12, 25 and 40 days.
        // t=5:  8 at risk, 1 met -> S = 7/8 = 0.875
        // t=10: 7 at risk, 2 met -> S = 0.875 · 5/7 = 0.625
        // (12 censored: 4 at risk after)
        // t=20: 4 at risk, 1 met -> S = 0.625 · 3/4 = 0.46875  <- first ≤ 0.5: the median is 20
        // (25 censored) t=30: 2 at risk, 1 met -> S = 0.234375
        KaplanMeier km = KaplanMeier.estimate(List.of(met(10), waiting(12), met(5), met(20), waiting(25), met(10),
                met(30), waiting(40)));
        assertThat(km.steps()).extracting(KaplanMeier.Step::time).containsExactly(5.0, 10.0, 20.0, 30.0);
        assertThat(km.steps()).extracting(KaplanMeier.Step::survival).containsExactly(0.875, 0.625, 0.46875, 0.234375);
        assertThat(km.median()).hasValue(20);
        assertThat(km.cases()).isEqualTo(8);
        assertThat(km.censored()).isEqualTo(3);
    }

    @Test
    void leaving_the_waiting_cases_out_makes_the_wait_look_shorter() {
        // the old figure: the mean of the met only; here the median of the met alone would be 10
        List<Observation> all = List.of(met(4), met(10), waiting(30), waiting(30), waiting(30));
        assertThat(KaplanMeier.estimate(all).median()).as("3 of 5 still waiting: the median is not reached").isEmpty();
        assertThat(KaplanMeier.estimate(all.subList(0, 2)).median()).hasValue(7);
    }

    @Test
    void a_survival_of_exactly_one_half_takes_the_midpoint_to_the_next_event_and_a_case_censored_at_an_event_time_is_at_risk() {
        // 4 cases: met at 2 and 6, 8; t=2: S = 3/4; t=6: S = 3/4 · 2/3 = 0.5 -> median (6 + 8) / 2 = 7
        assertThat(KaplanMeier.estimate(List.of(met(2), met(6), met(8), waiting(9))).median()).hasValue(7);
        // censored at 3 together with an event at 3: both at risk at 3 -> S(3) = 1/2 · ... = (1 − 1/2)
        KaplanMeier tied = KaplanMeier.estimate(List.of(met(3), waiting(3)));
        assertThat(tied.steps().getFirst().survival()).isCloseTo(0.5, within(1e-12));
        assertThat(KaplanMeier.estimate(List.of()).median()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new Observation(-1, true));
    }
}
