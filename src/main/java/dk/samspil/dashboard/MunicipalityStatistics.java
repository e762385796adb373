package dk.samspil.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the Municipalities page. Aggregates only; professionals see their own
 * municipality, every other role all of them.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityStatistics {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    MunicipalityStatistics(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every municipality the user may see, in Danish alphabetical order. */
    public List<MunicipalityOverview> overview() {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        Integer only = scope();
        return jdbc.sql("""
                        SELECT m.code, m.name,
                               (SELECT COUNT(*) FROM citizen_case c
                                 WHERE c.municipality_code = m.code AND c.status = 'ACTIVE') AS active_cases,
                               (SELECT COUNT(*) FROM network_meeting n
                                 WHERE n.municipality_code = m.code AND n.held_on >= :from AND n.held_on < :until)
                                 AS meetings_last_month,
                               (SELECT DATE(MAX(i.finished_at)) FROM import_record i
                                 WHERE i.municipality_code = m.code AND i.status = 'COMPLETED') AS last_import_on
                        FROM municipality m
                        WHERE (:only IS NULL OR m.code = :only)
                        ORDER BY m.name COLLATE utf8mb4_danish_ci""")
                .param("from", lastMonth.atDay(1))
                .param("until", lastMonth.plusMonths(1).atDay(1))
                .param("only", only)
                .query((rs, row) -> new MunicipalityOverview(rs.getInt("code"), rs.getString("name"),
                        rs.getLong("active_cases"), rs.getLong("meetings_last_month"),
                        rs.getObject("last_import_on", LocalDate.class)))
                .list();
    }

    /** Network meetings per calendar month over the last {@code months} complete months, zeros included. */
    public List<MonthlyCount> meetingsPerMonth(int months) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, Long> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT YEAR(period) AS y, MONTH(period) AS m, SUM(meetings) AS meetings
                        FROM meeting_month_figures
                        WHERE period >= :from AND period < :until AND (:only IS NULL OR municipality_code = :only)
                        GROUP BY period""")
                .param("from", first.atDay(1))
                .param("until", last.plusMonths(1).atDay(1))
                .param("only", scope())
                .query(rs -> {
                    counts.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("meetings"));
                });
        List<MonthlyCount> series = new ArrayList<>(months);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            series.add(new MonthlyCount(month, counts.getOrDefault(month, 0L)));
        }
        return series;
    }

    private Integer scope() {
        SignedInUser user = currentUser.require();
        return user.role() == Role.PROFESSIONAL ? user.municipalityCode() : null;
    }
}
