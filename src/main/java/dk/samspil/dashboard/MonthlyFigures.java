package dk.samspil.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dk.samspil.importing.ImportCompleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the pre-aggregated monthly tables (V010) from the raw rows of casework and outcome, the one
 * class allowed to read other modules' tables for that (ArchitectureTest). A municipality is always
 * rebuilt whole: simple, and correct when a corrected file replaces a period; at national scale all
 * of them take about a second. When a rebuild runs, and what happens when one fails, is
 * {@link FiguresCatchUp}'s business; each rebuild clears the stale markers (V014) it started from.
 */
@Service
public class MonthlyFigures {

    private static final String ALL = "(:all OR %s IN (:municipalities))";
    /** The import kinds (file names of the data contract) whose rows the monthly figures are built from. */
    private static final Set<String> FED_BY = Set.of("cases", "meetings", "outcomes");

    private final JdbcClient jdbc;
    private final StaleFigures stale;
    private final Clock clock;

    MonthlyFigures(JdbcClient jdbc, StaleFigures stale, Clock clock) {
        this.jdbc = jdbc;
        this.stale = stale;
        this.clock = clock;
    }

    /** Survey answers and self-assessments have tables of their own; these three feed the figures. */
    static boolean fedBy(ImportCompleted event) {
        return FED_BY.contains(event.kind());
    }

