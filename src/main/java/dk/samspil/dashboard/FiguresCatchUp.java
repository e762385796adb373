package dk.samspil.dashboard;

import java.util.Collection;
import java.util.List;

import dk.samspil.importing.ImportCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the monthly figures are rebuilt, and what a failed rebuild leaves behind (decision 0009):
 * an import marks its municipalities stale in its own transaction and, once it has committed, their
 * figures are rebuilt; whatever is still stale — a rebuild that failed, a process that stopped
 * before it ran, rows no import announced — is rebuilt at start-up and then every few minutes
 * ({@code samspil.figures.catch-up-every}, {@link FiguresCatchUpAtStart}). A failure is recorded on the marker and shown by
 * {@link MonthlyFiguresHealthIndicator}; it never escapes, so it can neither fail an import that has committed nor
 * stop the application from starting: the pages serve the figures they have meanwhile.
 */
@Component
class FiguresCatchUp {

    private static final Logger log = LoggerFactory.getLogger(FiguresCatchUp.class);

    private final MonthlyFigures figures;
    private final StaleFigures stale;

    FiguresCatchUp(MonthlyFigures figures, StaleFigures stale) {
        this.figures = figures;
        this.stale = stale;
    }

    /** In the import's transaction: the marker commits with the rows, or neither does. */
    @EventListener
    void markStale(ImportCompleted event) {
        if (MonthlyFigures.fedBy(event)) {
            stale.mark(event.municipalities());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void rebuildAfterImport(ImportCompleted event) {
        if (MonthlyFigures.fedBy(event) && !event.municipalities().isEmpty()) {
            catchUp(event.municipalities());
        }
    }

    /**
     * Rebuilds what is stale (all, or of these municipalities): together first, and if that fails one
     * municipality at a time, so one that cannot be rebuilt holds up no other. Never throws.
     */
    void catchUp(Collection<Integer> only) {
        try {
            List<StaleScope> scopes = stale.stale(only);
            if (scopes.isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            try {
                figures.rebuild(scopes);
                log.info("Monthly figures of {} municipalities rebuilt in {} ms", scopes.size(),
                        (System.nanoTime() - started) / 1_000_000);
                return;
            } catch (RuntimeException together) {
                if (scopes.size() == 1) {
                    failed(scopes.getFirst(), together);
                    return;
                }
            }
            for (StaleScope scope : scopes) {
                try {
                    figures.rebuild(List.of(scope));
                } catch (RuntimeException e) {
                    failed(scope, e);
                }
            }
        } catch (RuntimeException e) {
            log.error("The monthly figures could not be caught up; the next attempt is on the schedule", e);
        }
    }

    private void failed(StaleScope scope, RuntimeException e) {
        String reason = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
        log.error("Rebuilding the monthly figures of municipality {} failed; kept as stale and tried again later",
                scope.municipalityCode(), e);
        stale.failed(scope, reason);
    }
}
