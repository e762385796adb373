package dk.samspil.base;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /actuator/health} on the application's port, where balancers and docker-compose look, now
 * that the actuator has a management port of its own (management.server.port): forwarded to the
 * health group that Boot serves on the application's port ({@code /healthz}, every part's status,
 * details for a data manager; {@code /livez} and {@code /readyz} for the probes). Boot serves such a
 * group only at a path of one segment, hence the forward.
 */
@Controller
class HealthOnApplicationPort {

    @GetMapping("/actuator/health")
    String health() {
        return "forward:/healthz";
    }

    @GetMapping("/actuator/health/liveness")
    String liveness() {
        return "forward:/livez";
    }

    // the balancer's group (readiness only: deploy/haproxy.cfg) is the readiness probe
    @GetMapping({"/actuator/health/readiness", "/actuator/health/balancer"})
    String readiness() {
        return "forward:/readyz";
    }
}
