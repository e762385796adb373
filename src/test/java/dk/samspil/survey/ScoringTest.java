package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Scores against values worked out by hand. */
class ScoringTest {

    private static final Item PS1 = new Item(1, "PS1", 1, "", "", true);
    private static final Item PS2 = new Item(2, "PS2", 2, "", "", false);
    private static final Item PS3 = new Item(3, "PS3", 3, "", "", true);
    private static final Item PS4 = new Item(4, "PS4", 4, "", "", false);
    private static final Instrument PS = new Instrument(1, "PS", 1, Construct.PSYCHOLOGICAL_SAFETY, "", "", 1, 7,
            "", "", "", "", false, List.of(PS1, PS2, PS3, PS4));
    private static final Instrument RC = new Instrument(3, "RC", 1, Construct.RELATIONAL_COORDINATION, "", "", 1, 5,
            "", "", "", "", true, List.of(new Item(10, "RC1", 1, "", "", false), new Item(11, "RC2", 2, "", "", false)));

    @Test
    void reverse_items_are_mirrored_on_the_scale_before_the_mean() {
        // PS1 answered 2 (reverse: 8 - 2 = 6), PS2 answered 5, PS3 answered 1 (reverse: 7): (6 + 5 + 7) / 3 = 6
        assertThat(RespondentScore.of(PS, List.of(answer(PS1, 2), answer(PS2, 5), answer(PS3, 1))).getAsDouble())
                .isEqualTo(6.0);
    }

    @Test
    void not_relevant_answers_are_left_out_of_the_mean() {
        Item rc1 = RC.items().get(0);
        Item rc2 = RC.items().get(1);
        assertThat(RespondentScore.of(RC, List.of(answer(rc1, 4), answer(rc2, null))).getAsDouble()).isEqualTo(4.0);
    }

    @Test
    void a_respondent_who_answered_fewer_than_half_the_items_has_no_score() {
        assertThat(RespondentScore.of(PS, List.of(answer(PS1, 3), answer(PS2, null), answer(PS3, null)))).isEmpty();
        assertThat(RespondentScore.of(PS, List.of(answer(PS1, 3), answer(PS2, 4), answer(PS3, null), answer(PS4, null))))
                .as("exactly half counts").isPresent();
    }

    @Test
    void a_group_mean_has_a_t_interval_with_n_minus_1_degrees_of_freedom() {
        // scores 4, 5, 6, 5, 5: mean 5, sd = sqrt(2/4) = 0.7071, t(0.975; 4) = 2.776,
        // half-width = 2.776 * 0.7071 / sqrt(5) = 0.8779
        GroupScore group = GroupScore.of("461", List.of(4.0, 5.0, 6.0, 5.0, 5.0));
        assertThat(group.n()).isEqualTo(5);
        assertThat(group.mean()).isEqualTo(5.0);
        assertThat(group.low()).isCloseTo(4.1221, within(0.0005));
        assertThat(group.high()).isCloseTo(5.8779, within(0.0005));
        assertThat(group.meanOn100(PS)).isCloseTo(66.667, within(0.001));
    }

    @Test
    void a_group_of_one_has_a_mean_but_no_interval() {
        GroupScore group = GroupScore.of("563", List.of(4.5));
        assertThat(group.mean()).isEqualTo(4.5);
        assertThat(group.low()).isNull();
    }

    private static RespondentScore.Answer answer(Item item, Integer score) {
        return new RespondentScore.Answer(item, score);
    }
}
