package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * The anonymity rule for every cut and output of {@link SurveyResults}, on a wave made for it:
 * Odense 17 respondents (psychiatry 7, social services 6, job centre 4), Fanø 3, Ærø 6, Nyborg 8.
 * Everyone answers PS1 = 2, PS2 = 6, PS3 = 2, so every respondent scores (8−2 + 6 + 8−2) / 3 = 6.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyResultsTest {

    @Autowired
    SurveyResults results;
    @Autowired
    SurveyResultsCsv csv;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private long wave;

    @BeforeAll
    void a_closed_wave_with_a_small_municipality_and_a_small_sector() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on, closed_on) "
                + "VALUES ('2020-01-01', 'PULSE', 'CLOSED', '2020-01-01', '2020-01-31')").update(key);
        wave = key.getKey().longValue();
        for (int municipality : new int[] {461, 563, 492, 450}) {
            jdbc.sql("INSERT INTO survey_wave_municipality VALUES (?, ?)").params(wave, municipality).update();
        }
        respondents(461, "PSYCHIATRY", 7);
        respondents(461, "SOCIAL_SERVICES", 6);
        respondents(461, "JOB_CENTRE", 4);
        respondents(563, "NGO", 3);
        respondents(492, "SOCIAL_SERVICES", 6);
        respondents(450, "PSYCHIATRY", 8);
    }

    @Test
    void by_sector_the_4_is_hidden_and_so_is_the_6_that_would_give_it_away_by_subtraction() {
        Map<String, GroupScore> bySector = byGroup(results.sectorScores(wave, 461, Construct.PSYCHOLOGICAL_SAFETY));
        assertThat(bySector.get("PSYCHIATRY").mean()).isEqualTo(6.0);
        assertThat(bySector.get("SOCIAL_SERVICES").suppressed()).isTrue();
        assertThat(bySector.get("JOB_CENTRE").suppressed()).isTrue();
        assertThat(bySector.get("JOB_CENTRE").mean()).isNull();
        assertThat(bySector.get(SurveyResults.TOTAL).n()).isEqualTo(17);
        assertThat(bySector.get(SurveyResults.TOTAL).mean()).isEqualTo(6.0);
    }

    @Test
    void by_municipality_faroe_is_hidden_and_the_next_smallest_too() {
        Map<String, GroupScore> byMunicipality = byGroup(results.municipalityComparison(wave, Construct.PSYCHOLOGICAL_SAFETY));
        assertThat(byMunicipality.get("563").suppressed()).isTrue();
        assertThat(byMunicipality.get("492").suppressed()).as("Ærø, 6, would give Fanø away").isTrue();
        assertThat(byMunicipality.get("450").suppressed()).isFalse();
        assertThat(byMunicipality.get("461").n()).isEqualTo(17);
        assertThat(byMunicipality.get(SurveyResults.TOTAL).n()).isEqualTo(34);
    }

    @Test
    void a_municipality_too_small_on_its_own_is_hidden_in_its_own_scores_trend_and_item_distribution() {
        assertThat(results.municipalityScores(wave, 563).get(Construct.PSYCHOLOGICAL_SAFETY).suppressed()).isTrue();
        assertThat(results.municipalityScores(wave, 461).get(Construct.PSYCHOLOGICAL_SAFETY).mean()).isEqualTo(6.0);
        List<GroupScore> trend = results.trend(563, Construct.PSYCHOLOGICAL_SAFETY, 100);
        assertThat(trend.getFirst().group()).isEqualTo("2020-01");
        assertThat(trend.getFirst().suppressed()).isTrue();
        assertThat(results.itemDistribution(wave, 563, "PS2").suppressed()).isTrue();
        assertThat(results.itemDistribution(wave, 563, "PS2").counts()).isEmpty();
        assertThat(results.itemDistribution(wave, 461, "PS2").counts()).containsExactly(Map.entry(6, 17L));
    }

    @Test
    void the_thank_you_page_and_the_overview_tile_hide_the_municipality_the_comparison_hides_beside_a_small_one() {
        // Ærø's 6 would reach the threshold alone, but beside Fanø's 3 it would give Fanø away
        assertThat(results.municipalityScores(wave, 492).get(Construct.PSYCHOLOGICAL_SAFETY).suppressed()).isTrue();
        assertThat(results.municipalityScores(wave, 492).get(Construct.PSYCHOLOGICAL_SAFETY).mean()).isNull();
        YearMonth month = YearMonth.of(2020, 1);
        assertThat(results.trend(492, Construct.PSYCHOLOGICAL_SAFETY, month, month).getFirst().suppressed()).isTrue();
        assertThat(results.trend(450, Construct.PSYCHOLOGICAL_SAFETY, month, month).getFirst().mean()).isEqualTo(6.0);
        assertThat(results.programmeTrend(Construct.PSYCHOLOGICAL_SAFETY, month, month).getFirst().n()).isEqualTo(34);
        Map<String, GroupScore> bySector = byGroup(results.sectorScores(wave, 492, Construct.PSYCHOLOGICAL_SAFETY));
        assertThat(bySector.get(SurveyResults.TOTAL).suppressed()).as("Ærø's total in its own sector cut").isTrue();
        assertThat(bySector.get("SOCIAL_SERVICES").suppressed()).as("its one sector would add up to it").isTrue();
    }

    @Test
    void response_counts_below_the_threshold_are_shown_only_as_fewer_than() {
        assertThat(results.responseCounts(wave)).contains(new ResponseCount(563, "NGO", null, true, null),
                new ResponseCount(461, "PSYCHIATRY", 7, false, null), new ResponseCount(461, "JOB_CENTRE", null, true, null));
    }

    @Test
    void the_csv_export_obeys_the_same_rule() {
        SignIn.as(users, "data");
        try {
            String export = csv.municipalityComparison(wave, Locale.of("da"), key -> key);
            List<String> lines = export.lines().toList();
            assertThat(lines).anyMatch(line -> line.startsWith("563;Fanø;construct.PSYCHOLOGICAL_SAFETY;< 5;survey.too-few"));
            assertThat(lines).anyMatch(line -> line.startsWith("492;Ærø;construct.PSYCHOLOGICAL_SAFETY;< 5;survey.too-few"));
            assertThat(lines).anyMatch(line -> line.startsWith("461;Odense;construct.PSYCHOLOGICAL_SAFETY;17;6,00"));
            assertThat(lines).anyMatch(line -> line.startsWith("TOTAL;csv.programme;construct.PSYCHOLOGICAL_SAFETY;34;6,00"));
            assertThat(export).doesNotContain("563;Fanø;construct.PSYCHOLOGICAL_SAFETY;3");
            assertThat(csv.municipalityComparison(wave, Locale.ENGLISH, key -> key).lines().toList())
                    .as("from the English UI: commas between cells, a decimal point")
                    .anyMatch(line -> line.startsWith("461,Odense,construct.PSYCHOLOGICAL_SAFETY,17,6.00,"))
                    .anyMatch(line -> line.startsWith("563,Fanø,construct.PSYCHOLOGICAL_SAFETY,< 5,survey.too-few"));
        } finally {
            SignIn.out();
        }
    }

    private void respondents(int municipality, String sector, int count) {
        for (int i = 0; i < count; i++) {
            byte[] response = AnswerSetId.random();
            jdbc.sql("INSERT INTO survey_response (id, wave_id, municipality_code, sector_code, source) "
                    + "VALUES (?, ?, ?, ?, 'SURVEY')").params(response, wave, municipality, sector).update();
            jdbc.sql("""
                            INSERT INTO survey_answer (response_id, item_id, score)
                            SELECT ?, i.id, CASE i.item_code WHEN 'PS2' THEN 6 ELSE 2 END
                            FROM survey_item i JOIN survey_instrument s ON s.id = i.instrument_id
                            WHERE s.code = 'PS' AND s.version = 1 AND i.item_code IN ('PS1', 'PS2', 'PS3')""")
                    .param(response).update();
        }
    }

    private static Map<String, GroupScore> byGroup(List<GroupScore> groups) {
        return groups.stream().collect(java.util.stream.Collectors.toMap(GroupScore::group, g -> g));
    }
}
