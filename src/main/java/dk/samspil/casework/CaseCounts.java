package dk.samspil.casework;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts about cases, for what shows aggregates only (the quarterly report): no case-level data leaves. */
@Service
@Transactional(readOnly = true)
public class CaseCounts {

    private final JdbcClient jdbc;
    private final CaseQueries queries;

    CaseCounts(JdbcClient jdbc, CaseQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * How many of a municipality's active cases have a follow-up that has passed without a meeting, by
     * the Cases page's own rule ({@link CaseSummary#followUpOverdue}): a count, no case (the digests).
     */
    public long overdueFollowUps(int municipalityCode, java.time.LocalDate today) {
        return queries.casesOf(municipalityCode).stream().filter(c -> c.followUpOverdue(today)).count();
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
