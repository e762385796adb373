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

    @Test
    void the_reported_bed_days_set_keeps_every_case_in_a_bar() {
        // issue 12, defect 2: 46 cases, 25 fell, 2 unchanged, 19 rose were shown as 25, "< 5", "< 5"
        // and a bar of 54 %: 21 cases vanished. Now unchanged goes with the smaller other part.
        assertThat(SmallCells.mergedParts(List.of(25L, 2L, 19L))).containsExactly(
                new SmallCells.Group(List.of(0), 25), new SmallCells.Group(List.of(1, 2), 21));
    }

    @Test
    void merging_goes_on_until_no_group_holds_one_to_four_and_never_loses_a_case() {
        assertThat(SmallCells.mergedParts(List.of(3L, 0L, 3L))).containsExactly(
                new SmallCells.Group(List.of(0, 2), 6), new SmallCells.Group(List.of(1), 0));
        assertThat(SmallCells.mergedParts(List.of(2L, 2L, 40L))).containsExactly(new SmallCells.Group(List.of(0, 1, 2), 44));
        assertThat(SmallCells.mergedParts(List.of(7L, 0L, 9L))).containsExactly(new SmallCells.Group(List.of(0), 7),
                new SmallCells.Group(List.of(1), 0), new SmallCells.Group(List.of(2), 9));
        for (List<Long> parts : List.of(List.of(1L, 1L, 1L, 30L), List.of(4L, 5L, 4L), List.of(0L, 0L, 6L), List.of(1L, 9L, 1L))) {
            List<SmallCells.Group> groups = SmallCells.mergedParts(parts);
            assertThat(groups.stream().mapToLong(SmallCells.Group::count).sum())
                    .isEqualTo(parts.stream().mapToLong(Long::longValue).sum());
            assertThat(groups.stream().flatMap(g -> g.members().stream()).sorted().toList())
                    .as("each part in exactly one group").isEqualTo(java.util.stream.IntStream.range(0, parts.size()).boxed().toList());
            assertThat(groups).noneMatch(g -> SmallCells.suppressed(g.count()));
        }
    }
}
