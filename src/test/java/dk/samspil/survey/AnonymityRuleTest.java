package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnonymityRuleTest {

    private final AnonymityRule rule = new AnonymityRule(5);

    @Test
    void sectors_of_7_6_and_4_with_a_total_of_17_hide_the_4_and_the_6_so_the_4_cannot_be_derived() {
        List<GroupScore> shown = rule.apply(List.of(group("PSYCHIATRY", 7, 5.1), group("NGO", 6, 4.0),
                group("JOB_CENTRE", 4, 3.0)));

        assertThat(shown).extracting(GroupScore::suppressed).containsExactly(false, true, true);
        assertThat(shown.get(1).mean()).isNull();
        assertThat(shown.get(2).mean()).isNull();
        assertThat(shown.get(0).mean()).isEqualTo(5.1);
    }

    @Test
    void groups_that_all_reach_the_threshold_are_all_shown() {
        assertThat(rule.apply(List.of(group("A", 5, 1), group("B", 9, 2))))
                .extracting(GroupScore::suppressed).containsExactly(false, false);
    }

    @Test
    void two_small_groups_that_together_are_still_small_take_a_third_with_them() {
        List<GroupScore> shown = rule.apply(List.of(group("A", 2, 1), group("B", 2, 1), group("C", 8, 1),
                group("D", 6, 1)));
        assertThat(shown).extracting(GroupScore::suppressed).containsExactly(true, true, false, true);
    }

    @Test
    void two_small_groups_that_together_reach_the_threshold_need_no_third() {
        List<GroupScore> shown = rule.apply(List.of(group("A", 3, 1), group("B", 4, 1), group("C", 8, 1)));
        assertThat(shown).extracting(GroupScore::suppressed).containsExactly(true, true, false);
    }

    @Test
    void an_empty_group_has_nothing_to_protect_and_triggers_nothing() {
        assertThat(rule.apply(List.of(group("A", 0, 0), group("B", 6, 1), group("C", 7, 1))))
                .extracting(GroupScore::suppressed).containsExactly(false, false, false);
    }

    @Test
    void the_threshold_can_be_raised_but_never_set_below_3() {
        assertThat(new AnonymityRule(3).shows(3)).isTrue();
        assertThat(new AnonymityRule(10).shows(9)).isFalse();
        assertThatThrownBy(() -> new AnonymityRule(2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static GroupScore group(String name, int n, double mean) {
        return new GroupScore(name, n, n == 0 ? null : mean, null, null, false);
    }
}
