package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Funnel limits (z = 1.96 and 3.09) against values worked by hand. */
class FunnelPlotTest {

    private static final Offset<Double> CLOSE = within(1e-6);

    private static void assertLimits(Limits limits, double lower, double upper) {
        assertThat(limits.lower()).isCloseTo(lower, CLOSE);
        assertThat(limits.upper()).isCloseTo(upper, CLOSE);
    }

    @Test
    void proportion_funnels_narrow_as_the_number_of_cases_grows() {
        FunnelPlot funnel = FunnelPlot.forProportions(0.2);

        // n = 25: √(0.2 · 0.8/25) = 0.08; 1.96 · 0.08 = 0.1568; 3.09 · 0.08 = 0.2472 (lower clipped at 0).
        FunnelLimits small = funnel.limitsAt(25);
        assertLimits(small.limits95(), 0.0432, 0.3568);
        assertLimits(small.limits998(), 0, 0.4472);
        // n = 100: √(0.16/100) = 0.04; 1.96 · 0.04 = 0.0784; 3.09 · 0.04 = 0.1236.
        FunnelLimits large = funnel.limitsAt(100);
        assertLimits(large.limits95(), 0.1216, 0.2784);
        assertLimits(large.limits998(), 0.0764, 0.3236);
        assertThat(large.denominator()).isEqualTo(100);
        assertThat(funnel.target()).isEqualTo(0.2);
    }

    @Test
    void only_a_value_beyond_the_99_8_percent_funnel_is_different() {
        FunnelLimits limits = FunnelPlot.forProportions(0.2).limitsAt(100);

        // 95 %: [0.1216, 0.2784]; 99.8 %: [0.0764, 0.3236].
        assertThat(limits.zoneOf(0.25)).isEqualTo(FunnelZone.WITHIN_95);
        assertThat(limits.zoneOf(0.30)).isEqualTo(FunnelZone.BETWEEN_95_AND_99_8);
        assertThat(limits.zoneOf(0.10)).isEqualTo(FunnelZone.BETWEEN_95_AND_99_8);
        assertThat(limits.zoneOf(0.35)).isEqualTo(FunnelZone.BEYOND_99_8);
        assertThat(limits.zoneOf(0.05)).isEqualTo(FunnelZone.BEYOND_99_8);
        assertThat(limits.zoneOf(0.30).different()).isFalse();
        assertThat(limits.zoneOf(0.35).different()).isTrue();
    }

    @Test
    void proportion_funnels_stop_at_one() {
        // Target 0.9 at n = 10: √(0.9 · 0.1/10) = 0.0948683; 3.09 · 0.0948683 = 0.2931431.
        FunnelLimits limits = FunnelPlot.forProportions(0.9).limitsAt(10);

        assertLimits(limits.limits998(), 0.6068569, 1);
    }

    @Test
    void rate_funnels_follow_the_exposure_and_stop_at_zero() {
        FunnelPlot funnel = FunnelPlot.forRates(0.5);

        // 50 case-months: √(0.5/50) = 0.1; 1.96 · 0.1 = 0.196; 3.09 · 0.1 = 0.309.
        assertLimits(funnel.limitsAt(50).limits95(), 0.304, 0.696);
        assertLimits(funnel.limitsAt(50).limits998(), 0.191, 0.809);
        // 5 case-months: √(0.5/5) = 0.3162278; 1.96 · it = 0.6198064; 3.09 · it = 0.9771438.
        assertLimits(funnel.limitsAt(5).limits95(), 0, 1.1198064);
        assertLimits(funnel.limitsAt(5).limits998(), 0, 1.4771438);
    }

    @Test
    void mean_funnels_use_the_standard_deviation_of_individual_scores() {
        // Target 60, σ = 20, 16 respondents: 20/√16 = 5; 1.96 · 5 = 9.8; 3.09 · 5 = 15.45.
        FunnelLimits limits = FunnelPlot.forMeans(60, 20).limitsAt(16);

        assertLimits(limits.limits95(), 50.2, 69.8);
        assertLimits(limits.limits998(), 44.55, 75.45);
    }

    @Test
    void a_funnel_needs_a_target_it_can_reach_and_a_positive_denominator() {
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelPlot.forProportions(1.2));
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelPlot.forRates(-0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelPlot.forMeans(60, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelPlot.forRates(0.5).limitsAt(0));
    }
}
