package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database fills the score cells with the scoring rule written in SQL (docs/decisions/0020);
 * the rule in Java ({@link RespondentScore}, through {@link AnswerScoring}) stays the live path. On
 * every wave of the demo programme, open or closed, both give the same cells: the same keys, the
 * same respondents, the same sums to the last few binary digits (the server adds in its own order).
 */
@SpringBootTest
class ScoreCellsInSqlTest {

    @Autowired
    ScoreCells cells;
    @Autowired
    AnswerScoring scoring;
    @Autowired
    JdbcClient jdbc;

    private record Key(int municipality, String sector, String target, Construct construct) {
    }

    @Test
    void the_cells_the_database_computes_are_the_cells_java_scores_on_every_demo_wave() {
        List<Long> waves = jdbc.sql("SELECT DISTINCT wave_id FROM survey_response").query(Long.class).list();
        assertThat(waves).as("the demo programme has answered waves").hasSizeGreaterThan(3);
        long compared = 0;
        for (long wave : waves) {
            Map<Key, ScoreSums> java = byKey(ScoreCell.of(scoring.scored(wave, null)));
            Map<Key, ScoreSums> sql = byKey(cells.computed(wave, List.of()));
            assertThat(sql.keySet()).as("cells of wave %d", wave).isEqualTo(java.keySet());
            for (Map.Entry<Key, ScoreSums> cell : java.entrySet()) {
                ScoreSums fromSql = sql.get(cell.getKey());
                assertThat(fromSql.n()).as("n of %s in wave %d", cell.getKey(), wave).isEqualTo(cell.getValue().n());
                assertThat(fromSql.sum()).as("Σ of %s", cell.getKey()).isCloseTo(cell.getValue().sum(), within(1e-9));
                assertThat(fromSql.sumOfSquares()).as("Σ² of %s", cell.getKey())
                        .isCloseTo(cell.getValue().sumOfSquares(), within(1e-9));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void a_municipality_computed_alone_has_the_cells_it_has_in_the_whole_wave() {
        long wave = jdbc.sql("SELECT wave_id FROM survey_response GROUP BY wave_id ORDER BY COUNT(*) DESC LIMIT 1")
                .query(Long.class).single();
        int municipality = jdbc.sql("SELECT MIN(municipality_code) FROM survey_response WHERE wave_id = ?").param(wave)
                .query(Integer.class).single();

        List<ScoreCell> alone = cells.computed(wave, List.of(municipality));

        assertThat(alone).isNotEmpty().allMatch(cell -> cell.municipalityCode() == municipality);
        assertThat(byKey(alone)).isEqualTo(byKey(cells.computed(wave, List.of()).stream()
                .filter(cell -> cell.municipalityCode() == municipality).toList()));
    }

    private static Map<Key, ScoreSums> byKey(List<ScoreCell> cells) {
        return cells.stream().collect(Collectors.toMap(
                cell -> new Key(cell.municipalityCode(), cell.sectorCode(), cell.targetSectorCode(), cell.construct()),
                Function.identity())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().sums()));
    }
}
