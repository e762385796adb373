package dk.samspil.importing.batch;

import org.springframework.jdbc.core.JdbcTemplate;

/** Lets a test run the start-up recovery of interrupted imports, which is package-private. */
public final class InterruptedImportsProbe {

    private final InterruptedImports recovery;

    public InterruptedImportsProbe(JdbcTemplate jdbc) {
        this.recovery = new InterruptedImports(jdbc);
    }

    public void runAtStartUp() {
        recovery.run(null);
    }
}
