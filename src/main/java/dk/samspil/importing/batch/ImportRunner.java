package dk.samspil.importing.batch;

import dk.samspil.importing.ImportHistory;
import dk.samspil.importing.ImportStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Runs the import job for a registered import, or runs a failed one again; the triggers call this. */
@Component
public class ImportRunner {

    private final JobOperator jobOperator;
    private final Job monthlyImport;
    private final ImportHistory history;
    private final JdbcTemplate jdbc;

    ImportRunner(JobOperator jobOperator, Job monthlyImport, ImportHistory history, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.jobOperator = jobOperator;
        this.monthlyImport = monthlyImport;
        this.history = history;
    }

    /** Runs the job to its end on the calling thread and returns how it ended. */
    public boolean run(ImportParameters parameters) {
        try {
            JobExecution execution = jobOperator.start(monthlyImport, parameters.toJobParameters());
            history.attach(parameters.importId(), execution.getId());
            return finished(parameters.importId(), execution);
        } catch (Exception e) {
            history.finish(parameters.importId(), ImportStatus.FAILED, 0);
            throw new IllegalStateException("The import job could not be started: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a failed import's job again, from the step that failed. A write cut off by a lost
     * database connection leaves Spring Batch unsure (UNKNOWN: the rollback itself failed). Our write
     * is one database transaction, and the import record is marked written inside it, so an import
     * still FAILED here was rolled back by the server: safe to run again.
     */
    public boolean restart(long importId, long jobExecutionId) {
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID = ? AND STATUS = 'UNKNOWN'",
                jobExecutionId);
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID = ? AND STATUS = 'UNKNOWN'",
                jobExecutionId);
        try {
            Long execution = jobOperator.restart(jobExecutionId);
            history.attach(importId, execution);
            return history.find(importId).map(s -> s.status() == ImportStatus.COMPLETED).orElse(false);
        } catch (Exception e) {
            throw new IllegalStateException("The import could not be run again: " + e.getMessage(), e);
        }
    }

    private boolean finished(long importId, JobExecution execution) {
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        if (!completed) {
            history.finish(importId, ImportStatus.FAILED, 0);
        }
        return completed;
    }
}
