package dk.samspil.dashboard;

import dk.samspil.base.ServerTask;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server's part of {@link FiguresCatchUp}: what is stale is rebuilt once the application is up
 * and then on a schedule. Apart from the rebuild after an import, which a command-line import runs
 * too, since a command's process must not spend its start on the whole programme's figures.
 */
@Component
@ServerTask
class FiguresCatchUpAtStart {

    private static final Logger log = LoggerFactory.getLogger(FiguresCatchUpAtStart.class);

    private final MonthlyFigures figures;
    private final FiguresCatchUp catchUp;

    FiguresCatchUpAtStart(MonthlyFigures figures, FiguresCatchUp catchUp) {
        this.figures = figures;
        this.catchUp = catchUp;
    }

    // one instance rebuilds, the others skip: the figures and their stale markers are shared
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "monthly-figures-catch-up", lockAtMostFor = "PT30M")
    void atStart() {
        try {
            figures.markAllStaleWhenEmpty();
        } catch (RuntimeException e) {
            log.error("Could not check whether the monthly figures are empty; the pages show what they have", e);
        }
        catchUp.catchUp(null);
    }

    @Scheduled(fixedDelayString = "${samspil.figures.catch-up-every:PT5M}",
            initialDelayString = "${samspil.figures.catch-up-every:PT5M}")
    @SchedulerLock(name = "monthly-figures-catch-up", lockAtMostFor = "PT30M")
    void onSchedule() {
        catchUp.catchUp(null);
    }
}
