package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Issue 12, defect 3: the ranking's bar is the funnel's 95 % limits carried to the municipality's figure. */
class FunnelIntervalTest {

    @Test
    void a_hand_worked_rate_the_bar_misses_the_target_exactly_when_the_funnel_puts_the_value_outside() {
        // target 0.1 per case-month, 100 case-months, φ = 4 (inflation 2): se = 2·√(0.1/100) = 0.063246,
        // 95 % limits 0.1 ± 1.96·0.063246 = [0 (cut from −0.02396), 0.22396]
        FunnelLimits limits = FunnelPlot.forRates(0.1).inflatedBy(new Overdispersion(4, 22)).limitsAt(100);
        assertThat(limits.limits95().upper()).isCloseTo(0.1 + 1.96 * 2 * Math.sqrt(0.001), within(1e-3));
        Interval inside = limits.interval95Around(0.2, 0.1, 0);
        assertThat(inside.lower()).isCloseTo(0.2 - (limits.limits95().upper() - 0.1), within(1e-12));
        assertThat(inside.upper()).isCloseTo(0.2 + 0.1, within(1e-12));
        assertThat(inside.contains(0.1)).isTrue();
        assertThat(limits.zoneOf(0.2)).isEqualTo(FunnelZone.WITHIN_95);

        Interval outside = limits.interval95Around(0.25, 0.1, 0);
        assertThat(outside.contains(0.1)).isFalse();
        assertThat(limits.zoneOf(0.25)).isNotEqualTo(FunnelZone.WITHIN_95);

        assertThat(limits.interval95Around(0.0, 0.1, 0).lower()).as("a rate never goes below 0").isZero();
    }
}
