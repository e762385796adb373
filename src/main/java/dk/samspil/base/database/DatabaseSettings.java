package dk.samspil.base.database;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.core.env.Environment;

/**
 * How to find or start a database when none is configured.
 *
 * @param preferLocalServer use 127.0.0.1:3306 (root, empty password) when it answers, as CI provides
 * @param schema            the database (schema) name to create and use
 * @param embeddedDataDir   where the embedded server keeps its files; empty means a temporary folder
 * @param embeddedPort      the embedded server's port; 0 picks a free one
 * @param dropOnExit        drop the schema when the JVM ends (tests)
 */
record DatabaseSettings(boolean preferLocalServer, String schema, Path embeddedDataDir, int embeddedPort,
                        boolean dropOnExit) {

    static DatabaseSettings from(Environment environment) {
        String schema = environment.getProperty(DatabaseEnvironment.PREFIX + "schema", "samspil");
        boolean perRun = environment.getProperty(DatabaseEnvironment.PREFIX + "schema-per-run", Boolean.class, false);
        if (perRun) {
            // one schema per test run: tests must not assume they own the server
            schema = schema + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        }
        if (!schema.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalStateException("samspil.database.schema must be letters, digits and _ only");
        }
        String dataDir = environment.getProperty(DatabaseEnvironment.PREFIX + "embedded-data-dir", "");
        return new DatabaseSettings(
                environment.getProperty(DatabaseEnvironment.PREFIX + "prefer-local-server", Boolean.class, false),
                schema,
                dataDir.isBlank() ? null : Path.of(dataDir).toAbsolutePath(),
                environment.getProperty(DatabaseEnvironment.PREFIX + "embedded-port", Integer.class, 3307),
                perRun);
    }
}
