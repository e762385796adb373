package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.importing.file.ProposedImport;
import dk.samspil.support.SignIn;
import dk.samspil.survey.Construct;
import dk.samspil.survey.SurveyResults;
import dk.samspil.survey.SurveyResultsCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Imported answers into a closed wave's month (docs/decisions/0011), through the real import job on
 * the real database: the month's imported answers are replaced in one step, and a file that would
 * change a published figure by 1 or 2 respondents is refused whole, in plain words, changing nothing.
 * Langeland's August 2019 wave: 10 professionals from psychiatry and 10 from social services
 * answered in Samspil; the tests run in order, each from the imports the one before left.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyImportIntoAClosedMonthTest {

    private static final int LANGELAND = 482;
    private static final String FILE = "survey-responses-2019-08.csv";
    private static final String HEADER = "response_ref,wave,municipality_code,sector,item_code,score\n";

    @Autowired
    ImportService imports;
    @Autowired
    SurveyResults results;
    @Autowired
    SurveyResultsCsv csv;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private long wave;

    @BeforeAll
    void a_closed_wave_answered_in_samspil() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on, closed_on) "
                + "VALUES ('2019-08-01', 'PULSE', 'CLOSED', '2019-08-01', '2019-08-31')").update(key);
        wave = key.getKey().longValue();
        jdbc.sql("INSERT INTO survey_wave_municipality VALUES (?, ?)").params(wave, LANGELAND).update();
        for (String sector : List.of("PSYCHIATRY", "SOCIAL_SERVICES")) {
            for (int i = 0; i < 10; i++) {
                java.util.UUID id = java.util.UUID.randomUUID();
                byte[] response = java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                        .putLong(id.getLeastSignificantBits()).array();
                jdbc.sql("INSERT INTO survey_response (id, wave_id, municipality_code, sector_code, source) "
                        + "VALUES (?, ?, ?, ?, 'SURVEY')").params(response, wave, LANGELAND, sector).update();
                jdbc.sql("""
                                INSERT INTO survey_answer (response_id, item_id, score)
                                SELECT ?, i.id, ? FROM survey_item i JOIN survey_instrument s ON s.id = i.instrument_id
                                WHERE s.code = 'PS' AND s.version = 1 AND i.item_code IN ('PS1', 'PS2', 'PS3')""")
                        .params(response, 2 + i % 5).update();
            }
        }
    }

    @Test
    @Order(1)
    void an_import_that_would_change_a_published_figure_by_fewer_than_three_is_refused_whole_and_changes_nothing() {
        String published = figures();

        ImportSummary one = run(answersFromPsychiatry(1));

        assertThat(one.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(one.rejection()).isEqualTo("import.rejected.small-difference");
        List<ReportedError> report = imports.reportOf(one.id());
        assertThat(report).extracting(ReportedError::reasonKey).containsExactly("import.error.small-difference");
        assertThat(new ImportReportText(Locale.ENGLISH).line(report.getFirst()))
                .isEqualTo("2019-08, Langeland: the file would change figures already published by 1 respondent(s).");
        assertThat(new ImportReportText(Locale.of("da")).text(one.rejection())).startsWith("Filen ville ændre");
        assertThat(figures()).isEqualTo(published);
        assertThat(responses()).isEqualTo(20);

        ImportSummary three = run(answersFromPsychiatry(3));

        assertThat(three.status()).as("3 more is a change the rule allows").isEqualTo(ImportStatus.COMPLETED);
        assertThat(responses()).isEqualTo(23);
        String withThree = figures();
        assertThat(withThree).isNotEqualTo(published).contains("PSYCHIATRY, n=13");

        assertThat(run(answersFromPsychiatry(3)).status()).as("the same file again changes nothing").isEqualTo(ImportStatus.COMPLETED);
        assertThat(figures()).isEqualTo(withThree);

        List<String> items = List.of("PS1", "PS2", "PS3");
        ImportSummary otherThree = run(HEADER + respondent("S1", items, 7) + respondent("S2", items, 7) + respondent("S3", items, 7));
        assertThat(otherThree.status()).as("three others in place of the three").isEqualTo(ImportStatus.FAILED);
        assertThat(imports.reportOf(otherThree.id())).extracting(ReportedError::reasonKey)
                .containsExactly("import.error.small-difference.same-count");
        assertThat(figures()).isEqualTo(withThree);

        for (int respondents : new int[] {4, 2}) {
            ImportSummary small = run(answersFromPsychiatry(respondents));
            assertThat(small.status()).as(respondents + " in place of 3").isEqualTo(ImportStatus.FAILED);
            assertThat(small.rejection()).isEqualTo("import.rejected.small-difference");
            assertThat(figures()).isEqualTo(withThree);
            assertThat(responses()).isEqualTo(23);
        }
    }

    @Test
    @Order(2)
    void three_more_answer_sets_of_which_one_answers_an_item_are_refused_for_that_items_bars() {
        String before = figures();
        String bars = bars();
        // the measure's respondents grow by 3, but PS3's bars by the one answer of Q1
        String file = answersFromPsychiatry(3) + respondent("Q1", List.of("PS1", "PS2", "PS3"), 5)
                + respondent("Q2", List.of("PS1", "PS2"), 5) + respondent("Q3", List.of("PS1", "PS2"), 5);

        ImportSummary refused = run(file);

        assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(refused.rejection()).isEqualTo("import.rejected.small-difference");
        assertThat(figures()).isEqualTo(before);
        assertThat(bars()).isEqualTo(bars);

        String allThree = answersFromPsychiatry(3) + respondent("Q1", List.of("PS1", "PS2", "PS3"), 5)
                + respondent("Q2", List.of("PS1", "PS2", "PS3"), 5) + respondent("Q3", List.of("PS1", "PS2", "PS3"), 5);
        assertThat(run(allThree).status()).as("3 more answers to every item").isEqualTo(ImportStatus.COMPLETED);
        assertThat(bars()).isNotEqualTo(bars);
    }

    private String bars() {
        SignIn.as(users, "data");
        try {
            return results.itemDistributions(wave, LANGELAND, Construct.PSYCHOLOGICAL_SAFETY, null) + "\n"
                    + results.itemDistributions(wave, LANGELAND, Construct.PSYCHOLOGICAL_SAFETY,
                    dk.samspil.municipality.Sector.PSYCHIATRY);
        } finally {
            SignIn.out();
        }
    }

    private static String respondent(String ref, List<String> items, int score) {
        StringBuilder rows = new StringBuilder();
        items.forEach(item -> rows.append(ref).append(",2019-08,").append(LANGELAND).append(",PSYCHIATRY,").append(item)
                .append(',').append(score).append('\n'));
        return rows.toString();
    }

    /**
     * Every figure of the wave a reader can see: the sector cut, the comparison, the CSV. Doubles to
     * 10 decimals: answer sets have random ids, so a refill sums the same scores in another order,
     * which moves an interval's last binary digits and nothing a reader sees.
     */
    private String figures() {
        SignIn.as(users, "data");
        try {
            String shown = results.sectorScores(wave, LANGELAND, Construct.PSYCHOLOGICAL_SAFETY) + "\n"
                    + results.municipalityComparison(wave, Construct.PSYCHOLOGICAL_SAFETY) + "\n"
                    + csv.municipalityComparison(wave, Locale.of("da"), key -> key);
            return java.util.regex.Pattern.compile("\\d+\\.\\d{11,}").matcher(shown)
                    .replaceAll(m -> new java.math.BigDecimal(m.group()).setScale(10, java.math.RoundingMode.HALF_UP).toPlainString());
        } finally {
            SignIn.out();
        }
    }

    private static String answersFromPsychiatry(int respondents) {
        StringBuilder file = new StringBuilder(HEADER);
        for (int r = 1; r <= respondents; r++) {
            for (String item : List.of("PS1", "PS2", "PS3")) {
                file.append("P").append(r).append(",2019-08,").append(LANGELAND).append(",PSYCHIATRY,").append(item)
                        .append(',').append(1 + r % 7).append('\n');
            }
        }
        return file.toString();
    }

    private ImportSummary run(String content) {
        ImportPeriod period = ProposedImport.fromFileName(FILE).orElseThrow().period();
        return imports.importAs("test", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                new ImportService.ImportRequest(FILE, FileKind.fromFileName(FILE).orElseThrow(), period, ImportMode.STRICT));
    }

    private long responses() {
        return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE wave_id = ?").param(wave).query(Long.class).single();
    }
}
