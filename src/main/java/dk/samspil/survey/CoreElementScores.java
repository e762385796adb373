package dk.samspil.survey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The VIVE core-element self-assessments as others read them: the newest quarter's mean per
 * element over the municipalities that assessed it, and one municipality's own scores. A
 * self-assessment is the municipality's own statement, not a person's answer, so no anonymity rule
 * applies; the role check is the caller's (the Overview's service).
 */
@Service
@Transactional(readOnly = true)
public class CoreElementScores {

    private final JdbcClient jdbc;

    CoreElementScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param programmeMeans the mean score per element over the municipalities that assessed it
     * @param own            the scores of the municipality asked for, per element (empty if none)
     * @param assessed       how many municipalities assessed the quarter
     */
    public record Quarter(int year, int quarter, Map<String, Double> programmeMeans, Map<String, Double> own,
                          int assessed) {
    }

    /** The newest quarter anyone assessed, with ({@code municipalityCode} not null) that municipality's own scores. */
    public Optional<Quarter> newest(Integer municipalityCode) {
        Optional<int[]> newest = jdbc.sql("""
                        SELECT year, quarter FROM core_element_assessment ORDER BY year DESC, quarter DESC LIMIT 1""")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        int year = newest.get()[0];
        int quarter = newest.get()[1];
        Map<String, Double> programme = new HashMap<>();
        Map<String, Double> own = new HashMap<>();
        int[] assessed = {0};
        jdbc.sql("""
                        SELECT element, AVG(score) AS mean, COUNT(*) AS municipalities,
                               MAX(CASE WHEN municipality_code = :municipality THEN score END) AS own
                        FROM core_element_assessment WHERE year = :year AND quarter = :quarter GROUP BY element""")
                .param("year", year).param("quarter", quarter).param("municipality", municipalityCode)
                .query(rs -> {
                    programme.put(rs.getString("element"), rs.getDouble("mean"));
                    assessed[0] = Math.max(assessed[0], rs.getInt("municipalities"));
                    Double score = rs.getObject("own", Double.class);
                    if (score != null) {
                        own.put(rs.getString("element"), score);
                    }
                });
        return Optional.of(new Quarter(year, quarter, programme, own, assessed[0]));
    }
}
