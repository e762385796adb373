package dk.samspil.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The VIVE core-element self-assessments: a municipality's own scores against the programme's mean. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
public class CoreElementAssessments {

    private final JdbcClient jdbc;

    CoreElementAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest quarter anyone assessed, for the programme and — for a municipality's scope — its own scores. */
    public CoreElementRadar radar(Scope scope) {
        record Quarter(int year, int quarter) {
        }
        Optional<Quarter> newest = jdbc.sql("""
                        SELECT year, quarter FROM core_element_assessment ORDER BY year DESC, quarter DESC LIMIT 1""")
                .query((rs, n) -> new Quarter(rs.getInt(1), rs.getInt(2))).optional();
        if (newest.isEmpty()) {
            return new CoreElementRadar(Optional.empty(), List.of(), 0, Optional.empty());
        }
        Quarter quarter = newest.get();
        Map<String, Double> programme = new HashMap<>();
        Map<String, Double> own = new HashMap<>();
        int[] assessed = {0};
        jdbc.sql("""
                        SELECT element, AVG(score) AS mean, COUNT(*) AS municipalities,
                               MAX(CASE WHEN municipality_code = :municipality THEN score END) AS own
                        FROM core_element_assessment WHERE year = :year AND quarter = :quarter GROUP BY element""")
                .param("year", quarter.year()).param("quarter", quarter.quarter()).param("municipality", scope.sqlParameter())
                .query(rs -> {
                    programme.put(rs.getString("element"), rs.getDouble("mean"));
                    assessed[0] = Math.max(assessed[0], rs.getInt("municipalities"));
                    Double score = rs.getObject("own", Double.class);
                    if (score != null) {
                        own.put(rs.getString("element"), score);
                    }
                });
        List<Double> programmeScores = new ArrayList<>();
        List<Double> ownScores = new ArrayList<>();
        CoreElementRadar.ELEMENTS.forEach(element -> {
            programmeScores.add(programme.get(element));
            ownScores.add(own.get(element));
        });
        return new CoreElementRadar(Optional.of(quarter.year() + " Q" + quarter.quarter()), programmeScores, assessed[0],
                own.isEmpty() ? Optional.empty() : Optional.of(ownScores));
    }
}
