package dk.samspil.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

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

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ImportHistory(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long start(String kind, LocalDate period, String fileName, String startedBy, String mode) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO import_record (kind, period, file_name, started_by, started_at, status, import_mode)
                        VALUES (?, ?, ?, ?, ?, 'STARTED', ?)""")
                .params(kind, period, fileName, startedBy, Timestamp.valueOf(LocalDateTime.now(clock)), mode)
                .update(key);
        return key.getKey().longValue();
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
        List<ReportedError> kept = errors.subList(0, Math.min(errors.size(), MOST_REPORTED));
        batch.batchUpdate("""
                INSERT INTO import_error (import_id, position, line_number, column_name, reason_key, arguments)
                VALUES (?, ?, ?, ?, ?, ?)""", IntStream.range(0, kept.size()).mapToObj(i -> new Object[] {importId, i,
                kept.get(i).line(), kept.get(i).column(), kept.get(i).reasonKey(),
                String.join("\u001f", kept.get(i).arguments())}).toList());
    }

    /** The report of a rejected file: its errors, and why the file as a whole was refused. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void rejected(long importId, String reasonKey, List<RowError> errors, long rowsRead, long rowsRejected) {
        report(importId, null, (int) rowsRead, (int) rowsRejected, reasonKey, reported(errors));
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

    /** The report of an accepted file (in lenient mode it may still list skipped rows). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void validated(long importId, List<RowError> errors, long rowsRead, long rowsRejected) {
        report(importId, null, (int) rowsRead, (int) rowsRejected, null, reported(errors));
    }

    private static List<ReportedError> reported(List<RowError> errors) {
        return errors.stream().map(e -> new ReportedError(e.line(), e.column(), e.reasonKey(), e.arguments())).toList();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long importId, ImportStatus status, int rowsWritten) {
        // never over a COMPLETED record: the write marks it inside its own transaction
        jdbc.sql("UPDATE import_record SET status = ?, rows_written = ?, finished_at = ? WHERE id = ? AND status <> 'COMPLETED'")
                .params(status.name(), rowsWritten, Timestamp.valueOf(LocalDateTime.now(clock)), importId).update();
    }

    /** Within the write's own transaction: the scope's municipality and the rows written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void written(long importId, Integer municipalityCode, int rowsWritten) {
        jdbc.sql("""
                        UPDATE import_record SET status = 'COMPLETED', municipality_code = ?, rows_written = ?,
                            finished_at = ? WHERE id = ?""")
                .params(municipalityCode, rowsWritten, Timestamp.valueOf(LocalDateTime.now(clock)), importId).update();
    }

    @Transactional(readOnly = true)
    public List<ImportSummary> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY started_at DESC, id DESC LIMIT ?").param(limit).query(ImportHistory::summary).list();
    }

    /** The day of each municipality's last completed import (the Municipalities page). */
    @Transactional(readOnly = true)
    public Map<Integer, LocalDate> lastCompletedOn() {
        Map<Integer, LocalDate> days = new HashMap<>();
        jdbc.sql("""
                        SELECT municipality_code, DATE(MAX(finished_at)) FROM import_record
                        WHERE status = 'COMPLETED' AND municipality_code IS NOT NULL GROUP BY municipality_code""")
                .query(rs -> {
                    days.put(rs.getInt(1), rs.getObject(2, LocalDate.class));
                });
        return days;
    }

    @Transactional(readOnly = true)
    public Optional<ImportSummary> find(long importId) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(importId).query(ImportHistory::summary).optional();
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

    private static ImportSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ImportSummary(rs.getLong("id"), rs.getString("kind"), rs.getObject("municipality_code", Integer.class),
                rs.getObject("period", LocalDate.class), rs.getString("file_name"), rs.getString("started_by"),
                rs.getObject("started_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("rows_read"), rs.getInt("rows_written"),
                rs.getInt("rows_rejected"), rs.getString("import_mode"), rs.getString("rejection"),
                rs.getObject("job_execution_id", Long.class));
    }
}
