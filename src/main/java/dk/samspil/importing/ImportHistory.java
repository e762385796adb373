package dk.samspil.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import dk.samspil.base.StoredTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import dk.samspil.importing.file.RowError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import_record and import_error tables: every job, and its row-level report. Internal to the
 * importing module (public only for its {@code batch} package); its writes run in their own
 * transactions so a report survives the job's failure.
 */
@Component
public class ImportHistory {

    static final int MOST_REPORTED = 1_000;
    /** The report line after the last one kept, saying how many more problems the file has. */
    static final String MORE_ERRORS = "import.report.more-errors";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ImportHistory(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * Registers a running import. {@code runLock} is the user lock the calling process holds while
     * it runs the import ({@link dk.samspil.importing.batch.RunLocks}): the recovery of another
     * process leaves the import alone as long as that lock is held.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long start(String kind, LocalDate period, String fileName, String startedBy, String mode, String runLock) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO import_record (kind, period, file_name, started_by, started_at, status, import_mode,
                                                   run_lock)
                        VALUES (?, ?, ?, ?, ?, 'STARTED', ?, ?)""")
                .params(kind, period, fileName, startedBy, now(), mode, runLock)
                .update(key);
        return key.getKey().longValue();
    }

    /**
     * Claims a failed import for running it again under this process's lock; false when it is not
     * failed (any more): another session or instance is running it again already.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claimForRestart(long importId, String runLock) {
        return jdbc.sql("""
                        UPDATE import_record SET status = 'STARTED', run_lock = ?, finished_at = NULL, rejection = NULL
                        WHERE id = ? AND status = 'FAILED'""")
                .params(runLock, importId).update() == 1;
    }

    /**
     * Why a job that was not rejected failed, as a message key of the report (a deadlock, a lost
     * connection, …); kept beside a rejection already recorded by the validation.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(long importId, String reasonKey) {
        jdbc.sql("""
                        UPDATE import_record SET status = 'FAILED', finished_at = GREATEST(started_at, ?),
                            rejection = COALESCE(rejection, ?)
                        WHERE id = ? AND status <> 'COMPLETED'""")
                .params(now(), reasonKey, importId).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void attach(long importId, long jobExecutionId) {
        jdbc.sql("UPDATE import_record SET job_execution_id = ? WHERE id = ?").params(jobExecutionId, importId).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void report(long importId, Integer municipalityCode, int rowsRead, int rowsRejected, String rejection,
                List<ReportedError> errors) {
        jdbc.sql("UPDATE import_record SET municipality_code = ?, rows_read = ?, rows_rejected = ?, rejection = ? WHERE id = ?")
                .params(municipalityCode, rowsRead, rowsRejected, rejection, importId).update();
        jdbc.sql("DELETE FROM import_error WHERE import_id = ?").param(importId).update();
        // the problems kept, and the line that counts the rest (reported)
        List<ReportedError> kept = errors.subList(0, Math.min(errors.size(), MOST_REPORTED + 1));
        batch.batchUpdate("""
                INSERT INTO import_error (import_id, position, line_number, column_name, reason_key, arguments)
                VALUES (?, ?, ?, ?, ?, ?)""", IntStream.range(0, kept.size()).mapToObj(i -> new Object[] {importId, i,
                kept.get(i).line(), kept.get(i).column(), kept.get(i).reasonKey(),
                String.join("\u001f", kept.get(i).arguments())}).toList());
    }

    /**
     * The report of a rejected file: its problems (the warnings, e.g. ignored columns, first), why the
     * file as a whole was refused, and how many problems there are in all, also beyond the ones listed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void rejected(long importId, String reasonKey, List<RowError> problems, long problemCount, long rowsRead,
                         long rowsRejected) {
        report(importId, null, (int) rowsRead, (int) rowsRejected, reasonKey, reported(problems, problemCount));
    }

    /**
     * A validated file the write refused as a whole (the owning module said no, e.g. the survey's
     * rule of difference): why, and the line that says where (if any), added to the report the
     * validation left.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refusedAtWrite(long importId, String reasonKey, ReportedError error) {
        jdbc.sql("UPDATE import_record SET rejection = ? WHERE id = ?").params(reasonKey, importId).update();
        if (error == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO import_error (import_id, position, line_number, column_name, reason_key, arguments)
                        SELECT ?, COALESCE(MAX(position), -1) + 1, ?, ?, ?, ? FROM import_error WHERE import_id = ?""")
                .params(importId, error.line(), error.column(), error.reasonKey(), String.join("\u001f", error.arguments()),
                        importId)
                .update();
    }

    /** The report of an accepted file (in lenient mode it may still list skipped rows and ignored columns). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void validated(long importId, List<RowError> problems, long problemCount, long rowsRead, long rowsRejected) {
        report(importId, null, (int) rowsRead, (int) rowsRejected, null, reported(problems, problemCount));
    }

    /** The first {@value #MOST_REPORTED} problems, then one line saying how many more there are. */
    private static List<ReportedError> reported(List<RowError> problems, long problemCount) {
        List<ReportedError> reported = new java.util.ArrayList<>(problems.stream().limit(MOST_REPORTED)
                .map(e -> new ReportedError(e.line(), e.column(), e.reasonKey(), e.arguments())).toList());
        long more = Math.max(problemCount, problems.size()) - reported.size();
        if (more > 0) {
            reported.add(new ReportedError(0, null, MORE_ERRORS, List.of(String.valueOf(more),
                    String.valueOf(reported.size()))));
        }
        return reported;
    }

    /** Ends an import that is not completed with this status (tests, and the clean-up of what is left). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long importId, ImportStatus status, int rowsWritten) {
        // never over a COMPLETED record: the write marks it inside its own transaction
        jdbc.sql("""
                        UPDATE import_record SET status = ?, rows_written = ?, finished_at = GREATEST(started_at, ?)
                        WHERE id = ? AND status <> 'COMPLETED'""")
                .params(status.name(), rowsWritten, now(), importId).update();
    }

    /**
     * Within the write's own transaction: the rows written, and the municipalities the file delivered
     * for (import_municipality, V033) — a region-wide file counts for each; import_record names the
     * municipality only of a file of one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void written(long importId, java.util.Set<Integer> municipalities, int rowsWritten) {
        Integer municipalityCode = municipalities.size() == 1 ? municipalities.iterator().next() : null;
        jdbc.sql("""
                        UPDATE import_record SET status = 'COMPLETED', municipality_code = ?, rows_written = ?,
                            finished_at = GREATEST(started_at, ?) WHERE id = ?""")
                .params(municipalityCode, rowsWritten, now(), importId).update();
        jdbc.sql("DELETE FROM import_municipality WHERE import_id = ?").param(importId).update();
        batch.batchUpdate("INSERT INTO import_municipality (import_id, municipality_code) VALUES (?, ?)",
                municipalities.stream().map(code -> new Object[] {importId, code}).toList());
    }

    private Timestamp now() {
        return Timestamp.valueOf(StoredTime.now(clock));
    }

    @Transactional(readOnly = true)
    public List<ImportSummary> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY started_at DESC, id DESC LIMIT ?").param(limit).query(this::summary).list();
    }

    /** The day of each municipality's last completed import (the Municipalities page). */
    @Transactional(readOnly = true)
    public Map<Integer, LocalDate> lastCompletedOn() {
        Map<Integer, LocalDate> days = new HashMap<>();
        jdbc.sql("""
                        SELECT municipality_code, MAX(finished_at) FROM import_record
                        WHERE status = 'COMPLETED' AND municipality_code IS NOT NULL GROUP BY municipality_code""")
                .query(rs -> {
                    // stored in UTC: the day it was in Denmark
                    days.put(rs.getInt(1), StoredTime.shown(rs.getObject(2, LocalDateTime.class), clock.getZone())
                            .toLocalDate());
                });
        return days;
    }

    @Transactional(readOnly = true)
    public Optional<ImportSummary> find(long importId) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(importId).query(this::summary).optional();
    }

    /** The import started or last run again under this run lock, if any (the inbox's claimed files name theirs). */
    @Transactional(readOnly = true)
    public Optional<ImportSummary> findByRunLock(String runLock) {
        return jdbc.sql(SELECT + " WHERE run_lock = ? ORDER BY id DESC LIMIT 1").param(runLock).query(this::summary).optional();
    }

    @Transactional(readOnly = true)
    public List<ReportedError> errors(long importId) {
        return jdbc.sql("""
                        SELECT line_number, column_name, reason_key, arguments FROM import_error WHERE import_id = ?
                        ORDER BY position""")
                .param(importId)
                .query((rs, n) -> new ReportedError(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null || rs.getString(4).isEmpty() ? List.of()
                                : List.of(rs.getString(4).split("\u001f", -1))))
                .list();
    }

    private static final String SELECT = """
            SELECT id, kind, municipality_code, period, file_name, started_by, started_at, finished_at, status,
                   rows_read, rows_written, rows_rejected, import_mode, rejection, job_execution_id
            FROM import_record""";

    private ImportSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        ZoneId shown = clock.getZone();
        return new ImportSummary(rs.getLong("id"), rs.getString("kind"), rs.getObject("municipality_code", Integer.class),
                rs.getObject("period", LocalDate.class), rs.getString("file_name"), rs.getString("started_by"),
                StoredTime.shown(rs.getObject("started_at", LocalDateTime.class), shown),
                StoredTime.shown(rs.getObject("finished_at", LocalDateTime.class), shown),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("rows_read"), rs.getInt("rows_written"),
                rs.getInt("rows_rejected"), rs.getString("import_mode"), rs.getString("rejection"),
                rs.getObject("job_execution_id", Long.class));
    }
}
