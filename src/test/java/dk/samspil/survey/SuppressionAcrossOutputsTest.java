package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The curious insider with every output at once, on the real database: random closed waves of
 * small groups (municipalities × sectors × rated sectors, mostly 0–6 respondents, some who answered
 * too few items for a psychological-safety score, some imported without a rated sector), half of
 * them read from the score cells and half scored live. Everything the Culture page, the Overview
 * tiles, the thank-you page, the tie matrix, the item bars and the CSV show is collected through the
 * real {@link SurveyResults} and {@link SurveyResultsCsv}, and {@link DisclosureCheck} looks for a
 * hidden group that follows from it.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuppressionAcrossOutputsTest {

    private static final int[] MUNICIPALITIES = {461, 563, 492, 450, 410};
    private static final List<String> SECTORS = java.util.Arrays.stream(Sector.values()).map(Sector::name).toList();
    private static final YearMonth FIRST = YearMonth.of(2011, 1);
    private static final int WAVES = 12;

    @Autowired
    SurveyResults results;
    @Autowired
    SurveyResultsCsv csv;
    @Autowired
    ScoreCells cells;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private final List<Wave> waves = new ArrayList<>();

    /** One generated wave and the truth about it: respondents per finest cell of each measure. */
    private record Wave(long id, YearMonth period, int[] municipalities, Map<Cut, Integer> scored,
                        Map<Cut, Integer> rated, Map<Cut, Integer> answered) {
    }

    @BeforeAll
    void random_closed_waves_of_small_groups() {
        Random random = new Random(461_563L);
        for (int w = 0; w < WAVES; w++) {
            YearMonth period = FIRST.plusMonths(w);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on, closed_on) VALUES (?, 'PULSE', 'CLOSED', ?, ?)")
                    .params(period.atDay(1), period.atDay(1), period.atEndOfMonth()).update(key);
            long id = key.getKey().longValue();
            int[] municipalities = java.util.Arrays.copyOf(MUNICIPALITIES, 2 + random.nextInt(MUNICIPALITIES.length - 1));
            Wave wave = new Wave(id, period, municipalities, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
            for (int municipality : municipalities) {
                jdbc.sql("INSERT INTO survey_wave_municipality VALUES (?, ?)").params(id, municipality).update();
                // beside the random ones, the shapes complementary suppression exists for: a tiny
                // municipality (one small sector) beside big ones, and one small sector among big ones
                int shape = random.nextInt(4);
                int small = random.nextInt(SECTORS.size());
                for (int s = 0; s < SECTORS.size(); s++) {
                    int big = 5 + random.nextInt(6);
                    int size = switch (shape) {
                        case 0 -> s == small ? 1 + random.nextInt(4) : 0;
                        case 1 -> s == small ? 1 + random.nextInt(4) : big;
                        case 2 -> big;
                        default -> Math.min(12, RandomWaves.groupSize(random));
                    };
                    respondents(random, wave, municipality, SECTORS.get(s), size);
                }
            }
            if (w % 2 == 0) {
                cells.fill(id);
            }
            waves.add(wave);
        }
    }

    @Test
    void no_hidden_group_follows_from_everything_the_outputs_show_together() {
        SignIn.as(users, "data");
        try {
            int hidden = 0;
            for (Wave wave : waves) {
                for (Construct construct : List.of(Construct.PSYCHOLOGICAL_SAFETY, Construct.RELATIONAL_COORDINATION)) {
                    Map<Cut, Integer> truth = construct == Construct.PSYCHOLOGICAL_SAFETY ? wave.scored() : wave.rated();
                    DisclosureCheck check = new DisclosureCheck(results.threshold(), truth);
                    List<DisclosureCheck.Figure> figures = scoreFigures(wave, construct, check);
                    assertThat(check.problems(figures)).as("wave %s, %s", wave.period(), construct).isEmpty();
                    hidden += (int) figures.stream().filter(DisclosureCheck.Figure::hidden).count();
                    itemFigures(wave, construct, figures);
                }
            }
            assertThat(hidden).as("the waves hide many figures").isGreaterThan(200);
        } finally {
            SignIn.out();
        }
    }

    @Test
    void the_cells_and_the_live_answers_give_the_same_suppression() {
        Wave wave = waves.get(1);
        List<GroupScore> live = results.municipalityComparison(wave.id(), Construct.RELATIONAL_COORDINATION);
        List<Tie> liveTies = results.ties(wave.id(), wave.municipalities()[0]);
        cells.fill(wave.id());
        assertThat(results.municipalityComparison(wave.id(), Construct.RELATIONAL_COORDINATION))
                .extracting(GroupScore::suppressed).isEqualTo(live.stream().map(GroupScore::suppressed).toList());
        assertThat(results.ties(wave.id(), wave.municipalities()[0])).extracting(tie -> tie.score().suppressed())
                .isEqualTo(liveTies.stream().map(tie -> tie.score().suppressed()).toList());
    }

    @Test
    void refilled_cells_are_read_afresh_even_within_the_same_second() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on, closed_on) "
                + "VALUES ('2010-06-01', 'PULSE', 'CLOSED', '2010-06-01', '2010-06-30')").update(key);
        long wave = key.getKey().longValue();
        jdbc.sql("INSERT INTO survey_wave_municipality VALUES (?, 461)").param(wave).update();
        for (int i = 0; i < 6; i++) {
            respond(wave, 461, "PSYCHIATRY", "NGO", 4, 4, 3);
        }
        cells.fill(wave);
        assertThat(results.municipalityScores(wave, 461).get(Construct.PSYCHOLOGICAL_SAFETY).n()).isEqualTo(6);

        respond(wave, 461, "PSYCHIATRY", "NGO", 4, 4, 3);
        cells.fill(wave);

        assertThat(results.municipalityScores(wave, 461).get(Construct.PSYCHOLOGICAL_SAFETY).n()).isEqualTo(7);
    }

    /** The construct's figures, output by output; each shown one's n checked against the truth. */
    private List<DisclosureCheck.Figure> scoreFigures(Wave wave, Construct construct, DisclosureCheck check) {
        List<DisclosureCheck.Figure> figures = new ArrayList<>();
        List<GroupScore> comparison = results.municipalityComparison(wave.id(), construct);
        for (GroupScore group : comparison) {
            Cut cut = SurveyResults.TOTAL.equals(group.group()) ? Cut.PROGRAMME : Cut.of(Integer.parseInt(group.group()));
            figures.add(figure("Culture: by municipality", cut, group, check));
        }
        figures.addAll(csvFigures(wave, construct));
        programmeTrend(construct, wave.period()).ifPresent(g -> figures.add(figure("Overview tile", Cut.PROGRAMME, g, check)));
        for (int municipality : wave.municipalities()) {
            Cut own = Cut.of(municipality);
            GroupScore thanks = results.municipalityScores(wave.id(), municipality).get(construct);
            if (thanks != null) {
                figures.add(figure("thank-you page", own, thanks, check));
            }
            results.trend(municipality, construct, wave.period(), wave.period())
                    .forEach(g -> figures.add(figure("Overview tile, municipality", own, g, check)));
            for (GroupScore group : results.sectorScores(wave.id(), municipality, construct)) {
                Cut cut = SurveyResults.TOTAL.equals(group.group()) ? own : Cut.of(municipality, group.group());
                figures.add(figure("Culture: by sector", cut, group, check));
            }
            if (construct == Construct.RELATIONAL_COORDINATION) {
                for (Tie tie : results.ties(wave.id(), municipality)) {
                    figures.add(figure("Culture: tie matrix", Cut.tie(municipality, tie.from().name(), tie.to().name()),
                            tie.score(), check));
                }
            }
        }
        return figures;
    }

    private java.util.Optional<GroupScore> programmeTrend(Construct construct, YearMonth period) {
        return results.programmeTrend(construct, period, period).stream().findFirst();
    }

    /** The CSV's rows of municipalities and the programme: a hidden one says "too few" and gives no n. */
    private List<DisclosureCheck.Figure> csvFigures(Wave wave, Construct construct) {
        List<DisclosureCheck.Figure> figures = new ArrayList<>();
        csv.municipalityComparison(wave.id(), Locale.of("da"), key -> key).lines().skip(1)
                .map(line -> line.split(";", -1))
                .filter(fields -> fields[2].equals("construct." + construct))
                .forEach(fields -> {
                    boolean hidden = fields[4].equals("survey.too-few");
                    if (hidden) {
                        assertThat(fields[3]).as("a hidden row's n").isEqualTo("< " + results.threshold());
                    }
                    Cut cut = fields[0].equals(SurveyResults.TOTAL) ? Cut.PROGRAMME : Cut.of(Integer.parseInt(fields[0]));
                    figures.add(new DisclosureCheck.Figure("CSV", cut, hidden));
                });
        return figures;
    }

    /**
     * The item bars of every municipality and sector: a group hidden in the scores is hidden in
     * its items, and each item's figures pass the same check with the item's own respondents.
     */
    private void itemFigures(Wave wave, Construct construct, List<DisclosureCheck.Figure> scoreFigures) {
        Map<Cut, Boolean> scoreHidden = new LinkedHashMap<>();
        scoreFigures.forEach(f -> scoreHidden.put(f.cut(), f.hidden()));
        Map<String, List<DisclosureCheck.Figure>> byItem = new LinkedHashMap<>();
        DisclosureCheck check = new DisclosureCheck(results.threshold(), wave.answered());
        for (int municipality : wave.municipalities()) {
            List<Sector> all = new ArrayList<>(List.of(Sector.values()));
            all.add(null);
            for (Sector sector : all) {
                Cut cut = sector == null ? Cut.of(municipality) : Cut.of(municipality, sector.name());
                for (ItemDistribution item : results.itemDistributions(wave.id(), municipality, construct, sector)) {
                    if (scoreHidden.getOrDefault(cut, false)) {
                        assertThat(item.suppressed()).as("%s %s hidden in the scores", item.itemCode(), cut).isTrue();
                    }
                    if (item.suppressed()) {
                        assertThat(item.counts()).isEmpty();
                    } else {
                        assertThat(item.respondents()).as("%s %s", item.itemCode(), cut).isEqualTo(check.n(cut));
                    }
                    byItem.computeIfAbsent(item.itemCode(), code -> new ArrayList<>())
                            .add(new DisclosureCheck.Figure("Culture: item bars", cut, item.suppressed() && item.respondents() > 0));
                }
            }
        }
        byItem.forEach((item, figures) -> assertThat(check.problems(figures)).as("wave %s, item %s", wave.period(), item)
                .isEmpty());
    }

    private static DisclosureCheck.Figure figure(String output, Cut cut, GroupScore score, DisclosureCheck check) {
        if (score.suppressed()) {
            assertThat(score.mean()).as("%s: a hidden %s carries no mean", output, cut).isNull();
            assertThat(score.low()).isNull();
        } else {
            assertThat(score.n()).as("%s: %s", output, cut).isEqualTo(check.n(cut));
        }
        return new DisclosureCheck.Figure(output, cut, score.suppressed());
    }

    /**
     * Respondents of a sector: each rates one of one, two or five other sectors (one in twelve,
     * imported, none); one in
     * six finds two of the three psychological-safety items not relevant and so has no score there.
     */
    private void respondents(Random random, Wave wave, int municipality, String sector, int count) {
        List<String> others = SECTORS.stream().filter(s -> !s.equals(sector)).toList();
        int rated = List.of(1, 2, 5).get(random.nextInt(3));
        for (int i = 0; i < count; i++) {
            String target = random.nextInt(12) == 0 ? null : others.get(random.nextInt(rated));
            boolean scored = random.nextInt(6) != 0;
            respond(wave.id(), municipality, sector, target, 1 + random.nextInt(7), scored ? 1 + random.nextInt(7) : null,
                    1 + random.nextInt(5));
            wave.scored().merge(Cut.of(municipality, sector), scored ? 1 : 0, Integer::sum);
            wave.answered().merge(Cut.of(municipality, sector), 1, Integer::sum);
            for (String other : others) {
                wave.rated().merge(Cut.tie(municipality, sector, other), other.equals(target) ? 1 : 0, Integer::sum);
            }
            wave.rated().merge(Cut.tie(municipality, sector, ""), target == null ? 1 : 0, Integer::sum);
        }
        if (count == 0) {
            wave.scored().put(Cut.of(municipality, sector), 0);
            wave.answered().put(Cut.of(municipality, sector), 0);
        }
    }

    /** One answer set: PS1, PS2 and PS3 (PS2 and PS3 "not relevant" when {@code ps} is null), and every RC item alike. */
    private void respond(long wave, int municipality, String sector, String target, int ps1, Integer ps, int rc) {
        byte[] response = AnswerSetId.random();
        jdbc.sql("INSERT INTO survey_response (id, wave_id, municipality_code, sector_code, target_sector_code, source) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(response, wave, municipality, sector, target, target == null ? "IMPORT" : "SURVEY").update();
        jdbc.sql("""
                        INSERT INTO survey_answer (response_id, item_id, score)
                        SELECT ?, i.id, CASE i.item_code WHEN 'PS1' THEN ? ELSE ? END
                        FROM survey_item i JOIN survey_instrument s ON s.id = i.instrument_id
                        WHERE s.code = 'PS' AND s.version = 1 AND i.item_code IN ('PS1', 'PS2', 'PS3')""")
                .params(response, ps1, ps).update();
        jdbc.sql("""
                        INSERT INTO survey_answer (response_id, item_id, score)
                        SELECT ?, i.id, ? FROM survey_item i JOIN survey_instrument s ON s.id = i.instrument_id
                        WHERE s.code = 'RC' AND s.version = 1""")
                .params(response, rc).update();
    }
}
