package dk.samspil.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.samspil.SamspilApplication;
import dk.samspil.audit.AuditChain;
import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.cli.LeanContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the hash chain costs an audit entry (docs/decisions/0019): {@link AuditLog#record} (head row
 * locked, hash computed, entry and head written, in its own transaction) against the plain insert it
 * replaced, in a copy of the table without the chain; one writer and four at once; and the chain
 * check over everything written. Run with {@code ./mvnw -Pbenchmark verify -Dbenchmark.class=AuditLogBenchmark};
 * results go in docs/benchmarks.md.
 */
public final class AuditLogBenchmark {

    private static final int ENTRIES = 2_000;
    private static final int WRITERS = 4;

    private AuditLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // the chain's cost does not depend on what else is in the database
        System.setProperty("samspil.demo.enabled", "false");
        System.setProperty("logging.level.root", "WARN");
        try (LeanContext lean = new LeanContext(SamspilApplication.class, true)) {
            ConfigurableApplicationContext context = lean.start();
            AuditLog log = context.getBean(AuditLog.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            TransactionTemplate own = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            jdbc.sql("CREATE TABLE IF NOT EXISTS audit_bench LIKE audit_log").update();
            Runnable plain = () -> own.executeWithoutResult(status -> jdbc.sql("""
                            INSERT INTO audit_bench (occurred_at, username, action, target, outcome, prev_hash, entry_hash)
                            VALUES (UTC_TIMESTAMP(3), 'bench', 'VIEW_CASE', 'case 1', 'ALLOWED', '', '')""").update());
            Runnable chained = () -> log.record("bench", "VIEW_CASE", "case 1", AuditOutcome.ALLOWED, 461);

            time("warm-up, plain", 1, 500, plain);
            time("warm-up, chained", 1, 500, chained);
            time("plain insert, 1 writer", 1, ENTRIES, plain);
            time("chained record, 1 writer", 1, ENTRIES, chained);
            time("plain insert, " + WRITERS + " writers", WRITERS, ENTRIES / WRITERS, plain);
            time("chained record, " + WRITERS + " writers", WRITERS, ENTRIES / WRITERS, chained);

            AuditChain chain = context.getBean(AuditChain.class);
            long start = System.nanoTime();
            var check = chain.verify();
            System.out.printf("chain check: %d entries in %.0f ms, intact %s%n", check.entries(),
                    (System.nanoTime() - start) / 1e6, check.intact());
            jdbc.sql("DROP TABLE audit_bench").update();
        }
    }

    private static void time(String what, int writers, int each, Runnable write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        write.run();
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = writers * each;
        System.out.printf("%s: %d entries in %.2f s = %.0f entries/s (%.2f ms each)%n", what, total, seconds,
                total / seconds, seconds * 1000 / total);
    }
}
