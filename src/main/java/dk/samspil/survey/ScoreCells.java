package dk.samspil.survey;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-aggregated score cells (V011): per wave, municipality, sector, rated sector and construct
 * the n, Σ and Σ² of the respondents' scores. Filled by the database with the live scoring rule
 * written in SQL (the same figures as {@link AnswerScoring}, ScoreCellsTest), a wave or a wave's
 * municipalities at a time, so the cells cannot drift from what the answers say; read by {@link WaveCuts} only, which sums
 * them into the wave's published cuts and suppresses those.
 */
@Component
class ScoreCells {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;

    ScoreCells(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    /**
     * One wave's cells computed by the server from the answers (of these municipalities, or all when
     * empty), the live scoring rule ({@link RespondentScore}) in SQL: per answer set and instrument
     * the mean of the answered items after reversing, when at least half of the items asked were
     * answered; then n, Σ and Σ² per cell. A GROUP BY in the database, so the answers never come
     * into the heap (a national wave's million answers did not fit in 512 MB). The grouping by
     * answer set holds one row a set and instrument: 256 MB of in-memory temporary table for this
     * statement keeps a million answers off the disk (at the server's default 16 MB it spilled and
     * took twice as long).
     */
    private static final String ROOM = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR ";
    private static final String CELLS = """
            SELECT :wave, municipality_code, sector_code, target, construct, COUNT(*), SUM(score), SUM(score * score)
            FROM (SELECT STRAIGHT_JOIN r.municipality_code, r.sector_code,
                         IF(s.construct = 'RELATIONAL_COORDINATION', COALESCE(r.target_sector_code, ''), '') AS target,
                         s.construct,
                         CAST(SUM(IF(i.reverse_scored, s.scale_min + s.scale_max - a.score, a.score)) AS DOUBLE)
                             / COUNT(a.score) AS score
                  FROM survey_response r
                  JOIN survey_answer a ON a.response_id = r.id
                  JOIN survey_item i ON i.id = a.item_id
                  JOIN survey_instrument s ON s.id = i.instrument_id
                  WHERE r.wave_id = :wave AND (:all OR r.municipality_code IN (:municipalities))
                    AND NOT (r.source = 'IMPORT' AND r.municipality_code IN (:streamed))
                  GROUP BY r.id, s.id, r.municipality_code, r.sector_code, r.target_sector_code, s.construct
                  HAVING COUNT(a.score) > 0 AND COUNT(a.score) * 2 >= COUNT(*)
                  ORDER BY NULL) AS scored
            GROUP BY municipality_code, sector_code, target, construct""";

    private static final List<Integer> NONE = List.of(-1);

    /** (Re)fills a wave's cells from its answers; idempotent. Joins the caller's transaction. */
    @Transactional
    public void fill(long waveId) {
        fill(waveId, List.of());
    }

    /**
     * (Re)fills the cells of these municipalities in a wave (all when empty), leaving the others':
     * a cell belongs to one municipality, so an import refills only what it replaced, once.
     */
    @Transactional
    public void fill(long waveId, Collection<Integer> municipalities) {
        fill(waveId, municipalities, List.of(), List.of());
    }

    /**
     * As {@link #fill(long, Collection)}, with the imported answer sets of the {@code streamed}
     * municipalities scored from the import's stream ({@link StreamedScores}, docs/decisions/0029)
     * rather than read back: the database scores only the other answer sets (Samspil's own, and the
     * other municipalities' when the whole wave is filled), a few at most in an import's month, and
     * the two are added cell by cell.
     */
    @Transactional
    public void fill(long waveId, Collection<Integer> municipalities, Collection<Integer> streamed,
                     List<ScoreCell> streamedCells) {
        boolean all = municipalities.isEmpty();
        List<Integer> only = all ? NONE : List.copyOf(municipalities);
        List<Integer> fromStream = streamed.isEmpty() ? NONE : List.copyOf(streamed);
        jdbc.sql("DELETE FROM survey_score_cell WHERE wave_id = :wave AND (:all OR municipality_code IN (:municipalities))")
                .param("wave", waveId).param("all", all).param("municipalities", only).update();
        if (streamed.isEmpty()) {
            jdbc.sql(ROOM + """
                            INSERT INTO survey_score_cell (wave_id, municipality_code, sector_code, target_sector_code,
                                                           construct, respondents, score_sum, score_squares)
                            """ + CELLS)
                    .param("wave", waveId).param("all", all).param("municipalities", only).param("streamed", NONE)
                    .update();
        } else {
            Map<Key, ScoreSums> sums = new LinkedHashMap<>();
            for (ScoreCell cell : computed(waveId, municipalities, streamed)) {
                sums.merge(Key.of(cell), cell.sums(), ScoreSums::plus);
            }
            for (ScoreCell cell : streamedCells) {
                sums.merge(Key.of(cell), cell.sums(), ScoreSums::plus);
            }
            List<Object[]> rows = new ArrayList<>();
            sums.forEach((key, cell) -> rows.add(new Object[] {waveId, key.municipality(), key.sector(), key.target(),
                    key.construct().name(), cell.n(), cell.sum(), cell.sumOfSquares()}));
            batch.batchUpdate("""
                    INSERT INTO survey_score_cell (wave_id, municipality_code, sector_code, target_sector_code,
                                                   construct, respondents, score_sum, score_squares)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        jdbc.sql("DELETE FROM survey_score_total WHERE wave_id = :wave AND (:all OR municipality_code IN (:municipalities))")
                .param("wave", waveId).param("all", all).param("municipalities", only).update();
        jdbc.sql("""
                        INSERT INTO survey_score_total
                        SELECT wave_id, municipality_code, construct, SUM(respondents), SUM(score_sum), SUM(score_squares)
                        FROM survey_score_cell WHERE wave_id = :wave AND (:all OR municipality_code IN (:municipalities))
                        GROUP BY wave_id, municipality_code, construct""")
                .param("wave", waveId).param("all", all).param("municipalities", only).update();
        jdbc.sql("REPLACE INTO survey_score_cell_wave (wave_id, filled_at) VALUES (?, UTC_TIMESTAMP())").param(waveId).update();
        events.publishEvent(new Filled(waveId));
    }

    private record Key(int municipality, String sector, String target, Construct construct) {
        static Key of(ScoreCell cell) {
            return new Key(cell.municipalityCode(), cell.sectorCode(), cell.targetSectorCode(), cell.construct());
        }
    }

    /** A wave's cells as the answers say now (of these municipalities, all when empty), not stored. */
    List<ScoreCell> computed(long waveId, Collection<Integer> municipalities) {
        return computed(waveId, municipalities, List.of());
    }

    /** As {@link #computed(long, Collection)}, leaving out the imported answer sets of {@code notImported}. */
    private List<ScoreCell> computed(long waveId, Collection<Integer> municipalities, Collection<Integer> notImported) {
        boolean all = municipalities.isEmpty();
        return jdbc.sql(ROOM + CELLS).param("wave", waveId).param("all", all)
                .param("municipalities", all ? NONE : List.copyOf(municipalities))
                .param("streamed", notImported.isEmpty() ? NONE : List.copyOf(notImported))
                .query((rs, row) -> new ScoreCell(rs.getInt(2), rs.getString(3), rs.getString(4),
                        Construct.valueOf(rs.getString(5)), new ScoreSums(rs.getInt(6), rs.getDouble(7), rs.getDouble(8))))
                .list();
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
}
