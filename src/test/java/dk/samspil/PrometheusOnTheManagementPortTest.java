package dk.samspil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.YearMonth;

import dk.samspil.base.period.Period;
import dk.samspil.dashboard.OverviewStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportStatus;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.support.Samples;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The metrics are on the management port only (docs/decisions/0021): {@code /actuator/prometheus}
 * there lists the imports' and the dashboards' timers; the application's port, which users reach,
 * serves no metrics, while its {@code /actuator/health} still answers the balancer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrometheusOnTheManagementPortTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ImportService imports;
    @Autowired
    OverviewStatistics overview;
    @Autowired
    UserDetailsService users;
    @Autowired
    Environment environment;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_management_port_lists_the_import_and_dashboard_timers_and_the_application_port_no_metrics()
            throws IOException, InterruptedException {
        try (InputStream in = Files.newInputStream(Samples.path("cases-2026-10.csv"))) {
            assertThat(imports.importAs("test", in, new ImportService.ImportRequest("cases-2026-10.csv", FileKind.CASES,
                    ImportPeriod.parse("2026-10"), ImportMode.STRICT)).status()).isEqualTo(ImportStatus.COMPLETED);
        }
        SignIn.as(users, "styregruppe");
        YearMonth to = YearMonth.now().minusMonths(1);
        overview.tiles(Scope.programme(), Period.between(to.minusMonths(11), to));

        HttpResponse<String> metrics = get(managementPort(), "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("samspil_import_seconds_count\\{[^}]*kind=\"cases\"[^}]*outcome=\"imported\"")
                .containsPattern("samspil_dashboard_data_seconds_count\\{[^}]*class=\"[^\"]*OverviewStatistics\"")
                .as("no file name in a metric").doesNotContain("cases-2026-10.csv");

        // the application's port answers every path with Vaadin's page (its router then says "not found"),
        // never with the metrics
        HttpResponse<String> onTheApplicationPort = get(applicationPort(), "/actuator/prometheus");
        assertThat(onTheApplicationPort.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("text/plain");
        assertThat(onTheApplicationPort.body()).doesNotContain("samspil_import").doesNotContain("jvm_memory")
                .doesNotContain("# HELP");

        HttpResponse<String> health = get(applicationPort(), "/actuator/health");
        assertThat(health.statusCode()).as("the balancer's check on the application's port").isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get(applicationPort(), "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get(applicationPort(), "/actuator/health/balancer").statusCode()).as("HAProxy's check").isEqualTo(200);
        assertThat(get(managementPort(), "/").statusCode()).as("no application on the management port").isNotEqualTo(200);
    }

    private int applicationPort() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private int managementPort() {
        return environment.getRequiredProperty("local.management.port", Integer.class);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
