package dk.samspil.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dk.samspil.municipality.Sector;
import org.springframework.jdbc.core.ConnectionCallback;
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

    private final JdbcTemplate jdbc;
    private final InstrumentCatalogue instruments;
    private final ScoreCells cells;
    private final WaveCuts published;
    private final ItemCuts items;

    SurveyResponseImport(JdbcTemplate jdbc, InstrumentCatalogue instruments, ScoreCells cells, WaveCuts published,
                         ItemCuts items) {
        this.items = items;
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.cells = cells;
        this.published = published;
    }

    /**
     * Deletes the temporary files of loads that processes killed meanwhile left behind (the start-up
     * recovery calls this); a live process's files stay.
     *
     * @return the files deleted
     */
    public static int deleteLoadFilesOfDeadProcesses() {
        return AnswerLoad.deleteFilesOfDeadProcesses();
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

    /** One row of a file: an answer with the municipality and wave month it belongs to. */
    public record FileAnswer(int municipalityCode, YearMonth wave, ImportedAnswer answer) {
    }

    /** A file's answers, pulled one at a time, so that none of them need be held. */
    public interface FileAnswers {
        /** The next answer, or null after the last. */
        FileAnswer next() throws IOException;

        /**
         * Called once the last answer has been read and loaded, before anything else is changed: the
         * place to refuse the file (throw), e.g. when checking it while it was read found it invalid.
         */
        default void end() throws IOException {
        }
    }

    /**
     * Replaces the imported answers of a municipality in a wave month, all of them in one step; as
     * {@link #replace(Collection, Collection, FileAnswers)} for one municipality and month.
     *
     * @throws SmallChangeRefused when a published figure would change by 1 or 2 respondents; the
     *                            caller's transaction must then roll back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replace(int municipalityCode, YearMonth wave, List<ImportedAnswer> answers) {
        Iterator<ImportedAnswer> each = answers.iterator();
        try {
            return replace(List.of(wave), List.of(municipalityCode),
                    () -> each.hasNext() ? new FileAnswer(municipalityCode, wave, each.next()) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the imported answers of these municipalities, and of every municipality the file has
     * answers for, in these wave months with a file's answers, streamed: the rows go through
     * {@code LOAD DATA LOCAL INFILE} as they are read (no answer is held in memory, and the file need
     * not be read before: its municipalities are known once it has been loaded), then the old
     * answers are deleted and the answer sets loaded, and the score cells are refilled once, for the
     * municipalities replaced. Each month's wave is the month's wave that includes the
     * municipality, or a new closed one for that month. A closed wave's results are published, so
     * the import is held to the rule of difference against them ({@link RuleOfDifference}),
     * municipality by municipality in code order, as if each were imported after the one before;
     * everything in the caller's transaction, so a refused or failed import (or a killed process)
     * leaves everything as it was.
     * <p>
     * Imports of other municipalities may run at the same time (issue 14 item 2); the import job's
     * write step runs at READ COMMITTED for that (no gap locks around the random ids, every read
     * fresh; docs/decisions/0012). Imports into one wave take turns on the wave's row
     * ({@link #lockedClosed}), so the second reads the published figures and refills the cells from
     * what the first committed. The answers loaded before that lock are invisible to every reader
     * until their answer sets are: each answer set is loaded after the wave is locked.
     *
     * @param municipalities replaced even where the file has no answers for them
     * @return the answers written
     * @throws SmallChangeRefused when a published figure would change by 1 or 2 respondents; the
     *                            caller's transaction must then roll back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replace(Collection<YearMonth> months, Collection<Integer> municipalities, FileAnswers answers)
            throws IOException {
        StreamedScores streamed = new StreamedScores(instruments.active().values());
        AnswerLoad load = new AnswerLoad(rows(answers), streamed);
        try {
            loadAnswers(load);
            answers.end();
            Set<Integer> replacedMunicipalities = new TreeSet<>(municipalities);
            load.waveKeys().forEach(key -> replacedMunicipalities.add(AnswerLoad.municipalityOf(key)));
            Map<Long, Long> waveOf = new HashMap<>();
            Map<Long, Map<Integer, YearMonth>> byWave = new TreeMap<>();
            Map<Long, Set<Long>> keysOf = new HashMap<>();
            for (YearMonth month : months) {
                for (int municipality : replacedMunicipalities) {
                    long waveId = waveFor(municipality, month);
                    long key = AnswerLoad.waveKey(municipality, month);
                    waveOf.put(key, waveId);
                    keysOf.computeIfAbsent(waveId, id -> new java.util.HashSet<>()).add(key);
                    byWave.computeIfAbsent(waveId, id -> new TreeMap<>()).put(municipality, month);
                }
            }
            if (!waveOf.keySet().containsAll(load.waveKeys())) {
                throw new IllegalStateException("The file has answers outside the months replaced");
            }
            List<Published> published = new ArrayList<>();
            // in the waves' order, so two imports that share waves take their locks in the same order
            for (Map.Entry<Long, Map<Integer, YearMonth>> wave : byWave.entrySet()) {
                long waveId = wave.getKey();
                if (lockedClosed(waveId)) {
                    Set<Integer> replaced = wave.getValue().keySet();
                    published.add(new Published(waveId, wave.getValue(), cells.filled(waveId),
                            cells.filled(waveId) ? cells.cells(waveId) : cells.computed(waveId, List.of()),
                            items.counts(waveId, replaced)));
                }
                // the old answers go with their sets (ON DELETE CASCADE: the foreign-key checks are on here)
                jdbc.update("DELETE FROM survey_response WHERE wave_id = ? AND source = 'IMPORT' AND municipality_code IN ("
                        + String.join(",", Collections.nCopies(wave.getValue().size(), "?")) + ")",
                        concat(waveId, wave.getValue().keySet()));
            }
            boolean setsAdjacent = loadAnswerSets(load, waveOf);
            for (Published wave : published) {
                Set<Integer> replaced = wave.municipalities().keySet();
                Collection<Integer> refilled = wave.filled() ? replaced : List.of();
                Map<Integer, Map<Construct, List<ItemCuts.Count>>> countsAfter;
                Set<Long> keys = keysOf.get(wave.waveId());
                if (setsAdjacent) {
                    // tallied from the stream: the database only adds the few answers not imported
                    cells.fill(wave.waveId(), refilled, replaced, streamed.cells(keys));
                    countsAfter = ItemCuts.plus(items.countsNotImported(wave.waveId(), replaced), streamed.counts(keys));
                } else {
                    cells.fill(wave.waveId(), refilled);
                    countsAfter = items.counts(wave.waveId(), replaced);
                }
                ruleOfDifference(wave, cells.cells(wave.waveId()), countsAfter);
            }
            return Math.toIntExact(load.count());
        } finally {
            load.discard();
        }
    }

    /** A closed wave as it was published before the import. */
    private record Published(long waveId, Map<Integer, YearMonth> municipalities, boolean filled,
                             List<ScoreCell> cells, Map<Integer, Map<Construct, List<ItemCuts.Count>>> counts) {
    }

    /**
     * The municipalities replaced one after the other, in code order: the published figures before
     * and after each must differ by nobody or by at least three respondents.
     */
    private void ruleOfDifference(Published wave, List<ScoreCell> after,
                                  Map<Integer, Map<Construct, List<ItemCuts.Count>>> countsAfter) {
        List<ScoreCell> state = new ArrayList<>(wave.cells());
        for (Map.Entry<Integer, YearMonth> replaced : wave.municipalities().entrySet()) {
            int municipality = replaced.getKey();
            PublishedCuts before = PublishedCuts.of(state, this.published.rule());
            state.removeIf(cell -> cell.municipalityCode() == municipality);
            after.stream().filter(cell -> cell.municipalityCode() == municipality).forEach(state::add);
            PublishedCuts now = PublishedCuts.of(state, this.published.rule());
            RuleOfDifference.smallChange(before, now).ifPresent(change -> {
                throw new SmallChangeRefused(municipality, replaced.getValue(), change.respondents());
            });
            RuleOfDifference.smallItemChange(
                    items.all(before, municipality, wave.counts().getOrDefault(municipality, Map.of())),
                    items.all(now, municipality, countsAfter.getOrDefault(municipality, Map.of())))
                    .ifPresent(changed -> {
                        throw new SmallChangeRefused(municipality, replaced.getValue(), changed);
                    });
        }
    }

    /** The file's answers as the rows of a load, each item's code turned into its id. */
    private AnswerLoad.Rows rows(FileAnswers answers) {
        Map<String, Long> itemIds = new HashMap<>();
        instruments.active().values().forEach(i -> i.items().forEach(item -> itemIds.put(item.code(), item.id())));
        return () -> {
            FileAnswer row = answers.next();
            if (row == null) {
                return null;
            }
            ImportedAnswer answer = row.answer();
            Long item = itemIds.get(answer.itemCode());
            if (item == null) {
                throw new IllegalStateException("Item " + answer.itemCode() + " is not in an active instrument");
            }
            return new AnswerLoad.Row(row.municipalityCode(), row.wave(), answer.responseRef(), answer.sector().name(),
                    item, answer.score());
        };
    }

    /**
     * The answers through {@code LOAD DATA LOCAL INFILE}, fed by the driver from the file as it is
     * read. They refer only to the catalogue's items (checked) and to the answer sets loaded after
     * them, so the server's per-row foreign-key and unique checks are switched off for the load
     * (MariaDB's advice for bulk loads), and on again before anything is deleted (a cascade needs
     * them) and before the connection goes back.
     */
    private void loadAnswers(AnswerLoad load) throws IOException {
        withoutChecks(mariadb -> {
            mariadb.setLocalInfileInputStream(load);
            long taken;
            try {
                taken = mariadb.executeLargeUpdate(AnswerLoad.ANSWERS);
            } catch (SQLException e) {
                load.rethrowFailure(e);
                throw e;
            }
            load.checkLoaded(taken);
            return taken;
        });
    }

    /**
     * The answer sets, once their waves are known and the old sets deleted, also without the
     * per-row checks: their waves were just looked up or made, the codes checked.
     *
     * @return whether every set's rows came one after the other in the file
     */
    private boolean loadAnswerSets(AnswerLoad load, Map<Long, Long> waveOf) throws IOException {
        long sets = withoutChecks(mariadb -> {
            try (InputStream lines = load.answerSets(waveOf)) {
                mariadb.setLocalInfileInputStream(lines);
                return mariadb.executeLargeUpdate(AnswerLoad.ANSWER_SETS);
            }
        });
        return sets == load.answerSetLines();
    }

    private interface Load {
        long run(org.mariadb.jdbc.Statement statement) throws SQLException, IOException;
    }

    private long withoutChecks(Load load) throws IOException {
        try {
            return jdbc.execute((ConnectionCallback<Long>) connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
                    try {
                        return load.run(statement.unwrap(org.mariadb.jdbc.Statement.class));
                    } finally {
                        statement.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Whether the wave is closed, as last committed, holding the wave's row until the import
     * commits: a wave closing meanwhile waits, and its cells then hold the imported answers; another
     * import into the wave waits too, so it refills the cells from what this one committed (an
     * exclusive lock: two imports holding shared locks could not both upgrade them). A wave that
     * closed after this transaction's snapshot was taken would be read stale, so the import is
     * refused (nothing changes; run it again).
     */
    private boolean lockedClosed(long waveId) {
        boolean closed = "CLOSED".equals(jdbc.queryForObject("SELECT status FROM survey_wave WHERE id = ? FOR UPDATE",
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

    private static Object[] concat(long waveId, Collection<Integer> municipalities) {
        List<Object> params = new ArrayList<>();
        params.add(waveId);
        params.addAll(municipalities);
        return params.toArray();
    }
}
