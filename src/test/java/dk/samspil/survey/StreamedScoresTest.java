package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.samspil.municipality.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import scores its answer sets from its own stream (docs/decisions/0029) and adds the answers
 * Samspil collected itself from the database. Into a closed demo wave that has Samspil's own
 * answers, the cells it stores must be the cells the database computes from every answer, whether
 * the file's sets are adjacent (tallied from the stream) or scattered (the SQL fallback); and the
 * item counts tallied from the stream, added to Samspil's own, must be the counts of every answer.
 */
@SpringBootTest
class StreamedScoresTest {

    @Autowired
    SurveyResponseImport imports;
    @Autowired
    ScoreCells cells;
    @Autowired
    ItemCuts items;
    @Autowired
    InstrumentCatalogue instruments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private record Key(int municipality, String sector, String target, Construct construct) {
    }

    private record Wave(long id, int municipality, YearMonth month) {
    }

    @Test
    void adjacent_answer_sets_give_the_cells_and_item_counts_of_every_answer() {
        Wave wave = closedWaveWithOwnAnswers();
        List<SurveyResponseImport.ImportedAnswer> answers = answers(false);

        importInto(wave, answers);

        assertCellsAreTheDatabasesOwn(wave.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE wave_id = ? AND municipality_code = ? "
                        + "AND source = 'SURVEY'").params(wave.id(), wave.municipality()).query(Long.class).single())
                .as("the wave has Samspil's own answers to add").isPositive();

        StreamedScores streamed = new StreamedScores(instruments.active().values());
        Map<String, Long> itemIds = new HashMap<>();
        instruments.active().values().forEach(i -> i.items().forEach(item -> itemIds.put(item.code(), item.id())));
        String set = null;
        for (SurveyResponseImport.ImportedAnswer answer : answers) {
            if (!answer.responseRef().equals(set)) {
                streamed.startSet(AnswerLoad.waveKey(wave.municipality(), wave.month()), wave.municipality(),
                        answer.sector().name());
                set = answer.responseRef();
            }
            streamed.answer(itemIds.get(answer.itemCode()), answer.score());
        }
        streamed.finish();
        assertThat(flat(ItemCuts.plus(items.countsNotImported(wave.id(), List.of(wave.municipality())),
                streamed.counts(java.util.Set.of(AnswerLoad.waveKey(wave.municipality(), wave.month()))))))
                .isEqualTo(flat(items.counts(wave.id(), List.of(wave.municipality()))));
    }

    @Test
    void scattered_answer_sets_give_the_cells_of_every_answer_too() {
        Wave wave = closedWaveWithOwnAnswers();

        importInto(wave, answers(true));

        assertCellsAreTheDatabasesOwn(wave.id());
    }

    private Wave closedWaveWithOwnAnswers() {
        return jdbc.sql("""
                        SELECT w.id, r.municipality_code, w.period FROM survey_wave w JOIN survey_response r ON r.wave_id = w.id
                        WHERE w.status = 'CLOSED' AND r.source = 'SURVEY'
                        GROUP BY w.id, r.municipality_code, w.period ORDER BY COUNT(*) DESC, w.id LIMIT 1""")
                .query((rs, n) -> new Wave(rs.getLong(1), rs.getInt(2),
                        YearMonth.from(rs.getObject(3, LocalDate.class))))
                .single();
    }

    /** 60 respondents, 20 a sector, every one answering three items; item by item for all when scattered. */
    private static List<SurveyResponseImport.ImportedAnswer> answers(boolean scattered) {
        List<SurveyResponseImport.ImportedAnswer> answers = new ArrayList<>();
        List<String> itemCodes = List.of("PS1", "PS4", "RCL1");
        for (int outer = 0; outer < (scattered ? itemCodes.size() : 60); outer++) {
            for (int inner = 0; inner < (scattered ? 60 : itemCodes.size()); inner++) {
                int respondent = scattered ? inner : outer;
                String item = itemCodes.get(scattered ? outer : inner);
                answers.add(new SurveyResponseImport.ImportedAnswer("ref-" + respondent,
                        List.of(Sector.values()).get(respondent % 3), item, 1 + (respondent * 7 + item.length()) % 5));
            }
        }
        return answers;
    }

    private void importInto(Wave wave, List<SurveyResponseImport.ImportedAnswer> answers) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                imports.replace(wave.municipality(), wave.month(), answers));
    }

    private void assertCellsAreTheDatabasesOwn(long wave) {
        Map<Key, ScoreSums> stored = byKey(cells.cells(wave));
        Map<Key, ScoreSums> computed = byKey(cells.computed(wave, List.of()));
        assertThat(stored.keySet()).isEqualTo(computed.keySet());
        computed.forEach((key, sums) -> {
            assertThat(stored.get(key).n()).as("n of %s", key).isEqualTo(sums.n());
            assertThat(stored.get(key).sum()).as("Σ of %s", key).isCloseTo(sums.sum(), within(1e-9));
            assertThat(stored.get(key).sumOfSquares()).as("Σ² of %s", key).isCloseTo(sums.sumOfSquares(), within(1e-9));
        });
    }

    private static Set<String> flat(Map<Integer, Map<Construct, List<ItemCuts.Count>>> counts) {
        Set<String> flat = new HashSet<>();
        counts.forEach((municipality, byConstruct) -> byConstruct.forEach((construct, list) -> list.forEach(count ->
                flat.add(municipality + " " + construct + " " + count))));
        return flat;
    }

    private static Map<Key, ScoreSums> byKey(List<ScoreCell> cells) {
        return cells.stream().collect(Collectors.toMap(
                cell -> new Key(cell.municipalityCode(), cell.sectorCode(), cell.targetSectorCode(), cell.construct()),
                ScoreCell::sums, ScoreSums::plus));
    }
}
