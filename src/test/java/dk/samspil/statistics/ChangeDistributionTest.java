package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Before/after per case, summarised as a distribution, against values worked by hand. */
class ChangeDistributionTest {

    @Test
    void five_cases_give_counts_quartiles_and_a_mean_change_with_its_interval() {
        ChangeDistribution distribution = ChangeDistribution.of(List.of(
                new BeforeAfter(4, 1), new BeforeAfter(2, 2), new BeforeAfter(3, 5), new BeforeAfter(6, 0),
                new BeforeAfter(1, 0)));

        // Changes −3, 0, 2, −6, −1; sorted −6, −3, −1, 0, 2: quartiles at positions 1, 2, 3 (type 7).
        assertThat(distribution.changes()).containsExactly(-3.0, 0.0, 2.0, -6.0, -1.0);
        assertThat(distribution.fell()).isEqualTo(3);
        assertThat(distribution.unchanged()).isEqualTo(1);
        assertThat(distribution.rose()).isEqualTo(1);
        assertThat(distribution.minimum()).isEqualTo(-6);
        assertThat(distribution.lowerQuartile()).isEqualTo(-3);
        assertThat(distribution.median()).isEqualTo(-1);
        assertThat(distribution.upperQuartile()).isEqualTo(0);
        assertThat(distribution.maximum()).isEqualTo(2);
        // Mean −8/5 = −1.6; Σ(d − d̄)² = 1.96 + 2.56 + 12.96 + 19.36 + 0.36 = 37.2, s = √(37.2/4) = 3.0495901;
        // t(0.975; 4) = 2.7764451; half-width 2.7764451 · 3.0495901/√5 = 3.7865663.
        Interval mean = distribution.meanChange().orElseThrow();
        assertThat(mean.estimate()).isCloseTo(-1.6, within(1e-9));
        assertThat(mean.lower()).isCloseTo(-5.3865663, within(1e-6));
        assertThat(mean.upper()).isCloseTo(2.1865663, within(1e-6));
    }

    @Test
    void quartiles_interpolate_between_cases() {
        ChangeDistribution distribution = ChangeDistribution.of(List.of(
                new BeforeAfter(0, 8), new BeforeAfter(0, 1), new BeforeAfter(0, 4), new BeforeAfter(0, 2)));

        // Sorted 1, 2, 4, 8: Q1 at position 0.75 → 1 + 0.75 · 1 = 1.75; median (2 + 4)/2 = 3;
        // Q3 at position 2.25 → 4 + 0.25 · 4 = 5.
        assertThat(distribution.lowerQuartile()).isEqualTo(1.75);
        assertThat(distribution.median()).isEqualTo(3);
        assertThat(distribution.upperQuartile()).isEqualTo(5);
    }

    @Test
    void a_single_case_has_a_distribution_but_no_interval() {
        ChangeDistribution distribution = ChangeDistribution.of(List.of(new BeforeAfter(3, 1)));

        assertThat(distribution.median()).isEqualTo(-2);
        assertThat(distribution.meanChange()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> ChangeDistribution.of(List.of()));
    }
}
