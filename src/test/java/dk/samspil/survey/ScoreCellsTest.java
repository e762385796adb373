package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The pre-aggregated cells say what the answers say, and the ties cut keeps the anonymity rule.
 * A closed wave of Middelfart (410) made for it:
 * <ul>
 * <li>psychiatry, PS2 and PS4 (neither reversed): (7, 5) → 6, (3, 3) → 3, (1, 2) → 1.5, so
 *     n = 3, Σ = 10.5, Σ² = 36 + 9 + 2.25 = 47.25; a fourth answered only PS2 of PS2, PS4, PS6
 *     (fewer than half) and has no score;</li>
 * <li>psychiatry rating relational coordination (RC1..RC7 all the same answer): social services
 *     6 × 4, the job centre 5 × 3, the NGO 2 × 5;</li>
 * <li>social services rating psychiatry: 3 × 2.</li>
 * </ul>
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreCellsTest {

    private static final int MIDDELFART = 410;

    @Autowired
    SurveyResults results;
    @Autowired
    ScoreCells cells;
    @Autowired
    JdbcClient jdbc;

    private long wave;

    @BeforeAll
    void a_closed_wave_answered_by_hand() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on, closed_on) "
                + "VALUES ('2019-03-01', 'PULSE', 'CLOSED', '2019-03-01', '2019-03-31')").update(key);
        wave = key.getKey().longValue();
        jdbc.sql("INSERT INTO survey_wave_municipality VALUES (?, ?)").params(wave, MIDDELFART).update();
        respond("PSYCHIATRY", null, Map.of("PS2", 7, "PS4", 5));
        respond("PSYCHIATRY", null, Map.of("PS2", 3, "PS4", 3));
        respond("PSYCHIATRY", null, Map.of("PS2", 1, "PS4", 2));
        byte[] unscored = respond("PSYCHIATRY", null, Map.of("PS2", 4));
        jdbc.sql("""
                        INSERT INTO survey_answer (response_id, item_id, score) SELECT ?, i.id, NULL FROM survey_item i
                        JOIN survey_instrument s ON s.id = i.instrument_id
                        WHERE s.code = 'PS' AND s.version = 1 AND i.item_code IN ('PS4', 'PS6')""")
                .param(unscored).update();
        rc("PSYCHIATRY", "SOCIAL_SERVICES", 4, 6);
        rc("PSYCHIATRY", "JOB_CENTRE", 3, 5);
        rc("PSYCHIATRY", "NGO", 5, 2);
        rc("SOCIAL_SERVICES", "PSYCHIATRY", 2, 3);
    }

    @Test
    void the_cells_of_a_wave_hold_n_sum_and_sum_of_squares_of_the_live_scores() {
        Map<String, GroupScore> live = bySector(results.sectorScores(wave, MIDDELFART, Construct.PSYCHOLOGICAL_SAFETY));
        List<Tie> liveTies = results.ties(wave, MIDDELFART);

        cells.fill(wave);
        cells.fill(wave);

        assertThat(cells.filled(wave)).isTrue();
        Map<String, Object> psychiatry = jdbc.sql("""
                        SELECT respondents, score_sum, score_squares FROM survey_score_cell
                        WHERE wave_id = ? AND sector_code = 'PSYCHIATRY' AND construct = 'PSYCHOLOGICAL_SAFETY'""")
                .param(wave).query().singleRow();
        assertThat(((Number) psychiatry.get("respondents")).intValue()).isEqualTo(3);
        assertThat(((Number) psychiatry.get("score_sum")).doubleValue()).isEqualTo(10.5);
        assertThat(((Number) psychiatry.get("score_squares")).doubleValue()).isEqualTo(47.25);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_score_cell WHERE wave_id = ?").param(wave)
                .query(Integer.class).single()).as("PS psychiatry + four RC ties, once however often filled").isEqualTo(5);

        Map<String, GroupScore> fromCells = bySector(results.sectorScores(wave, MIDDELFART, Construct.PSYCHOLOGICAL_SAFETY));
        assertThat(fromCells.keySet()).isEqualTo(live.keySet());
        live.forEach((sector, score) -> {
            GroupScore cell = fromCells.get(sector);
            assertThat(cell.n()).isEqualTo(score.n());
            assertThat(cell.suppressed()).isEqualTo(score.suppressed());
            if (score.mean() != null) {
                assertThat(cell.mean()).isCloseTo(score.mean(), within(1e-9));
            }
        });
        assertThat(results.ties(wave, MIDDELFART)).isEqualTo(liveTies);
        assertThat(jdbc.sql("""
                        SELECT CONCAT(construct, ' ', respondents, ' ', score_sum) FROM survey_score_total
                        WHERE wave_id = ? ORDER BY construct""").param(wave).query(String.class).list())
                .as("the municipality's roll-up per construct, once however often filled")
                .containsExactly("PSYCHOLOGICAL_SAFETY 3 10.5", "RELATIONAL_COORDINATION " + jdbc.sql("""
                        SELECT CONCAT(SUM(respondents), ' ', SUM(score_sum)) FROM survey_score_cell
                        WHERE wave_id = ? AND construct = 'RELATIONAL_COORDINATION'""").param(wave).query(String.class).single());
    }

    @Test
    void the_mean_and_interval_of_psychiatry_come_from_the_sums() {
        // mean 3.5; s² = (47.25 − 3 · 3.5²) / 2 = 5.25, s = 2.29129; t(0.975; 2) = 4.30265,
        // half width 4.30265 · 2.29129 / √3 = 5.69187
        GroupScore psychiatry = GroupScore.of("PSYCHIATRY", new ScoreSums(3, 10.5, 47.25));
        assertThat(psychiatry.mean()).isEqualTo(3.5);
        assertThat(psychiatry.low()).isCloseTo(3.5 - 5.69187, within(1e-4));
        assertThat(psychiatry.high()).isCloseTo(3.5 + 5.69187, within(1e-4));
    }

    @Test
    void a_tie_of_2_is_hidden_with_the_next_smallest_and_a_row_of_3_is_hidden_whole() {
        Map<String, Tie> ties = results.ties(wave, MIDDELFART).stream()
                .collect(Collectors.toMap(t -> t.from() + ">" + t.to(), t -> t));
        assertThat(ties.get("PSYCHIATRY>SOCIAL_SERVICES").score().mean()).isEqualTo(4.0);
        assertThat(ties.get("PSYCHIATRY>SOCIAL_SERVICES").score().n()).isEqualTo(6);
        assertThat(ties.get("PSYCHIATRY>NGO").score().suppressed()).isTrue();
        assertThat(ties.get("PSYCHIATRY>JOB_CENTRE").score().suppressed())
                .as("5 is enough alone, but would give the NGO's 2 away from psychiatry's total").isTrue();
        assertThat(ties.get("PSYCHIATRY>JOB_CENTRE").score().mean()).isNull();
        assertThat(ties.get("SOCIAL_SERVICES>PSYCHIATRY").score().suppressed()).isTrue();
        assertThat(ties.get("NGO>PSYCHIATRY").score().n()).isZero();
        assertThat(ties).hasSize(30);
    }

    private Map<String, GroupScore> bySector(List<GroupScore> groups) {
        return groups.stream().collect(Collectors.toMap(GroupScore::group, g -> g));
    }

    private void rc(String sector, String target, int answer, int respondents) {
        for (int i = 0; i < respondents; i++) {
            respond(sector, target, Map.of("RC1", answer, "RC2", answer, "RC3", answer, "RC4", answer,
                    "RC5", answer, "RC6", answer, "RC7", answer));
        }
    }

    private byte[] respond(String sector, String target, Map<String, Integer> answers) {
        byte[] response = AnswerSetId.random();
        jdbc.sql("INSERT INTO survey_response (id, wave_id, municipality_code, sector_code, target_sector_code, source) "
                + "VALUES (?, ?, ?, ?, ?, 'SURVEY')").params(response, wave, MIDDELFART, sector, target).update();
        answers.forEach((item, score) -> jdbc.sql("""
                        INSERT INTO survey_answer (response_id, item_id, score) SELECT ?, i.id, ? FROM survey_item i
                        JOIN survey_instrument s ON s.id = i.instrument_id
                        WHERE s.version = 1 AND i.item_code = ?""")
                .params(response, score, item).update());
        return response;
    }
}
