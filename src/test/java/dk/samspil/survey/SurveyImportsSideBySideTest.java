package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import dk.samspil.municipality.Sector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two data managers import the survey answers of two municipalities for the same month at the same
 * moment (issue 14 item 2): both land, neither is lost to a deadlock, and the wave's score cells
 * count both, as a fill from scratch would.
 */
@SpringBootTest
class SurveyImportsSideBySideTest {

    private static final int AABENRAA = 580;
    private static final int ASSENS = 420;
    private static final YearMonth MONTH = YearMonth.of(2015, 6);

    @Autowired
    SurveyResponseImport imports;
    @Autowired
    ScoreCells cells;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private long wave;

    @AfterEach
    void removeTheWave() {
        jdbc.sql("DELETE FROM survey_response WHERE wave_id = ?").param(wave).update();
        jdbc.sql("DELETE FROM survey_wave WHERE id = ?").param(wave).update();
    }

    @Test
    void two_municipalities_replacing_the_same_month_at_once_both_land_and_the_cells_count_both() throws Exception {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on, closed_on) VALUES (?, 'PULSE', 'CLOSED', ?, ?)")
                .params(MONTH.atDay(1), MONTH.atDay(1), MONTH.atEndOfMonth()).update(key);
        wave = key.getKey().longValue();
        for (int code : new int[] {AABENRAA, ASSENS}) {
            jdbc.sql("INSERT INTO survey_wave_municipality (wave_id, municipality_code) VALUES (?, ?)").params(wave, code)
                    .update();
        }
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            int score = 1 + round % 5;
            // each round 3 more answer sets per sector, so the closed wave's published figures may change
            int respondents = 240 + 18 * round;
            CompletableFuture<Void> first = CompletableFuture.runAsync(
                    () -> replace(together, AABENRAA, respondents, score, failures));
            CompletableFuture<Void> second = CompletableFuture.runAsync(
                    () -> replace(together, ASSENS, respondents, 6 - score, failures));
            first.join();
            second.join();

            assertThat(failures).as("round %d", round).isEmpty();
            for (int code : new int[] {AABENRAA, ASSENS}) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE wave_id = ? AND municipality_code = ?")
                        .params(wave, code).query(Long.class).single()).as("answer sets of %d, round %d", code, round)
                        .isEqualTo(respondents);
            }
            List<Map<String, Object>> filledSideBySide = cellRows();
            transactions.executeWithoutResult(status -> cells.fill(wave));
            assertThat(filledSideBySide).as("cells after round %d", round).isNotEmpty().isEqualTo(cellRows());
        }
    }

    private void replace(CyclicBarrier together, int municipality, int respondents, int score, List<String> failures) {
        List<SurveyResponseImport.ImportedAnswer> answers = new ArrayList<>();
        for (int respondent = 0; respondent < respondents; respondent++) {
            for (String item : List.of("PS1", "PS2", "PS3", "PS4", "RCL1", "RCL2")) {
                answers.add(new SurveyResponseImport.ImportedAnswer("r" + respondent,
                        Sector.values()[respondent % Sector.values().length], item, score));
            }
        }
        try {
            together.await();
            // as the import job's write step runs it (ImportJobConfiguration)
            TransactionTemplate writeStep = new TransactionTemplate(transactionManager);
            writeStep.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
            writeStep.executeWithoutResult(status -> imports.replace(municipality, MONTH, answers));
        } catch (Exception e) {
            synchronized (failures) {
                failures.add(municipality + ": " + e);
            }
        }
    }

    private List<Map<String, Object>> cellRows() {
        return jdbc.sql("""
                        SELECT municipality_code, sector_code, target_sector_code, construct, respondents, score_sum
                        FROM survey_score_cell WHERE wave_id = ?
                        ORDER BY municipality_code, sector_code, target_sector_code, construct""")
                .param(wave).query().listOfRows();
    }
}
