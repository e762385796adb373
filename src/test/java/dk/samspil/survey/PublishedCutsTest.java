package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dk.samspil.municipality.Sector;
import org.junit.jupiter.api.Test;

/**
 * The wave's one suppression against a reader who subtracts: random waves of many small groups
 * (municipalities × sectors × rated sectors, most with 0–6 respondents), every figure the outputs
 * read from {@link PublishedCuts}, and the algebra of {@link DisclosureCheck} over them.
 */
class PublishedCutsTest {

    private static final int SCENARIOS = 1_500;
    private static final List<String> SECTORS = java.util.Arrays.stream(Sector.values()).map(Sector::name).toList();

    @Test
    void no_hidden_group_follows_from_what_the_outputs_show_in_random_waves_of_small_groups() {
        Random random = new Random(20261202L);
        int hiddenSeen = 0;
        int shownSeen = 0;
        for (int scenario = 0; scenario < SCENARIOS; scenario++) {
            int threshold = random.nextInt(4) == 0 ? 3 : 5;
            Map<Cut, Integer> ties = new LinkedHashMap<>();
            Map<Cut, Integer> sectors = new LinkedHashMap<>();
            List<ScoreCell> cells = new ArrayList<>();
            int municipalities = 1 + random.nextInt(5);
            for (int m = 0; m < municipalities; m++) {
                for (String sector : SECTORS) {
                    int respondents = RandomWaves.groupSize(random);
                    tieCells(random, 100 + m, sector, respondents, ties, cells);
                    // a few respondents answer too few items for a psychological-safety score
                    int scored = Math.max(0, respondents - (random.nextInt(5) == 0 ? 1 : 0));
                    sectors.put(Cut.of(100 + m, sector), scored);
                    if (scored > 0) {
                        cells.add(new ScoreCell(100 + m, sector, "", Construct.PSYCHOLOGICAL_SAFETY, sums(random, scored)));
                    }
                }
            }
            PublishedCuts cuts = PublishedCuts.of(cells, new AnonymityRule(threshold));
            for (Construct construct : List.of(Construct.PSYCHOLOGICAL_SAFETY, Construct.RELATIONAL_COORDINATION)) {
                Map<Cut, Integer> leaves = construct == Construct.RELATIONAL_COORDINATION ? ties : sectors;
                List<DisclosureCheck.Figure> figures = figures(cuts, construct, municipalities);
                List<String> problems = new DisclosureCheck(threshold, leaves).problems(figures);
                assertThat(problems).as("scenario %d, threshold %d, %s, groups %s", scenario, threshold, construct,
                        compact(leaves)).isEmpty();
                hiddenSeen += (int) figures.stream().filter(DisclosureCheck.Figure::hidden).count();
                shownSeen += (int) figures.stream().filter(f -> !f.hidden()).count();
            }
        }
        assertThat(hiddenSeen).as("the scenarios hide many figures").isGreaterThan(10_000);
        assertThat(shownSeen).as("and show many").isGreaterThan(10_000);
    }

    @Test
    void a_sector_hidden_in_the_sector_bars_is_not_given_away_by_its_row_of_ties() {
        // Odense RC: psychiatry 7, social services 6 (all rating psychiatry), job centre 4: the 4 is
        // hidden and the 6 with it; its one tie of 6 would say what the 6 scored, so it goes too
        List<ScoreCell> cells = new ArrayList<>();
        cells.add(rc("PSYCHIATRY", "SOCIAL_SERVICES", 7, 21));
        cells.add(rc("SOCIAL_SERVICES", "PSYCHIATRY", 6, 24));
        cells.add(rc("JOB_CENTRE", "PSYCHIATRY", 4, 8));
        PublishedCuts cuts = PublishedCuts.of(cells, new AnonymityRule(5));

        assertThat(cuts.hides(Construct.RELATIONAL_COORDINATION, Cut.of(461, "JOB_CENTRE"))).isTrue();
        assertThat(cuts.hides(Construct.RELATIONAL_COORDINATION, Cut.of(461, "SOCIAL_SERVICES"))).isTrue();
        assertThat(cuts.hides(Construct.RELATIONAL_COORDINATION, Cut.tie(461, "SOCIAL_SERVICES", "PSYCHIATRY")))
                .as("the row's only tie is the hidden sector itself").isTrue();
        assertThat(cuts.score(Construct.RELATIONAL_COORDINATION, Cut.tie(461, "PSYCHIATRY", "SOCIAL_SERVICES"), "x")
                .mean()).isEqualTo(3.0);
        assertThat(cuts.score(Construct.RELATIONAL_COORDINATION, Cut.of(461), "x").n()).isEqualTo(17);
    }

