package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Anhøj critical values against the published tables. */
class AnhojRulesTest {

    /**
     * qicharts2 vignette, Appendix 2 "Critical values for longest run and number of crossings"
     * (Anhøj 2017), copied row by row for 10–40 useful observations, then a few of the same table's
     * rows beyond 40.
     */
    @ParameterizedTest(name = "{0} useful observations: longest run > {1}, crossings < {2}")
    @CsvSource(textBlock = """
            # useful observations, longest run limit, crossings limit
            10, 6, 2
            11, 6, 2
            12, 7, 3
            13, 7, 3
            14, 7, 4
            15, 7, 4
            16, 7, 4
            17, 7, 5
            18, 7, 5
            19, 7, 6
            20, 7, 6
            21, 7, 6
            22, 7, 7
            23, 8, 7
            24, 8, 8
            25, 8, 8
            26, 8, 8
            27, 8, 9
            28, 8, 9
            29, 8, 10
            30, 8, 10
            31, 8, 11
            32, 8, 11
            33, 8, 11
            34, 8, 12
            35, 8, 12
            36, 8, 13
            37, 8, 13
            38, 8, 14
            39, 8, 14
            40, 8, 14
            # beyond 40, from the same table
            48, 9, 18
            60, 9, 23
            72, 9, 29
            100, 10, 41
            """)
    void the_limits_match_the_published_table(int useful, int longestRun, int crossings) {
        assertThat(AnhojRules.longestRunLimit(useful)).isEqualTo(longestRun);
        assertThat(AnhojRules.crossingsLimit(useful)).isEqualTo(crossings);
    }

    @Test
    void the_crossings_limit_is_the_smallest_count_whose_cumulative_probability_reaches_five_percent() {
        // Binomial(9, 0.5), 2^9 = 512: P(X ≤ 1) = (1 + 9)/512 = 0.0195 < 0.05,
        // P(X ≤ 2) = (1 + 9 + 36)/512 = 0.0898 ≥ 0.05, so the quantile is 2 (the limit for n = 10).
        assertThat(AnhojRules.fairCoinQuantile(9, new BigDecimal("0.05"))).isEqualTo(2);
        // Binomial(4, 0.5), 2^4 = 16: P(X ≤ 1) = 5/16 < 0.5, P(X ≤ 2) = 11/16 ≥ 0.5.
        assertThat(AnhojRules.fairCoinQuantile(4, new BigDecimal("0.5"))).isEqualTo(2);
    }

    @Test
    void a_cumulative_probability_exactly_at_the_quantile_counts_as_reaching_it() {
        // Binomial(2, 0.5): P(X ≤ 0) = 1/4 exactly, and R's qbinom(0.25, 2, 0.5) is 0.
        assertThat(AnhojRules.fairCoinQuantile(2, new BigDecimal("0.25"))).isZero();
    }

    @Test
    void a_single_useful_observation_has_limits_and_none_has_not() {
        // round(log2(1) + 3) = 3; Binomial(0, 0.5) is always 0.
        assertThat(AnhojRules.longestRunLimit(1)).isEqualTo(3);
        assertThat(AnhojRules.crossingsLimit(1)).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> AnhojRules.longestRunLimit(0));
        assertThatIllegalArgumentException().isThrownBy(() -> AnhojRules.crossingsLimit(0));
    }
}
