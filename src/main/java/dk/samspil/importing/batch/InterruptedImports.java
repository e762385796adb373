package dk.samspil.importing.batch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import dk.samspil.base.StoredTime;
import dk.samspil.survey.SurveyResponseImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start-up, and then every few minutes ({@code samspil.import.recovery-every}: another instance
 * or a command-line import may have died meanwhile), finds the imports that were cut off (killed, power, database gone) and marks them
 * FAILED, with why, so the data manager can run them again. An import is cut off when it is still
 * marked as running but its run lock ({@link RunLocks}) is free: the process that ran it is gone.
 * One whose lock is held runs in another live process — a command-line import beside the web
 * application, another instance — and is left alone, with its Spring Batch execution.
 * <p>
 * Unlike the other start-up tasks it runs in a command-line process too ({@code base.cli.LeanContext}):
 * an import run from the command line after a crash finds the dead import failed, so it can be run
 * again, and the check is one query. Its schedule runs on the server only.
 * <p>
 * The times it writes never put finished_at before started_at (ck_import_finished): both UTC, and
 * at least the start.
 */
@Component
public class InterruptedImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    private final JdbcTemplate jdbc;
    private final RunLocks locks;
    private final Clock clock;

    InterruptedImports(JdbcTemplate jdbc, RunLocks locks, Clock clock) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
    }

    private record Running(long id, String runLock) {
    }

    @Scheduled(fixedDelayString = "${samspil.import.recovery-every:PT5M}",
            initialDelayString = "${samspil.import.recovery-every:PT5M}")
    @SchedulerLock(name = "interrupted-imports", lockAtMostFor = "PT10M")
    void onSchedule() {
        run(null);
    }

    // at start-up too: one instance looks, so two never mark the same import and its executions
    @Override
    @SchedulerLock(name = "interrupted-imports", lockAtMostFor = "PT10M")
    public void run(ApplicationArguments args) {
        List<Running> running = jdbc.query("SELECT id, run_lock FROM import_record WHERE status = 'STARTED'",
                (rs, n) -> new Running(rs.getLong(1), rs.getString(2)));
        int marked = 0;
        for (Running candidate : running) {
            if (!locks.held(candidate.runLock())) {
                marked += markFailed(candidate);
            }
        }
        if (marked > 0) {
            log.warn("{} interrupted import(s) marked as failed; they can be run again from the Imports page", marked);
        }
        // a survey load killed half way leaves its answer sets' temporary file (docs/decisions/0029)
        int leftovers = SurveyResponseImport.deleteLoadFilesOfDeadProcesses();
        if (leftovers > 0) {
            log.info("{} temporary file(s) of interrupted survey loads deleted", leftovers);
        }
    }

    /**
     * Marks the dead imports failed now, unlocked across instances (two marking at once mark a row
     * once): the inbox does before it looks at the files a dead process left claimed.
     */
    public void recoverNow() {
        run(null);
    }

    /**
     * The import's job executions (found by its id among their parameters, so also one created just
     * before the process died) end FAILED, as Spring Batch would have ended them, and the import
     * keeps the latest, to be run again from.
     */
    private int markFailed(Running dead) {
        List<Long> executions = jdbc.queryForList("""
                SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION_PARAMS
                WHERE PARAMETER_NAME = 'importId' AND PARAMETER_VALUE = ? ORDER BY JOB_EXECUTION_ID""",
                Long.class, String.valueOf(dead.id()));
        // Spring Batch stamps its own tables with the JVM's local time: so do we there
        LocalDateTime batchNow = LocalDateTime.now();
        for (Long execution : executions) {
            jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', END_TIME = ?, "
                    + "EXIT_MESSAGE = 'Interrupted: the process stopped while it ran' "
                    + "WHERE JOB_EXECUTION_ID = ? AND STATUS IN " + RUNNING, batchNow, execution);
            jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', END_TIME = ?, "
                    + "EXIT_MESSAGE = 'Interrupted: the process stopped while it ran' "
                    + "WHERE JOB_EXECUTION_ID = ? AND STATUS IN " + RUNNING, batchNow, execution);
        }
        Long latest = executions.isEmpty() ? null : executions.getLast();
        return jdbc.update("""
                        UPDATE import_record SET status = 'FAILED', finished_at = GREATEST(started_at, ?),
                            job_execution_id = COALESCE(?, job_execution_id),
                            rejection = COALESCE(rejection, ?)
                        WHERE id = ? AND status = 'STARTED' AND run_lock <=> ?""",
                Timestamp.valueOf(StoredTime.now(clock)), latest,
                (latest == null ? FailureReason.NOT_RECEIVED : FailureReason.INTERRUPTED).key(), dead.id(),
                dead.runLock());
    }
}