    @Test
    void a_municipality_hidden_beside_a_small_one_is_not_given_away_by_its_sectors_adding_up() {
        // Fanø 3 is hidden and Ærø 6 with it; Ærø's two sectors of 6 and 0 would add up to Ærø
        List<ScoreCell> cells = List.of(ps(563, "NGO", 3), ps(492, "SOCIAL_SERVICES", 6), ps(461, "PSYCHIATRY", 17));
        PublishedCuts cuts = PublishedCuts.of(cells, new AnonymityRule(5));

        assertThat(cuts.hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(492))).isTrue();
        assertThat(cuts.hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(492, "SOCIAL_SERVICES"))).isTrue();
        assertThat(cuts.hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(461, "PSYCHIATRY"))).isFalse();
        assertThat(cuts.hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.PROGRAMME)).isFalse();
    }

    @Test
    void a_municipality_whose_sectors_all_reach_the_threshold_shows_every_one() {
        List<ScoreCell> cells = SECTORS.stream().map(sector -> ps(461, sector, 8)).toList();
        PublishedCuts cuts = PublishedCuts.of(cells, new AnonymityRule(5));
        SECTORS.forEach(sector -> assertThat(cuts.hides(Construct.PSYCHOLOGICAL_SAFETY, Cut.of(461, sector))).isFalse());
    }

    @Test
    void imported_answers_that_rated_no_sector_keep_their_sectors_score_visible_and_hide_only_the_small_ties() {
        List<ScoreCell> cells = List.of(rc("PSYCHIATRY", "", 8, 24), rc("SOCIAL_SERVICES", "", 7, 21),
                rc("SOCIAL_SERVICES", "PSYCHIATRY", 2, 8), rc("SOCIAL_SERVICES", "NGO", 6, 18));
        PublishedCuts cuts = PublishedCuts.of(cells, new AnonymityRule(5));

        assertThat(cuts.hides(Construct.RELATIONAL_COORDINATION, Cut.of(461, "PSYCHIATRY")))
                .as("its one part, the unrated answers, is never shown and is no small group").isFalse();
        assertThat(cuts.hides(Construct.RELATIONAL_COORDINATION, Cut.tie(461, "SOCIAL_SERVICES", "PSYCHIATRY"))).isTrue();
        assertThat(cuts.hides(Construct.RELATIONAL_COORDINATION, Cut.tie(461, "SOCIAL_SERVICES", "NGO")))
                .as("the 2 and the unrated 7 together reach the threshold").isFalse();
    }

    /** What the outputs read, as {@link SurveyResults} asks for it: comparison, sector bars, thank-you page, tie matrix. */
    private static List<DisclosureCheck.Figure> figures(PublishedCuts cuts, Construct construct, int municipalities) {
        List<DisclosureCheck.Figure> figures = new ArrayList<>();
        figures.add(figure("programme total", cuts, construct, Cut.PROGRAMME));
        for (int m = 0; m < municipalities; m++) {
            figures.add(figure("comparison", cuts, construct, Cut.of(100 + m)));
            for (String sector : SECTORS) {
                figures.add(figure("sector bars", cuts, construct, Cut.of(100 + m, sector)));
                if (construct == Construct.RELATIONAL_COORDINATION) {
                    for (String target : SECTORS) {
                        if (!target.equals(sector)) {
                            figures.add(figure("tie matrix", cuts, construct, Cut.tie(100 + m, sector, target)));
                        }
                    }
                }
            }
        }
        return figures;
    }

    private static DisclosureCheck.Figure figure(String output, PublishedCuts cuts, Construct construct, Cut cut) {
        GroupScore score = cuts.score(construct, cut, "x");
        assertThat(score.suppressed() ? score.mean() : null).as("a hidden figure carries no mean").isNull();
        return new DisclosureCheck.Figure(output, cut, score.suppressed());
    }

    /** A sector's respondents spread over the sectors they rated, some (imported) rating none. */
    private static void tieCells(Random random, int municipality, String sector, int respondents, Map<Cut, Integer> ties,
                                 List<ScoreCell> cells) {
        Map<String, Integer> byTarget = new LinkedHashMap<>();
        SECTORS.stream().filter(target -> !target.equals(sector)).forEach(target -> byTarget.put(target, 0));
        byTarget.put("", 0);
        List<String> targets = new ArrayList<>(byTarget.keySet());
        boolean spreadThin = random.nextBoolean();
        for (int i = 0; i < respondents; i++) {
            String target = random.nextInt(12) == 0 ? "" : spreadThin ? targets.get(random.nextInt(targets.size() - 1))
                    : targets.get(random.nextInt(2));
            byTarget.merge(target, 1, Integer::sum);
        }
        byTarget.forEach((target, n) -> {
            ties.put(Cut.tie(municipality, sector, target), n);
            if (n > 0) {
                cells.add(new ScoreCell(municipality, sector, target, Construct.RELATIONAL_COORDINATION, sums(random, n)));
            }
        });
    }

    private static String compact(Map<Cut, Integer> leaves) {
        StringBuilder text = new StringBuilder();
        leaves.forEach((cut, n) -> {
            if (n > 0) {
                text.append(cut.municipality()).append('/').append(cut.sector())
                        .append(cut.target() == null ? "" : ">" + cut.target()).append('=').append(n).append(' ');
            }
        });
        return text.toString();
    }

    private static ScoreSums sums(Random random, int n) {
        ScoreSums sums = ScoreSums.NONE;
        for (int i = 0; i < n; i++) {
            sums = sums.plus(1 + 4 * random.nextDouble());
        }
        return sums;
    }

    private static ScoreCell rc(String sector, String target, int n, double sum) {
        return new ScoreCell(461, sector, target, Construct.RELATIONAL_COORDINATION, new ScoreSums(n, sum, sum * sum / n));
    }

    private static ScoreCell ps(int municipality, String sector, int n) {
        return new ScoreCell(municipality, sector, "", Construct.PSYCHOLOGICAL_SAFETY, new ScoreSums(n, 5.0 * n, 25.0 * n));
    }
}
