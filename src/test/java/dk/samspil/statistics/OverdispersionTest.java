package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Over-dispersion (Spiegelhalter 2005) on a worked example of ten units around a target share of
 * 0.2, computed by hand (and checked with python3):
 * <pre>
 *   unit  events/n   z = (p − 0.2)/√(0.16/n)
 *    1    30/100      2.5
 *    2    12/100     −2.0
 *    3    50/200      1.767767
 *    4    20/200     −3.535534
 *    5     9/25       2.0
 *    6     2/25      −1.5
 *    7    45/150      3.061862
 *    8    20/150     −2.041241
 *    9    70/400     −1.25
 *   10   100/400      2.5
 * </pre>
 * Sorted, the type-7 10th percentile is at h = 9 · 0.1 = 0.9: −3.535534 + 0.9 · (−2.041241 + 3.535534)
 * = −2.190671; the 90th at h = 8.1: 2.5 + 0.1 · (3.061862 − 2.5) = 2.556186. Winsorised, unit 4
 * becomes −2.190671 and unit 7 becomes 2.556186, and φ = Σz²/10 = (6.25 + 4 + 3.125 + 4.799038 + 4
 * + 2.25 + 6.534088 + 4.166667 + 1.5625 + 6.25)/10 = 4.293729 (unwinsorised it would be 5.347917).
 */
class OverdispersionTest {

    private static final Offset<Double> CLOSE = within(1e-6);
    private static final long[][] UNITS = {{30, 100}, {12, 100}, {50, 200}, {20, 200}, {9, 25}, {2, 25}, {45, 150},
            {20, 150}, {70, 400}, {100, 400}};

    private static List<Double> zScores(FunnelPlot funnel) {
        return java.util.Arrays.stream(UNITS).map(u -> funnel.zScore((double) u[0] / u[1], u[1])).toList();
    }

    @Test
    void z_scores_are_distances_from_the_target_in_standard_errors() {
        List<Double> z = zScores(FunnelPlot.forProportions(0.2));

        assertThat(z.get(0)).isCloseTo(2.5, CLOSE);
        assertThat(z.get(3)).isCloseTo(-3.535534, CLOSE);
        assertThat(z.get(6)).isCloseTo(3.061862, CLOSE);
        assertThat(FunnelPlot.forRates(0.5).zScore(0.5, 10)).isZero();
    }

    @Test
    void phi_is_the_mean_square_of_the_z_scores_winsorised_at_10_and_90_percent() {
        Overdispersion overdispersion = Overdispersion.estimate(zScores(FunnelPlot.forProportions(0.2)));

        assertThat(overdispersion.phi()).isCloseTo(4.293729, CLOSE);
        assertThat(overdispersion.units()).isEqualTo(10);
        assertThat(overdispersion.present()).isTrue();
        assertThat(overdispersion.inflation()).isCloseTo(2.072132, CLOSE);
    }

    @Test
    void the_inflated_funnel_is_sqrt_phi_times_as_wide_and_keeps_a_unit_inside_that_plain_limits_put_outside() {
        FunnelPlot plain = FunnelPlot.forProportions(0.2);
        FunnelPlot adjusted = plain.inflatedBy(Overdispersion.estimate(zScores(plain)));

        // n = 100: 0.04 · 2.072132 = 0.082885; 1.96 · it = 0.162455; 3.09 · it = 0.256115 (lower clipped at 0).
        FunnelLimits limits = adjusted.limitsAt(100);
        assertThat(limits.limits95().lower()).isCloseTo(0.037545, CLOSE);
        assertThat(limits.limits95().upper()).isCloseTo(0.362455, CLOSE);
        assertThat(limits.limits998().lower()).isZero();
        assertThat(limits.limits998().upper()).isCloseTo(0.456115, CLOSE);
        // unit 4, 20/200 (z = −3.54): outside the plain 99.8 % funnel; adjusted, −3.54/2.07 = −1.71 is within 95 %
        assertThat(plain.limitsAt(200).zoneOf(0.1)).isEqualTo(FunnelZone.BEYOND_99_8);
        assertThat(adjusted.limitsAt(200).zoneOf(0.1)).isEqualTo(FunnelZone.WITHIN_95);
        assertThat(adjusted.target()).isEqualTo(0.2);
    }

    @Test
    void limits_are_never_narrowed_when_the_units_vary_less_than_chance() {
        Overdispersion underdispersed = Overdispersion.estimate(List.of(0.5, -0.5, 0.2, -0.1));
        FunnelPlot plain = FunnelPlot.forRates(0.5);

        assertThat(underdispersed.phi()).isLessThan(1);
        assertThat(underdispersed.present()).isFalse();
        assertThat(plain.inflatedBy(underdispersed).limitsAt(50).limits95().upper())
                .isCloseTo(plain.limitsAt(50).limits95().upper(), CLOSE);
        assertThat(Overdispersion.estimate(List.of())).isEqualTo(Overdispersion.NONE);
    }

    @Test
    void z_scores_must_be_finite() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Overdispersion.estimate(List.of(1.0, Double.POSITIVE_INFINITY)));
    }
}
