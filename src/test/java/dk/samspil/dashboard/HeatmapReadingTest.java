package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.dashboard.Indicator.Direction;
import org.junit.jupiter.api.Test;

/** Issue 12, defect 6: fewer admissions read as dark red "far below"; colour now follows the direction. */
class HeatmapReadingTest {

    @Test
    void below_the_programme_is_better_where_lower_is_better_and_worse_where_higher_is() {
        assertThat(HeatmapReading.of(HeatmapZone.FAR_BELOW, Direction.LOWER_IS_BETTER)).isEqualTo(HeatmapReading.FAR_BETTER);
        assertThat(HeatmapReading.of(HeatmapZone.BELOW, Direction.LOWER_IS_BETTER)).isEqualTo(HeatmapReading.BETTER);
        assertThat(HeatmapReading.of(HeatmapZone.ABOVE, Direction.LOWER_IS_BETTER)).isEqualTo(HeatmapReading.WORSE);
        assertThat(HeatmapReading.of(HeatmapZone.FAR_ABOVE, Direction.LOWER_IS_BETTER)).isEqualTo(HeatmapReading.FAR_WORSE);
        assertThat(HeatmapReading.of(HeatmapZone.FAR_BELOW, Direction.HIGHER_IS_BETTER)).isEqualTo(HeatmapReading.FAR_WORSE);
        assertThat(HeatmapReading.of(HeatmapZone.ABOVE, Direction.HIGHER_IS_BETTER)).isEqualTo(HeatmapReading.BETTER);
    }

    @Test
    void a_neutral_indicator_is_only_different_and_as_expected_or_no_figure_is_never_judged() {
        assertThat(HeatmapReading.of(HeatmapZone.FAR_ABOVE, Direction.NEUTRAL)).isEqualTo(HeatmapReading.FAR_DIFFERENT);
        assertThat(HeatmapReading.of(HeatmapZone.BELOW, Direction.NEUTRAL)).isEqualTo(HeatmapReading.DIFFERENT);
        for (Direction direction : Direction.values()) {
            assertThat(HeatmapReading.of(HeatmapZone.AS_EXPECTED, direction)).isEqualTo(HeatmapReading.AS_EXPECTED);
            assertThat(HeatmapReading.of(HeatmapZone.NONE, direction)).isEqualTo(HeatmapReading.NONE);
        }
    }
}
