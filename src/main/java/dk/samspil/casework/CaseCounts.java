package dk.samspil.casework;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of cases per municipality, for pages that show aggregates only: no case-level data leaves. */
@Service
@Transactional(readOnly = true)
public class CaseCounts {

    private final JdbcClient jdbc;

    CaseCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases whose status is active today, by municipality code; municipalities without any are absent. */
    public Map<Integer, Long> activeByMunicipality() {
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.sql("SELECT municipality_code, COUNT(*) FROM citizen_case WHERE status = 'ACTIVE' GROUP BY municipality_code")
                .query(rs -> {
                    counts.put(rs.getInt(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * The agreed actions of the cases' action plans due in [from, until), by status (AGREED,
     * IN_PROGRESS, DONE, DROPPED), for one municipality or all: counts, no case.
     */
    public Map<String, Long> agreedActionsDue(Integer municipalityCode, java.time.LocalDate from, java.time.LocalDate until) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT a.status, COUNT(*) FROM agreed_action a
                        JOIN action_plan p ON p.id = a.action_plan_id JOIN citizen_case c ON c.id = p.case_id
                        WHERE a.due_on >= :from AND a.due_on < :until
                          AND (:municipality IS NULL OR c.municipality_code = :municipality)
                        GROUP BY a.status""")
                .param("from", from).param("until", until).param("municipality", municipalityCode)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
