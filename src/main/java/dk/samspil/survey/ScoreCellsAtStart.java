package dk.samspil.survey;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the cells of every closed wave that has none once the application is up: waves written
 * before the cells existed, and the demo data (its loader runs before the application is ready).
 * Idempotent, so every start may run it; each wave in its own transaction.
 */
@Component
class ScoreCellsAtStart {

    private static final Logger log = LoggerFactory.getLogger(ScoreCellsAtStart.class);

    private final ScoreCells cells;

    ScoreCellsAtStart(ScoreCells cells) {
        this.cells = cells;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissing() {
        List<Long> waves = cells.closedWavesWithoutCells();
        if (waves.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        waves.forEach(cells::fill);
        log.info("Survey score cells filled for {} closed waves in {} ms", waves.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
