package dk.samspil.importing.batch;

import java.time.LocalDateTime;
import java.util.List;

import dk.samspil.importing.ImportHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the import job for a registered import, or runs a failed one again; the triggers call this.
 * The job's execution is created and recorded on the import before the job runs (and before its
 * file is received), so an import stopped at any moment after that has an execution to run again.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job monthlyImport;
    private final ImportHistory history;
    private final JdbcTemplate jdbc;

    ImportRunner(JobOperator jobOperator, JobRepository jobRepository, Job monthlyImport, ImportHistory history,
                 JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.monthlyImport = monthlyImport;
        this.history = history;
    }

    /** An import's job, created and recorded but not yet run. */
    public record PreparedJob(ImportParameters parameters, JobExecution execution) {
    }

    /** Creates the job's execution and records it on the import; nothing runs yet. */
    public PreparedJob prepare(ImportParameters parameters) {
        JobParameters jobParameters = parameters.toJobParameters();
        JobInstance instance = jobRepository.createJobInstance(monthlyImport.getName(), jobParameters);
        JobExecution execution = jobRepository.createJobExecution(instance, jobParameters, new ExecutionContext());
        history.attach(parameters.importId(), execution.getId());
        return new PreparedJob(parameters, execution);
    }

    /** The prepared job will not run (its file could not be received): it ends failed, with why. */
    public void abandon(PreparedJob job) {
        job.execution().setStatus(BatchStatus.FAILED);
        job.execution().setEndTime(LocalDateTime.now());
        jobRepository.update(job.execution());
        history.failed(job.parameters().importId(), FailureReason.NOT_RECEIVED.key());
    }

    /** Runs the prepared job to its end on the calling thread; true when the import completed. */
    public boolean run(PreparedJob job) {
        try {
            monthlyImport.execute(job.execution());
        } catch (Exception | Error e) {
            job.execution().addFailureException(e);
            job.execution().setStatus(BatchStatus.FAILED);
        }
        return finished(job.parameters().importId(), job.execution());
    }

    /**
     * Runs a failed import's job again, from the step that failed, for an import claimed for this
     * ({@link ImportHistory#claimForRestart}). An execution still marked as running belongs to a
     * process that died (a live one would hold the import's run lock, and the claim would have
     * failed), as does one Spring Batch left UNKNOWN after a lost connection: its write was one
     * database transaction, which the server rolled back, so both are safe to run again.
     */
    public boolean restart(long importId, long jobExecutionId) {
        JobExecution attached = jobRepository.getJobExecution(jobExecutionId);
        if (attached == null) {
            throw new IllegalStateException("The import's job execution " + jobExecutionId + " is not there");
        }
        JobExecution last = jobRepository.getLastJobExecution(attached.getJobInstance());
        List<Long> executions = jobRepository.getJobExecutions(attached.getJobInstance()).stream()
                .map(JobExecution::getId).toList();
        for (Long id : executions) {
            jdbc.update("""
                    UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', END_TIME = COALESCE(END_TIME, ?)
                    WHERE JOB_EXECUTION_ID = ? AND STATUS IN ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')""",
                    LocalDateTime.now(), id);
            jdbc.update("""
                    UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', END_TIME = COALESCE(END_TIME, ?)
                    WHERE JOB_EXECUTION_ID = ? AND STATUS IN ('STARTING', 'STARTED', 'STOPPING', 'UNKNOWN')""",
                    LocalDateTime.now(), id);
        }
        JobExecution execution;
        try {
            execution = jobOperator.restart(jobRepository.getJobExecution(last.getId()));
        } catch (Exception e) {
            history.failed(importId, FailureReason.of(e).key());
            throw new IllegalStateException("The import could not be run again: " + e.getMessage(), e);
        }
        return finished(importId, execution);
    }

    private boolean finished(long importId, JobExecution execution) {
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        if (!completed) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            boolean rejected = failures.stream().anyMatch(ImportRejectedException.class::isInstance);
            FailureReason reason = FailureReason.of(failures);
            // Spring Batch's word for a rollback that could not reach the database
            boolean unknown = execution.getStepExecutions().stream().anyMatch(s -> s.getStatus() == BatchStatus.UNKNOWN);
            if (unknown && reason == FailureReason.UNEXPECTED) {
                reason = FailureReason.CONNECTION_LOST;
            }
            if (!rejected) {
                // the stack trace too: Spring Batch's own log of the failed step is off (application.properties)
                log.warn("Import {} failed ({})", importId, reason, failures.stream().findFirst().orElse(null));
            }
            // a rejection is already in the report; this only adds why when there is none
            history.failed(importId, rejected ? "import.rejected.invalid" : reason.key());
        }
        return completed;
    }
}
