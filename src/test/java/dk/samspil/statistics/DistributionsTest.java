package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The distribution functions behind the intervals, against printed tables and closed forms. */
class DistributionsTest {

    /** Two-sided 95 % critical values of Student's t as printed in statistical tables (3 decimals). */
    @ParameterizedTest(name = "{0} degrees of freedom: t = {1}")
    @CsvSource(textBlock = """
            1, 12.706
            2, 4.303
            3, 3.182
            4, 2.776
            5, 2.571
            9, 2.262
            10, 2.228
            20, 2.086
            30, 2.042
            120, 1.980
            """)
    void the_t_quantile_matches_the_printed_table(int degreesOfFreedom, double tabulated) {
        assertThat(Distributions.studentTQuantile(degreesOfFreedom, 0.95)).isCloseTo(tabulated, within(0.0005));
    }

    @Test
    void the_t_coverage_has_closed_forms_for_one_and_two_degrees_of_freedom() {
        // ν = 1 (Cauchy): P(|T| ≤ 1) = 2/π · atan(1) = 0.5.
        assertThat(Distributions.studentTCoverage(1, 1)).isCloseTo(0.5, within(1e-12));
        // ν = 2: P(|T| ≤ t) = t/√(2 + t²); t = 2 gives 2/√6 = 0.8164966.
        assertThat(Distributions.studentTCoverage(2, 2)).isCloseTo(0.8164966, within(1e-7));
    }

    @Test
    void the_poisson_cdf_sums_the_probabilities_up_to_the_count() {
        // λ = 2: P(X ≤ 2) = e^−2 (1 + 2 + 2) = 5 · 0.1353353 = 0.6766764.
        assertThat(Distributions.poissonCdf(2, 2)).isCloseTo(0.6766764, within(1e-7));
        // λ = 1000, where e^−λ alone underflows: normal approximation with continuity correction,
        // Φ(0.5/√1000) = Φ(0.0158114) = 0.5063076, plus the skewness (Edgeworth) term
        // φ(z) · (1/√λ)/6 · (1 − z²) = 0.3988924 · 0.0052705 · 0.99975 = 0.0021018 → 0.5084094.
        assertThat(Distributions.poissonCdf(1000, 1000)).isCloseTo(0.5084094, within(1e-5));
    }

    @Test
    void log_factorials_agree_on_both_sides_of_the_switch_to_stirlings_series() {
        // 10! = 3 628 800.
        assertThat(Distributions.logFactorial(10)).isCloseTo(Math.log(3_628_800), within(1e-12));
        assertThat(Distributions.logFactorial(0)).isZero();
        for (long n : new long[] {49, 50, 51, 200}) {
            double summed = 0;
            for (long i = 2; i <= n; i++) {
                summed += Math.log(i);
            }
            assertThat(Distributions.logFactorial(n)).as("ln(%d!)", n).isCloseTo(summed, within(1e-10));
        }
    }
}
