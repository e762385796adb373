package dk.samspil.survey;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-aggregated score cells (V011): per wave, municipality, sector, rated sector and construct
 * the n, Σ and Σ² of the respondents' scores. Filled with the live scoring rule one wave at a time,
 * so the cells cannot drift from what the answers say; read by {@link SurveyResults} only, which
 * applies the anonymity rule to whatever it groups them into.
 */
@Component
class ScoreCells {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AnswerScoring scoring;

    ScoreCells(JdbcClient jdbc, JdbcTemplate batch, AnswerScoring scoring) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.scoring = scoring;
    }

    /** (Re)fills a wave's cells from its answers; idempotent. Joins the caller's transaction. */
    @Transactional
    public void fill(long waveId) {
        record Key(int municipality, String sector, String target, Construct construct) {
        }
        Map<Key, ScoreSums> cells = new LinkedHashMap<>();
        scoring.scored(waveId, null).forEach(s -> cells.merge(new Key(s.municipalityCode(), s.sectorCode(),
                s.targetSectorCode() == null ? "" : s.targetSectorCode(), s.construct()),
                ScoreSums.NONE.plus(s.score()), ScoreSums::plus));
        jdbc.sql("DELETE FROM survey_score_cell WHERE wave_id = ?").param(waveId).update();
        List<Object[]> rows = new ArrayList<>(cells.size());
        cells.forEach((key, sums) -> rows.add(new Object[] {waveId, key.municipality(), key.sector(), key.target(),
                key.construct().name(), sums.n(), sums.sum(), sums.sumOfSquares()}));
        batch.batchUpdate("""
                INSERT INTO survey_score_cell (wave_id, municipality_code, sector_code, target_sector_code, construct,
                                               respondents, score_sum, score_squares)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, ScoreCells::set);
        jdbc.sql("DELETE FROM survey_score_total WHERE wave_id = ?").param(waveId).update();
        jdbc.sql("""
                        INSERT INTO survey_score_total
                        SELECT wave_id, municipality_code, construct, SUM(respondents), SUM(score_sum), SUM(score_squares)
                        FROM survey_score_cell WHERE wave_id = ? GROUP BY wave_id, municipality_code, construct""")
                .param(waveId).update();
        jdbc.sql("REPLACE INTO survey_score_cell_wave (wave_id, filled_at) VALUES (?, NOW())").param(waveId).update();
    }

    /** Fills a wave only if it is closed (an open wave is read live and filled when it closes). */
    @Transactional
    public void fillIfClosed(long waveId) {
        if (jdbc.sql("SELECT status FROM survey_wave WHERE id = ?").param(waveId).query(String.class).single()
                .equals("CLOSED")) {
            fill(waveId);
        }
    }

    /** Closed waves whose cells have not been filled, oldest first. */
    List<Long> closedWavesWithoutCells() {
        return jdbc.sql("""
                        SELECT w.id FROM survey_wave w LEFT JOIN survey_score_cell_wave c ON c.wave_id = w.id
                        WHERE w.status = 'CLOSED' AND c.wave_id IS NULL ORDER BY w.period, w.id""")
                .query(Long.class).list();
    }

    boolean filled(long waveId) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_score_cell_wave WHERE wave_id = ?").param(waveId)
                .query(Integer.class).single() > 0;
    }

    /** A filled wave's sums by the cut, of one municipality or (null) all and one construct or (null) all. */
    Map<String, ScoreSums> sums(long waveId, Integer municipalityCode, Construct construct, ScoreCut cut) {
        Map<String, ScoreSums> sums = new LinkedHashMap<>();
        // cuts that need no sector read the per-municipality roll-up: a few rows instead of every cell
        String table = cut == ScoreCut.MUNICIPALITY || cut == ScoreCut.CONSTRUCT ? "survey_score_total" : "survey_score_cell";
        jdbc.sql("SELECT " + cut.column() + " AS grp, SUM(respondents), SUM(score_sum), SUM(score_squares) "
                        + "FROM " + table + " WHERE wave_id = :wave "
                        + "AND (:municipality IS NULL OR municipality_code = :municipality) "
                        + "AND (:construct IS NULL OR construct = :construct) GROUP BY grp")
                .param("wave", waveId).param("municipality", municipalityCode)
                .param("construct", construct == null ? null : construct.name())
                .query(rs -> {
                    sums.put(rs.getString(1), new ScoreSums(rs.getInt(2), rs.getDouble(3), rs.getDouble(4)));
                });
        return sums;
    }

    private static void set(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
        }
    }
}
