package dk.samspil.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.survey.CoreElementScores;
import io.micrometer.core.annotation.Timed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The VIVE core-element self-assessments (survey owns them): a municipality's own scores against the programme's mean. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
// each data call of the dashboards, by class and method, for /actuator/prometheus
@Timed(value = "samspil.dashboard.data", histogram = true)
public class CoreElementAssessments {

    private final CoreElementScores scores;

    CoreElementAssessments(CoreElementScores scores) {
        this.scores = scores;
    }

    /** The newest quarter anyone assessed, for the programme and — for a municipality's scope — its own scores. */
    public CoreElementRadar radar(Scope scope) {
        Optional<CoreElementScores.Quarter> newest = scores.newest(scope.sqlParameter());
        if (newest.isEmpty()) {
            return new CoreElementRadar(Optional.empty(), List.of(), 0, Optional.empty());
        }
        CoreElementScores.Quarter quarter = newest.get();
        Map<String, Double> programme = quarter.programmeMeans();
        Map<String, Double> own = quarter.own();
        List<Double> programmeScores = new ArrayList<>();
        List<Double> ownScores = new ArrayList<>();
        CoreElementRadar.ELEMENTS.forEach(element -> {
            programmeScores.add(programme.get(element));
            ownScores.add(own.get(element));
        });
        return new CoreElementRadar(Optional.of(quarter.year() + " Q" + quarter.quarter()), programmeScores,
                quarter.assessed(), own.isEmpty() ? Optional.empty() : Optional.of(ownScores));
    }
}
