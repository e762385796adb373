package dk.samspil.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code monthlyFigures} part of {@code /actuator/health}: {@code STALE} while some
 * municipality's figures wait for a rebuild, with since when and why the last attempt failed (the
 * details for a signed-in data manager). A status of our own, not {@code DOWN}: the application
 * serves what it has meanwhile, and Boot leaves statuses it does not rank out of the overall one,
 * so a stale table never takes the instance out of a load balancer.
 */
@Component
class MonthlyFiguresHealthIndicator extends AbstractHealthIndicator {

    static final Status STALE = new Status("STALE", "Monthly figures wait for a rebuild");

    private final StaleFigures stale;

    MonthlyFiguresHealthIndicator(StaleFigures stale) {
        super("The monthly figures' markers could not be read");
        this.stale = stale;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<StaleScope> scopes = stale.stale(null);
        if (scopes.isEmpty()) {
            builder.up();
            return;
        }
        Map<String, Object> municipalities = new LinkedHashMap<>();
        for (StaleScope scope : scopes) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("staleSince", scope.staleSince().toString());
            detail.put("failedAttempts", scope.failedAttempts());
            if (scope.lastFailure() != null) {
                detail.put("lastFailure", scope.lastFailure());
            }
            municipalities.put(String.valueOf(scope.municipalityCode()), detail);
        }
        builder.status(STALE)
                .withDetail("staleSince", scopes.stream().map(StaleScope::staleSince).min(Comparator.naturalOrder())
                        .orElseThrow().toString())
                .withDetail("municipalities", municipalities);
    }
}
