package dk.samspil.importing.batch;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;

/** Lets a test run the start-up recovery of interrupted imports, which is package-private. */
public final class InterruptedImportsProbe {

    private final InterruptedImports recovery;

    /** The recovery as a process on these connections would run it (their session time zone included). */
    public InterruptedImportsProbe(JdbcTemplate jdbc, Clock clock) {
        this.recovery = new InterruptedImports(jdbc, new RunLocks(jdbc.getDataSource(), jdbc), clock);
    }

    public InterruptedImportsProbe(JdbcTemplate jdbc) {
        this(jdbc, Clock.system(java.time.ZoneId.of("Europe/Copenhagen")));
    }

    public void runAtStartUp() {
        recovery.run(null);
    }
}
