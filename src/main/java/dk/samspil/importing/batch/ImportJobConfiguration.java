package dk.samspil.importing.batch;

import dk.samspil.importing.ImportHistory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * One job for every kind of monthly file: validate (the whole file, nothing written), then write
 * (one transaction). The kind, file, period and mode are job parameters.
 */
@Configuration
class ImportJobConfiguration {

    static final String JOB_NAME = "monthlyImport";

    @Bean
    Job monthlyImport(JobRepository jobRepository, Step validateFile, Step writeRows, ImportHistory history) {
        return new JobBuilder(JOB_NAME, jobRepository).start(validateFile).next(writeRows)
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution execution) {
                        // a run again gets a new execution: recorded before any step runs
                        history.attach(execution.getJobParameters().getLong("importId"), execution.getId());
                    }
                })
                .build();
    }

    @Bean
    Step validateFile(JobRepository jobRepository, PlatformTransactionManager transactionManager, ValidateStep step) {
        return new StepBuilder("validate", jobRepository).tasklet(step, transactionManager).build();
    }

    /**
     * The write runs at READ COMMITTED: replacing a scope then locks only the rows it deletes, not
     * the gaps around them, so imports of other scopes run side by side instead of deadlocking
     * (survey answer sets have random ids, so their gaps lie everywhere), and each read sees what
     * other imports committed (docs/decisions/0012).
     */
    @Bean
    Step writeRows(JobRepository jobRepository, PlatformTransactionManager transactionManager, WriteStep step) {
        DefaultTransactionAttribute readCommitted = new DefaultTransactionAttribute();
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new StepBuilder("write", jobRepository).tasklet(step, transactionManager)
                .transactionAttribute(readCommitted).build();
    }
}
