package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The rule of difference between a closed wave's results before and after an import: the reader
 * holds both versions and subtracts. One municipality (Odense), psychological safety, every
 * respondent scoring 4 unless said otherwise.
 */
class RuleOfDifferenceTest {

    private static final AnonymityRule RULE = new AnonymityRule(5);

    @Test
    void one_answer_set_more_in_a_shown_sector_is_refused_three_are_allowed() {
        PublishedCuts before = wave(Map.of("PSYCHIATRY", 10, "SOCIAL_SERVICES", 10));

        assertThat(RuleOfDifference.smallChange(before, wave(Map.of("PSYCHIATRY", 11, "SOCIAL_SERVICES", 10))))
                .get().extracting(RuleOfDifference.SmallChange::respondents).isEqualTo(1);
        assertThat(RuleOfDifference.smallChange(before, wave(Map.of("PSYCHIATRY", 13, "SOCIAL_SERVICES", 10)))).isEmpty();
        assertThat(RuleOfDifference.smallChange(before, wave(Map.of("PSYCHIATRY", 10, "SOCIAL_SERVICES", 7)))).isEmpty();
    }

    @Test
    void the_same_results_again_are_no_change() {
        PublishedCuts before = wave(Map.of("PSYCHIATRY", 10, "SOCIAL_SERVICES", 10));
        assertThat(RuleOfDifference.smallChange(before, wave(Map.of("PSYCHIATRY", 10, "SOCIAL_SERVICES", 10)))).isEmpty();
    }

    @Test
    void as_many_answer_sets_but_different_answers_are_a_change_by_fewer_than_three() {
        PublishedCuts before = wave(Map.of("PSYCHIATRY", 10, "SOCIAL_SERVICES", 10));
        List<ScoreCell> cells = new ArrayList<>(cells(Map.of("SOCIAL_SERVICES", 10)));
        cells.add(cell("PSYCHIATRY", ScoreSums.NONE.plus(4).plus(4).plus(4).plus(4).plus(4).plus(4).plus(4).plus(4)
                .plus(4).plus(6)));

        Optional<RuleOfDifference.SmallChange> change = RuleOfDifference.smallChange(before, PublishedCuts.of(cells, RULE));

        assertThat(change).get().extracting(RuleOfDifference.SmallChange::respondents).isEqualTo(0);
    }

    @Test
    void a_small_change_in_a_hidden_sector_is_found_by_subtracting_the_shown_one_from_the_municipality() {
        // job centre and NGO (3 each) are hidden, psychiatry (10) and Odense (16) shown
        PublishedCuts before = wave(Map.of("PSYCHIATRY", 10, "JOB_CENTRE", 3, "NGO", 3));
        PublishedCuts after = wave(Map.of("PSYCHIATRY", 13, "JOB_CENTRE", 4, "NGO", 3));
        assertThat(before.shows(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(461, "JOB_CENTRE"))).isFalse();
        assertThat(after.shows(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(461, "PSYCHIATRY"))).isTrue();

        // Odense +4 and psychiatry +3 are each allowed, but 4 − 3 is the one new job-centre answer
        assertThat(RuleOfDifference.smallChange(before, after)).get()
                .extracting(RuleOfDifference.SmallChange::cut, RuleOfDifference.SmallChange::respondents)
                .containsExactly(Cut.of(461), 1);
        assertThat(RuleOfDifference.smallChange(before, wave(Map.of("PSYCHIATRY", 13, "JOB_CENTRE", 6, "NGO", 3))))
                .isEmpty();
    }

    @Test
    void a_figure_hidden_before_or_after_is_not_subtracted() {
        // Odense's 4 were hidden before: nothing was shown to subtract the 5 from
        assertThat(RuleOfDifference.smallChange(wave(Map.of("PSYCHIATRY", 4)), wave(Map.of("PSYCHIATRY", 5)))).isEmpty();
        assertThat(RuleOfDifference.smallChange(wave(Map.of()), wave(Map.of("PSYCHIATRY", 7)))).isEmpty();
    }

    private static PublishedCuts wave(Map<String, Integer> respondentsBySector) {
        return PublishedCuts.of(cells(respondentsBySector), RULE);
    }

    private static List<ScoreCell> cells(Map<String, Integer> respondentsBySector) {
        List<ScoreCell> cells = new ArrayList<>();
        respondentsBySector.forEach((sector, n) -> {
            ScoreSums sums = ScoreSums.NONE;
            for (int i = 0; i < n; i++) {
                sums = sums.plus(4);
            }
            cells.add(cell(sector, sums));
        });
        return cells;
    }

    private static ScoreCell cell(String sector, ScoreSums sums) {
        return new ScoreCell(461, sector, "", Construct.PSYCHOLOGICAL_SAFETY, sums);
    }
}
