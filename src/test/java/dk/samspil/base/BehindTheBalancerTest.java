package dk.samspil.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import dk.samspil.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What HAProxy (deploy/haproxy.cfg) relies on: a health group of its own that answers from the
 * readiness state and the database only, tells an anonymous caller nothing more, and redirects
 * built from the forwarded scheme, host and port, so a browser stays on the balancer's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindTheBalancerTest {

    @LocalServerPort
    int port;

    @Test
    void the_balancers_health_check_asks_only_whether_the_node_is_ready_and_reaches_its_database() {
        HttpResponse<String> health = new RawHttp(port).get("/actuator/health/balancer");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"readinessState\"", "\"db\"", "\"status\":\"UP\"")
                .as("not the derived tables' markers, whose queries are slow on a busy node")
                .doesNotContain("monthlyFigures", "surveyScoreCells")
                .as("no details for an anonymous caller").doesNotContain("database", "validationQuery");
    }

    @Test
    void a_redirect_keeps_the_scheme_host_and_port_the_balancer_forwarded() {
        HttpResponse<String> overview = new RawHttp(port).with("X-Forwarded-Proto", "http")
                .with("X-Forwarded-Host", "samspil.example").with("X-Forwarded-Port", "8088")
                .with("X-Forwarded-For", "192.0.2.7").get("/overview");

        assertThat(overview.statusCode()).isEqualTo(302);
        assertThat(overview.headers().firstValue("location")).contains("http://samspil.example:8088/login");
    }
}
