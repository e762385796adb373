package dk.samspil.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A schema of one test's own on the test run's MariaDB server, beside the shared one: for what
 * must not be seen by other tests (a tampered audit chain, a migration from an older version).
 */
public final class ScratchSchema implements AutoCloseable {

    private final HikariDataSource settings;
    private final String serverUrl;
    private final String name;

    public ScratchSchema(DataSource shared, String suffix) throws SQLException {
        settings = shared.unwrap(HikariDataSource.class);
        String url = settings.getJdbcUrl();
        serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        name = url.substring(url.lastIndexOf('/') + 1) + "_" + suffix;
        execute("DROP DATABASE IF EXISTS `" + name + "`");
        execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public String jdbcUrl() {
        return serverUrl + name;
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource(jdbcUrl(), settings.getUsername(), password());
    }

    /** Migrates up to {@code version}, or to the newest migration when null. */
    public void migrate(String version) {
        var config = Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration");
        (version == null ? config : config.target(version)).load().migrate();
    }

    public String username() {
        return settings.getUsername();
    }

    public String password() {
        return settings.getPassword() == null ? "" : settings.getPassword();
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, settings.getUsername(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
