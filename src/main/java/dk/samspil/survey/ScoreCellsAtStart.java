package dk.samspil.survey;

import java.util.List;

import dk.samspil.base.ServerTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fills the cells of every closed wave that has none: waves written before the cells existed, the
 * demo data (its loader runs before the application is ready), and a wave whose filling failed.
 * A closed wave without a row in {@code survey_score_cell_wave} is its own stale marker, so this
 * runs once the application is up and then on the schedule of the monthly figures
 * ({@code samspil.figures.catch-up-every}). Closing a wave and importing answers fill the cells in
 * their own transaction, so those cannot commit without them; only this catch-up can fail on its
 * own, and its failure is logged and tried again, never allowed to stop the start.
 */
@Component
@ServerTask
class ScoreCellsAtStart {

    private static final Logger log = LoggerFactory.getLogger(ScoreCellsAtStart.class);

    private final ScoreCells cells;

    ScoreCellsAtStart(ScoreCells cells) {
        this.cells = cells;
    }

    // one instance fills, the others skip: the cells are in the shared database
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "survey-score-cells-catch-up", lockAtMostFor = "PT30M")
    void atStart() {
        fillMissing();
    }

    @Scheduled(fixedDelayString = "${samspil.figures.catch-up-every:PT5M}",
            initialDelayString = "${samspil.figures.catch-up-every:PT5M}")
    @SchedulerLock(name = "survey-score-cells-catch-up", lockAtMostFor = "PT30M")
    void onSchedule() {
        fillMissing();
    }

    /** Each wave in its own transaction, so one that cannot be filled holds up no other. Never throws. */
    void fillMissing() {
        List<Long> waves;
        try {
            waves = cells.closedWavesWithoutCells();
        } catch (RuntimeException e) {
            log.error("Could not look for closed waves without score cells; tried again on the schedule", e);
            return;
        }
        if (waves.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int filled = 0;
        for (long wave : waves) {
            try {
                cells.fill(wave);
                filled++;
            } catch (RuntimeException e) {
                log.error("Filling the score cells of wave {} failed; tried again on the schedule", wave, e);
            }
        }
        log.info("Survey score cells filled for {} of {} closed waves in {} ms", filled, waves.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
