package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V022 turns the Danish local times that import_record and audit_log held into UTC, by the EU
 * summer-time rule, on a schema of its own migrated up to V021 first: winter one hour back, summer
 * two, and never a finished_at before its started_at (ck_import_finished would stop the migration,
 * and with it the application's start).
 */
@SpringBootTest
class UtcMigrationTest {

    @Autowired
    DataSource shared;

    private HikariDataSource settings;
    private String serverUrl;
    private String schema;

    @BeforeEach
    void emptySchema() throws SQLException {
        settings = shared.unwrap(HikariDataSource.class);
        String url = settings.getJdbcUrl();
        serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        schema = url.substring(url.lastIndexOf('/') + 1) + "_v022";
        execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP DATABASE IF EXISTS `" + schema + "`");
    }

    @Test
    void danish_times_become_utc_and_no_finish_comes_before_its_start() {
        DriverManagerDataSource db = new DriverManagerDataSource(serverUrl + schema, settings.getUsername(),
                settings.getPassword() == null ? "" : settings.getPassword());
        // whatever migration comes last before V022
        String before = java.util.Arrays.stream(Flyway.configure().dataSource(db).locations("classpath:db/migration")
                        .load().info().all())
                .map(m -> m.getVersion()).filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("22")) < 0)
                .max(Comparable::compareTo).orElseThrow().getVersion();
        flyway(db, before).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("""
                INSERT INTO import_record (id, kind, period, file_name, started_by, started_at, finished_at, status)
                VALUES (1, 'meetings', '2026-01-01', 'winter.csv', 'test', '2026-01-15 10:00:00', '2026-01-15 10:00:05', 'COMPLETED'),
                       (2, 'meetings', '2026-07-01', 'summer.csv', 'test', '2026-07-01 10:00:00', '2026-07-01 10:00:05', 'COMPLETED'),
                       (3, 'meetings', '2026-12-01', 'running.csv', 'test', '2026-12-01 10:00:00', NULL, 'STARTED'),
                       (4, 'meetings', '2026-10-01', 'autumn.csv', 'test', '2026-10-25 02:59:00', '2026-10-25 03:00:00', 'COMPLETED')""");
        jdbc.update("INSERT INTO audit_log (occurred_at, username, action, outcome) VALUES ('2026-07-01 10:00:00', 'u', 'a', 'ALLOWED')");

        flyway(db, "22").migrate();

        assertThat(jdbc.queryForList("SELECT CONCAT(id, ' ', started_at, ' ', COALESCE(finished_at, '-')) FROM import_record "
                + "ORDER BY id", String.class)).containsExactly(
                "1 2026-01-15 09:00:00.000 2026-01-15 09:00:05.000",
                "2 2026-07-01 08:00:00.000 2026-07-01 08:00:05.000",
                "3 2026-12-01 09:00:00.000 -",
                // the last minute of summer time, then the first of winter time: still in order
                "4 2026-10-25 00:59:00.000 2026-10-25 02:00:00.000");
        assertThat(jdbc.queryForObject("SELECT occurred_at FROM audit_log", String.class))
                .startsWith("2026-07-01 08:00:00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_record WHERE run_lock IS NULL", Long.class))
                .as("the old rows have no run lock: the recovery sees them as dead").isEqualTo(4);
    }

    private static Flyway flyway(DataSource db, String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, settings.getUsername(),
                settings.getPassword() == null ? "" : settings.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
