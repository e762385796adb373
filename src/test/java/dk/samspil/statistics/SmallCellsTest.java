package dk.samspil.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.OptionalLong;

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

    @Test
    void one_hidden_part_takes_the_next_smallest_with_it_so_the_total_gives_nothing_away() {
        // 3 fell, 12 unchanged, 9 rose of 24 cases: 24 − 12 − 9 would give the 3 back
        assertThat(SmallCells.shownParts(List.of(3L, 12L, 9L)))
                .containsExactly(OptionalLong.empty(), OptionalLong.of(12), OptionalLong.empty());
    }

    @Test
    void the_complement_is_a_non_zero_part_where_there_is_one() {
        assertThat(SmallCells.shownParts(List.of(0L, 2L, 7L, 30L)))
                .containsExactly(OptionalLong.of(0), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(30));
    }

    @Test
    void two_hidden_parts_protect_each_other_and_none_hidden_leaves_all_shown() {
        assertThat(SmallCells.shownParts(List.of(1L, 4L, 20L)))
                .containsExactly(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(20));
        assertThat(SmallCells.shownParts(List.of(0L, 5L, 20L)))
                .containsExactly(OptionalLong.of(0), OptionalLong.of(5), OptionalLong.of(20));
    }
}
