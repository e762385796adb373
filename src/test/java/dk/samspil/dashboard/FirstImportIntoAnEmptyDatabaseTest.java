package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dk.samspil.SamspilApplication;
import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportStatus;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ProposedImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: a new installation imports its cases before any meeting. That first import must leave
 * correct figures, and no rebuild, failed or not, may stop the application from starting. The
 * tests' shared schema holds the demo programme, so this one starts the application on a schema of
 * its own on the same server, as production would: empty, no demo data.
 */
@SpringBootTest
class FirstImportIntoAnEmptyDatabaseTest {

    private static final String CASES = "cases-2026-10.csv";

    @Autowired
    DataSource shared;

    private String serverUrl;
    private String schema;
    private HikariDataSource settings;

    @BeforeEach
    void emptySchema() throws SQLException {
        settings = shared.unwrap(HikariDataSource.class);
        String url = settings.getJdbcUrl();
        serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        schema = url.substring(url.lastIndexOf('/') + 1) + "_empty";
        execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP DATABASE IF EXISTS `" + schema + "`");
    }

    @Test
    void cases_before_any_meeting_give_figures_and_the_application_starts_even_while_a_rebuild_fails()
            throws IOException, InterruptedException {
        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM citizen_case")).as("an empty production database").isZero();
            try (InputStream in = getClass().getResourceAsStream(CASES)) {
                assertThat(app.getBean(ImportService.class).importAs("test", in, new ImportService.ImportRequest(CASES,
                        FileKind.CASES, ProposedImport.fromFileName(CASES).orElseThrow().period(), ImportMode.STRICT))
                        .status()).isEqualTo(ImportStatus.COMPLETED);
            }

            assertThat(count(jdbc, "SELECT COUNT(*) FROM monthly_figures_stale")).as("rebuilt after the import").isZero();
            assertThat(jdbc.sql("""
                            SELECT CONCAT(municipality_code, ' ', period, ' ', enrolled, ' ', first_met, ' ', first_within_14)
                            FROM case_month_figures WHERE enrolled > 0 ORDER BY 1""").query(String.class).list())
                    .containsExactly("461 2026-09-01 1 0 0", "461 2026-10-01 1 0 0", "563 2026-10-01 1 0 0");

            // the figures are lost and cannot be rebuilt (the database refuses them): the next start must succeed
            jdbc.sql("DELETE FROM case_month_figures").update();
            jdbc.sql("""
                    CREATE TRIGGER test_refuses_figures BEFORE INSERT ON case_month_figures FOR EACH ROW
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test: figures refused'""").update();
        }

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(restarted.isActive()).isTrue();
            assertThat(restarted.getBean(MonthlyFiguresHealthIndicator.class).health().getStatus().getCode())
                    .isEqualTo("STALE");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + restarted.getEnvironment().getProperty("local.server.port")
                            + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as("the instance still serves").isEqualTo(200);
            assertThat(health.body()).endsWith("\"status\":\"UP\"}").contains("\"monthlyFigures\":{")
                    .contains("\"status\":\"STALE\"")
                    .as("why, only for a signed-in data manager").doesNotContain("figures refused");
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM monthly_figures_stale WHERE failed_attempts > 0"))
                    .as("Odense and Fanø, with why").isEqualTo(2);
            jdbc.sql("DROP TRIGGER test_refuses_figures").update();
        }

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(restarted.getBean(MonthlyFiguresHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
            assertThat(count(restarted.getBean(JdbcClient.class), "SELECT SUM(enrolled) FROM case_month_figures"))
                    .isEqualTo(3);
        }
    }

    /** The web application on the empty schema, as a production start would find it (any free port). */
    private ConfigurableApplicationContext start() {
        // arguments, not default properties: those would lose to the tests' own configuration
        return new SpringApplicationBuilder(SamspilApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.datasource.url=" + serverUrl + schema,
                        "--spring.datasource.username=" + settings.getUsername(),
                        "--spring.datasource.password=" + (settings.getPassword() == null ? "" : settings.getPassword()),
                        "--samspil.demo.enabled=false");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, settings.getUsername(),
                settings.getPassword() == null ? "" : settings.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).optional().orElse(0L);
    }
}
