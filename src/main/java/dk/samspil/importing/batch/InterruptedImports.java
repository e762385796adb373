package dk.samspil.importing.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, an import still marked as running was cut off when the process stopped (killed,
 * power, database gone). Its write was one transaction, so nothing of it is in the database; it is
 * marked FAILED so the data manager can run it again with "Run again". Samspil runs as one
 * instance, so nothing else can be running it.
 */
@Component
class InterruptedImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final JdbcTemplate jdbc;

    InterruptedImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int steps = jdbc.update("""
                UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', END_TIME = NOW(6),
                    EXIT_MESSAGE = 'Interrupted: the application stopped while it ran'
                WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')""");
        int jobs = jdbc.update("""
                UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', END_TIME = NOW(6),
                    EXIT_MESSAGE = 'Interrupted: the application stopped while it ran'
                WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')""");
        int imports = jdbc.update("UPDATE import_record SET status = 'FAILED', finished_at = NOW(3) WHERE status = 'STARTED'");
        if (jobs + steps + imports > 0) {
            log.warn("{} interrupted import(s) marked as failed; they can be run again from the Imports page", imports);
        }
    }
}
