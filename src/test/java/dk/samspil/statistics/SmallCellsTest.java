package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** STATISTICS.md: another municipality's count of 1–4 is shown as "< 5". */
class SmallCellsTest {

    @ParameterizedTest(name = "{0} is shown as < 5")
    @ValueSource(longs = {1, 2, 3, 4})
    void a_count_of_one_to_four_is_suppressed(long count) {
        assertThat(SmallCells.suppressed(count)).isTrue();
        assertThat(SmallCells.shownCount(count)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is shown as it is")
    @ValueSource(longs = {0, 5, 6, 120})
    void zero_and_counts_from_five_are_shown(long count) {
        assertThat(SmallCells.suppressed(count)).isFalse();
        assertThat(SmallCells.shownCount(count)).hasValue(count);
    }

    @Test
    void a_negative_count_is_an_error() {
        assertThatIllegalArgumentException().isThrownBy(() -> SmallCells.suppressed(-1));
    }
}
