package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dk.samspil.municipality.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a curious insider with the database and the file would try on the streamed import
 * (docs/decisions/0020, 0012): the answer-set ids are computed from the reference under a key of
 * the import's own, so they must not repeat when the same file comes again (or a reference could
 * be followed from one delivery to the next), and must be shaped as the random ids of answers given
 * in Samspil. An import's sets share a prefix drawn for that import (docs/decisions/0030): it says
 * "delivered together", which their wave, municipality and source say already, and the next
 * delivery of the same file has another.
 */
@SpringBootTest
class StreamedImportLinkageTest {

    private static final int ODENSE = 461;
    private static final YearMonth MONTH = YearMonth.of(2019, 5);

    @Autowired
    SurveyResponseImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void the_same_file_twice_gets_other_ids_shaped_as_random_ones() {
        List<SurveyResponseImport.ImportedAnswer> answers = new ArrayList<>();
        for (int respondent = 0; respondent < 60; respondent++) {
            for (String item : List.of("PS1", "PS4", "RCL1")) {
                answers.add(new SurveyResponseImport.ImportedAnswer(String.format("ref-%03d", respondent),
                        Sector.values()[respondent % 3], item, 1 + respondent % 5));
            }
        }

        List<String> first = importAndReadIds(answers);
        List<String> second = importAndReadIds(answers);

        assertThat(first).hasSize(60).doesNotHaveDuplicates();
        assertThat(second).hasSize(60).doesNotContainAnyElementsOf(first);
        assertThat(first).allMatch(id -> id.charAt(12) == '4', "shaped as version-4 UUIDs");
        String prefix = first.getFirst().substring(0, 2 * AnswerLoad.PREFIX_BYTES);
        assertThat(first).allMatch(id -> id.startsWith(prefix), "one import's sets side by side in the key");
        assertThat(second).noneMatch(id -> id.startsWith(prefix));
        assertThat(first.stream().map(id -> id.substring(2 * AnswerLoad.PREFIX_BYTES))).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id "
                        + "JOIN survey_wave w ON w.id = r.wave_id WHERE w.period = '2019-05-01' AND r.municipality_code = ?")
                .param(ODENSE).query(Long.class).single()).as("the second delivery replaced the first").isEqualTo(180);
    }

    private List<String> importAndReadIds(List<SurveyResponseImport.ImportedAnswer> answers) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> imports.replace(ODENSE, MONTH, answers));
        return jdbc.sql("""
                        SELECT LOWER(HEX(r.id)) FROM survey_response r JOIN survey_wave w ON w.id = r.wave_id
                        WHERE w.period = '2019-05-01' AND r.municipality_code = ? AND r.source = 'IMPORT'""")
                .param(ODENSE).query(String.class).list();
    }
}
