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
}