    /**
     * Rows that no import announced (a new database filled by the demo generator, figures lost):
     * when there are cases but no figures, every municipality with cases is marked stale.
     */
    @Transactional
    void markAllStaleWhenEmpty() {
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM case_month_figures)").query(Boolean.class).single();
        if (empty) {
            stale.mark(jdbc.sql("SELECT DISTINCT municipality_code FROM citizen_case").query(Integer.class).list());
        }
    }

    /** Rebuilds every municipality's figures and clears every marker seen at the start. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refreshAll() {
        List<StaleScope> seen = stale.stale(null);
        rebuild(true, List.of(-1));
        stale.caughtUp(seen);
    }

    /** Rebuilds these stale municipalities' figures in one transaction of its own, clearing their markers. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void rebuild(Collection<StaleScope> scopes) {
        if (!scopes.isEmpty()) {
            rebuild(false, scopes.stream().map(StaleScope::municipalityCode).toList());
            stale.caughtUp(scopes);
        }
    }

    private void rebuild(boolean all, Collection<Integer> municipalities) {
        for (String table : List.of("outcome_month_figures", "meeting_month_figures", "meeting_sector_month_figures",
                "case_month_figures", "case_outcome_change")) {
            jdbc.sql("DELETE FROM " + table + " WHERE " + ALL.formatted("municipality_code"))
                    .param("all", all).param("municipalities", municipalities).update();
        }
        outcomes(all, municipalities);
        meetings(all, municipalities);
        cases(all, municipalities);
        changes(all, municipalities);
    }

    private void outcomes(boolean all, Collection<Integer> municipalities) {
        jdbc.sql("""
                        INSERT INTO outcome_month_figures
                        SELECT c.municipality_code, o.period, COUNT(*), SUM(o.psychiatric_admissions), SUM(o.bed_days),
                               SUM(o.acute_readmissions_30d), COALESCE(SUM(o.emergency_contacts), 0), COUNT(o.emergency_contacts),
                               COALESCE(SUM(o.housing = 'STABLE'), 0), COUNT(o.housing),
                               COALESCE(SUM(o.employment <> 'NONE'), 0), COUNT(o.employment),
                               COALESCE(SUM(o.coherence_score), 0),
                               COALESCE(SUM(o.coherence_score * o.coherence_score), 0), COUNT(o.coherence_score),
                               COALESCE(SUM(o.coercive_measures), 0), COUNT(o.coercive_measures)
                        FROM monthly_outcome o JOIN citizen_case c ON c.id = o.case_id
                        WHERE %s
                        GROUP BY c.municipality_code, o.period""".formatted(ALL.formatted("c.municipality_code")))
                .param("all", all).param("municipalities", municipalities).update();
    }

    private void meetings(boolean all, Collection<Integer> municipalities) {
        jdbc.sql("""
                        INSERT INTO meeting_month_figures
                        SELECT municipality_code, period, SUM(held), SUM(citizen), SUM(people), SUM(people_known),
                               SUM(sectors), SUM(due), SUM(kept)
                        FROM (SELECT n.municipality_code, DATE_FORMAT(n.held_on, '%%Y-%%m-01') AS period, 1 AS held,
                                     n.citizen_present AS citizen, COALESCE(n.participants, 0) AS people,
                                     n.participants IS NOT NULL AS people_known,
                                     (SELECT COUNT(*) FROM network_meeting_sector s WHERE s.meeting_id = n.id) AS sectors,
                                     0 AS due, 0 AS kept
                              FROM network_meeting n WHERE %1$s
                              UNION ALL
                              SELECT f.municipality_code, DATE_FORMAT(f.next_follow_up_on, '%%Y-%%m-01'), 0, 0, 0, 0, 0, 1,
                                     EXISTS (SELECT 1 FROM network_meeting n WHERE n.case_id = f.case_id
                                              AND n.held_on > f.held_on AND n.held_on <= f.next_follow_up_on)
                              FROM network_meeting f WHERE f.next_follow_up_on IS NOT NULL AND %2$s) AS events
                        GROUP BY municipality_code, period"""
                        .formatted(ALL.formatted("n.municipality_code"), ALL.formatted("f.municipality_code")))
                .param("all", all).param("municipalities", municipalities).update();
        jdbc.sql("""
                        INSERT INTO meeting_sector_month_figures
                        SELECT n.municipality_code, DATE_FORMAT(n.held_on, '%%Y-%%m-01'), s.sector_code, COUNT(*)
                        FROM network_meeting n JOIN network_meeting_sector s ON s.meeting_id = n.id
                        WHERE %s
                        GROUP BY n.municipality_code, DATE_FORMAT(n.held_on, '%%Y-%%m-01'), s.sector_code"""
                        .formatted(ALL.formatted("n.municipality_code")))
                .param("all", all).param("municipalities", municipalities).update();
    }

    private void cases(boolean all, Collection<Integer> municipalities) {
        LocalDate first = jdbc.sql("SELECT MIN(enrolled_on) FROM citizen_case").query(LocalDate.class).optional()
                .orElse(null);
        if (first == null) {
            return;
        }
        // the rows are the cases a month overlaps (a case enrolled in it counts for its wait even if it
        // ended in it); "active" is narrower and the same on every page (decision 0024): still open,
        // active or paused, at the month's last day. A case
        // not met yet has no wait: "first_on IS NOT NULL" keeps its waiting bands 0, where TRUE AND NULL
        // would make the month's SUM NULL once no new case of it has met (issue 14: cases before meetings)
        jdbc.sql("""
                        INSERT INTO case_month_figures
                        WITH RECURSIVE months (period) AS (
                            SELECT CAST(:first AS DATE) UNION ALL
                            SELECT period + INTERVAL 1 MONTH FROM months WHERE period < :last),
                        first_meeting AS (SELECT case_id, MIN(held_on) AS first_on FROM network_meeting GROUP BY case_id)
                        SELECT c.municipality_code, m.period, SUM(c.ended_on IS NULL OR c.ended_on > LAST_DAY(m.period)),
                               SUM((c.ended_on IS NULL OR c.ended_on > LAST_DAY(m.period))
                                   AND EXISTS (SELECT 1 FROM action_plan p WHERE p.case_id = c.id
                                            AND p.agreed_on <= LAST_DAY(m.period)
                                            AND (p.next_review_on IS NULL OR p.next_review_on >= m.period))),
                               SUM(c.enrolled_on >= m.period),
                               SUM(c.enrolled_on >= m.period AND f.first_on IS NOT NULL),
                               COALESCE(SUM(IF(c.enrolled_on >= m.period, GREATEST(0, DATEDIFF(f.first_on, c.enrolled_on)), 0)), 0),
                               SUM(c.enrolled_on >= m.period AND f.first_on IS NOT NULL AND DATEDIFF(f.first_on, c.enrolled_on) <= 14),
                               SUM(c.enrolled_on >= m.period AND f.first_on IS NOT NULL AND DATEDIFF(f.first_on, c.enrolled_on) BETWEEN 15 AND 30),
                               SUM(c.enrolled_on >= m.period AND f.first_on IS NOT NULL AND DATEDIFF(f.first_on, c.enrolled_on) BETWEEN 31 AND 60),
                               SUM(c.enrolled_on >= m.period AND f.first_on IS NOT NULL AND DATEDIFF(f.first_on, c.enrolled_on) BETWEEN 61 AND 90),
                               SUM(c.enrolled_on >= m.period AND f.first_on IS NOT NULL AND DATEDIFF(f.first_on, c.enrolled_on) > 90)
                        FROM months m
                        JOIN citizen_case c ON c.enrolled_on <= LAST_DAY(m.period) AND (c.ended_on IS NULL OR c.ended_on >= m.period)
                        LEFT JOIN first_meeting f ON f.case_id = c.id
                        WHERE %s
                        GROUP BY c.municipality_code, m.period""".formatted(ALL.formatted("c.municipality_code")))
                .param("first", YearMonth.from(first).atDay(1)).param("last", YearMonth.now(clock).atDay(1))
                .param("all", all).param("municipalities", municipalities).update();
    }

    private void changes(boolean all, Collection<Integer> municipalities) {
        // months -6..-1 before the enrolment month and 7..12 after it; a case needs all twelve months
        // before it is compared, so a half-reported period cannot pass for a fall
        jdbc.sql("""
                        INSERT INTO case_outcome_change
                        SELECT c.id, c.municipality_code, c.enrolled_on,
                               SUM(IF(o.period < e.start, o.psychiatric_admissions, 0)), SUM(IF(o.period > e.start, o.psychiatric_admissions, 0)),
                               SUM(IF(o.period < e.start, o.bed_days, 0)), SUM(IF(o.period > e.start, o.bed_days, 0)),
                               SUM(IF(o.period < e.start, o.acute_readmissions_30d, 0)), SUM(IF(o.period > e.start, o.acute_readmissions_30d, 0)),
                               IF(COUNT(o.emergency_contacts) = 12, SUM(IF(o.period < e.start, o.emergency_contacts, 0)), NULL),
                               IF(COUNT(o.emergency_contacts) = 12, SUM(IF(o.period > e.start, o.emergency_contacts, 0)), NULL)
                        FROM citizen_case c
                        JOIN (SELECT id, DATE_FORMAT(enrolled_on, '%%Y-%%m-01') AS start FROM citizen_case) e ON e.id = c.id
                        JOIN monthly_outcome o ON o.case_id = c.id
                             AND (o.period BETWEEN e.start - INTERVAL 6 MONTH AND e.start - INTERVAL 1 MONTH
                                  OR o.period BETWEEN e.start + INTERVAL 7 MONTH AND e.start + INTERVAL 12 MONTH)
                        WHERE %s
                        GROUP BY c.id, c.municipality_code, c.enrolled_on
                        HAVING COUNT(*) = 12""".formatted(ALL.formatted("c.municipality_code")))
                .param("all", all).param("municipalities", municipalities).update();
    }
}
