package dk.samspil.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import dk.samspil.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What HAProxy (deploy/haproxy.cfg) relies on: a health group of its own that answers from the
 * readiness state only (nothing that waits for the shared database), and redirects
 * built from the forwarded scheme, host and port, so a browser stays on the balancer's address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindTheBalancerTest {

    @LocalServerPort
    int port;

    @Test
    void the_balancers_health_check_asks_only_whether_the_node_is_ready() {
        HttpResponse<String> health = new RawHttp(port).get("/actuator/health/balancer");

        assertThat(health.statusCode()).isEqualTo(200);
        // the readiness group says only its status on the application's port (its parts: management port)
        assertThat(health.body()).contains("\"status\":\"UP\"")
                .as("nothing that waits for a pooled connection or queries: slow on a busy node")
                .doesNotContain("\"db\"", "monthlyFigures", "surveyScoreCells");
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
