package dk.samspil.survey;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-aggregated score cells (V011): per wave, municipality, sector, rated sector and construct
 * the n, Σ and Σ² of the respondents' scores. Filled with the live scoring rule one wave at a time,
 * so the cells cannot drift from what the answers say; read by {@link WaveCuts} only, which sums
 * them into the wave's published cuts and suppresses those.
 */
@Component
class ScoreCells {

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AnswerScoring scoring;
    private final ApplicationEventPublisher events;

    ScoreCells(JdbcClient jdbc, JdbcTemplate batch, AnswerScoring scoring, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.scoring = scoring;
        this.events = events;
    }

    /** (Re)fills a wave's cells from its answers; idempotent. Joins the caller's transaction. */
    @Transactional
    public void fill(long waveId) {
        List<ScoreCell> cells = ScoreCell.of(scoring.scored(waveId, null));
        jdbc.sql("DELETE FROM survey_score_cell WHERE wave_id = ?").param(waveId).update();
        List<Object[]> rows = new ArrayList<>(cells.size());
        cells.forEach(cell -> rows.add(new Object[] {waveId, cell.municipalityCode(), cell.sectorCode(),
                cell.targetSectorCode(), cell.construct().name(), cell.sums().n(), cell.sums().sum(),
                cell.sums().sumOfSquares()}));
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
        jdbc.sql("REPLACE INTO survey_score_cell_wave (wave_id, filled_at) VALUES (?, UTC_TIMESTAMP())").param(waveId).update();
        events.publishEvent(new Filled(waveId));
    }

    /** A wave's cells were (re)filled: what was read from them before is stale once this commits. */
    record Filled(long waveId) {
    }

    /** Whether the wave exists and is closed: the only waves whose results may be published. */
    boolean closed(long waveId) {
        return jdbc.sql("SELECT status FROM survey_wave WHERE id = ?").param(waveId).query(String.class).optional()
                .filter("CLOSED"::equals).isPresent();
    }

    /** Closed waves whose cells have not been filled, oldest first. */
    List<Long> closedWavesWithoutCells() {
        return jdbc.sql("""
                        SELECT w.id FROM survey_wave w LEFT JOIN survey_score_cell_wave c ON c.wave_id = w.id
                        WHERE w.status = 'CLOSED' AND c.wave_id IS NULL ORDER BY w.period, w.id""")
                .query(Long.class).list();
    }

    boolean filled(long waveId) {
        return filledAt(waveId).isPresent();
    }

    /** When the wave's cells were last filled; empty while they are not. */
    Optional<LocalDateTime> filledAt(long waveId) {
        return jdbc.sql("SELECT filled_at FROM survey_score_cell_wave WHERE wave_id = ?").param(waveId)
                .query(LocalDateTime.class).optional();
    }

    /** A filled wave's cells. */
    List<ScoreCell> cells(long waveId) {
        return jdbc.sql("""
                        SELECT municipality_code, sector_code, target_sector_code, construct, respondents, score_sum,
                               score_squares
                        FROM survey_score_cell WHERE wave_id = ?""")
                .param(waveId)
                .query((rs, row) -> new ScoreCell(rs.getInt(1), rs.getString(2), rs.getString(3),
                        Construct.valueOf(rs.getString(4)), new ScoreSums(rs.getInt(5), rs.getDouble(6), rs.getDouble(7))))
                .list();
    }

    private static void set(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
        }
    }
}
