package dk.samspil.survey;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.municipality.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers collected outside Samspil (paper, another tool) into the same tables as Samspil's own,
 * so they obey the same anonymity rule. The file's response reference groups a respondent's rows
 * and is not stored.
 */
@Service
public class SurveyResponseImport {

    private static final int BATCH = 10_000;

    private final JdbcTemplate jdbc;
    private final InstrumentCatalogue instruments;
    private final ScoreCells cells;
    private final WaveCuts published;
    private final AnswerScoring scoring;
    private final ItemCuts items;

    SurveyResponseImport(JdbcTemplate jdbc, InstrumentCatalogue instruments, ScoreCells cells, WaveCuts published,
                         AnswerScoring scoring, ItemCuts items) {
        this.items = items;
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.cells = cells;
        this.published = published;
        this.scoring = scoring;
    }

    /** One answer row of a `survey-responses` file. */
    public record ImportedAnswer(String responseRef, Sector sector, String itemCode, int score) {
    }

    /** Item codes of the active instruments with their scale, for checking a file. */
    public Map<String, int[]> itemScales() {
        Map<String, int[]> scales = new HashMap<>();
        instruments.active().values().forEach(instrument -> instrument.items().forEach(item ->
                scales.put(item.code(), new int[] {instrument.scaleMin(), instrument.scaleMax()})));
        return scales;
    }

    /**
     * Replaces the imported answers of a municipality in a wave month, all of them in one step. The
     * wave is the month's wave that includes the municipality, or a new closed one for that month.
     * A closed wave's results are published, so the import is held to the rule of difference
     * against them ({@link RuleOfDifference}), and its score cells are refilled in the same
     * transaction, so a refused or failed import leaves everything as it was.
     *
     * @throws SmallChangeRefused when a published figure would change by 1 or 2 respondents; the
     *                            caller's transaction must then roll back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replace(int municipalityCode, YearMonth wave, List<ImportedAnswer> answers) {
        long waveId = waveFor(municipalityCode, wave);
        boolean closed = lockedClosed(waveId);
        PublishedCuts before = closed ? published.of(waveId) : null;
        Map<ItemCuts.Bar, ItemDistribution> barsBefore = before == null ? null
                : items.all(before, waveId, municipalityCode);
        jdbc.update("DELETE FROM survey_response WHERE wave_id = ? AND municipality_code = ? AND source = 'IMPORT'",
                waveId, municipalityCode);
        Map<String, Long> itemIds = new HashMap<>();
        instruments.active().values().forEach(i -> i.items().forEach(item -> itemIds.put(item.code(), item.id())));
        // ids are taken in a block under a lock on the table's end, so answers can refer to them
        long next = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM survey_response FOR UPDATE", Long.class);
        Map<String, Long> responseIds = new HashMap<>();
        List<Object[]> responses = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>(answers.size());
        Date day = Date.valueOf(wave.atDay(1));
        for (ImportedAnswer answer : answers) {
            Long responseId = responseIds.get(answer.responseRef());
            if (responseId == null) {
                responseId = next++;
                responseIds.put(answer.responseRef(), responseId);
                responses.add(new Object[] {responseId, waveId, municipalityCode, answer.sector().name(), day});
            }
            rows.add(new Object[] {responseId, itemIds.get(answer.itemCode()), answer.score()});
        }
        jdbc.batchUpdate("""
                INSERT INTO survey_response (id, wave_id, municipality_code, sector_code, answered_on, source)
                VALUES (?, ?, ?, ?, ?, 'IMPORT')""", responses, BATCH, SurveyResponseImport::set);
        insertAnswers(rows);
        if (before != null) {
            PublishedCuts after = PublishedCuts.of(ScoreCell.of(scoring.scored(waveId, null)), published.rule());
            RuleOfDifference.smallChange(before, after).ifPresent(change -> {
                throw new SmallChangeRefused(municipalityCode, wave, change.respondents());
            });
            RuleOfDifference.smallItemChange(barsBefore, items.all(after, waveId, municipalityCode)).ifPresent(changed -> {
                throw new SmallChangeRefused(municipalityCode, wave, changed);
            });
        }
        if (closed) {
            cells.fill(waveId);
        }
        return rows.size();
    }

    /**
     * The answers refer only to the responses inserted just before and to the catalogue's items,
     * both checked here, so the server's per-row foreign-key and unique checks are switched off for
     * this bulk insert (MariaDB's advice for bulk loads), and on again before the connection goes back.
     */
    private void insertAnswers(List<Object[]> rows) {
        jdbc.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        try {
            jdbc.batchUpdate("INSERT INTO survey_answer (response_id, item_id, score) VALUES (?, ?, ?)", rows, BATCH,
                    SurveyResponseImport::set);
        } finally {
            jdbc.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
        }
    }

    /**
     * Whether the wave is closed, as last committed, holding a shared lock on it until the import
     * commits: a wave closing meanwhile waits, and its cells then hold the imported answers. A wave
     * that closed after this transaction's snapshot was taken would be read stale, so the import is
     * refused (nothing changes; run it again).
     */
    private boolean lockedClosed(long waveId) {
        boolean closed = "CLOSED".equals(jdbc.queryForObject("SELECT status FROM survey_wave WHERE id = ? LOCK IN SHARE MODE",
                String.class, waveId));
        if (closed != cells.closed(waveId)) {
            throw new SurveyProblem("import.rejected.wave-closed-meanwhile");
        }
        return closed;
    }

    private long waveFor(int municipalityCode, YearMonth month) {
        List<Long> existing = jdbc.queryForList("""
                SELECT w.id FROM survey_wave w JOIN survey_wave_municipality m ON m.wave_id = w.id
                WHERE w.period = ? AND m.municipality_code = ? ORDER BY w.id LIMIT 1""", Long.class,
                Date.valueOf(month.atDay(1)), municipalityCode);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        jdbc.update("INSERT INTO survey_wave (period, kind, status, opened_on, closed_on) VALUES (?, 'PULSE', 'CLOSED', ?, ?)",
                Date.valueOf(month.atDay(1)), Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()));
        long waveId = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("INSERT INTO survey_wave_municipality (wave_id, municipality_code) VALUES (?, ?)", waveId, municipalityCode);
        return waveId;
    }

    private static void set(java.sql.PreparedStatement ps, Object[] row) throws java.sql.SQLException {
        for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
        }
    }
}
