package dk.samspil.survey;

import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code surveyScoreCells} part of {@code /actuator/health}: {@code STALE} while a closed wave
 * has no score cells (its results are then read from the answers; {@link ScoreCellsAtStart} tries
 * again). Not {@code DOWN}, and left out of the overall status by Boot: the application still serves.
 */
@Component
class SurveyScoreCellsHealthIndicator extends AbstractHealthIndicator {

    private static final Status STALE = new Status("STALE", "Closed waves wait for their score cells");

    private final ScoreCells cells;

    SurveyScoreCellsHealthIndicator(ScoreCells cells) {
        super("The survey score cells could not be checked");
        this.cells = cells;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<Long> waves = cells.closedWavesWithoutCells();
        if (waves.isEmpty()) {
            builder.up();
        } else {
            builder.status(STALE).withDetail("closedWavesWithoutCells", waves);
        }
    }
}
