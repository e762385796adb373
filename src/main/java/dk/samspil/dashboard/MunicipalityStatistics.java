package dk.samspil.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dk.samspil.base.period.Period;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the Municipalities page. Aggregates only; professionals see their own
 * municipality, every other role all of them, and active cases follow the small-cell rule
 * ({@link CaseCounts}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'PROFESSIONAL', 'DATA_MANAGER')")
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
        record Row(int code, String name, long activeCases, long meetings, LocalDate lastImportOn) {
        }
        Period lastMonth = Period.last(1, YearMonth.now(clock));
        SignedInUser user = currentUser.require();
        List<Row> rows = jdbc.sql("""
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
                .param("from", lastMonth.firstDay())
                .param("until", lastMonth.dayAfter())
                .param("only", scope(user))
                .query((rs, row) -> new Row(rs.getInt("code"), rs.getString("name"), rs.getLong("active_cases"),
                        rs.getLong("meetings_last_month"), rs.getObject("last_import_on", LocalDate.class)))
                .list();
        List<OptionalLong> active = new CaseCounts(user).perMunicipality(rows, Row::code, Row::activeCases);
        List<MunicipalityOverview> overview = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            overview.add(new MunicipalityOverview(row.code(), row.name(), active.get(i), row.meetings(), row.lastImportOn()));
        }
        return overview;
    }

    /** Network meetings per calendar month over the last {@code months} complete months, zeros included. */
    public List<MonthlyCount> meetingsPerMonth(int months) {
        Period period = Period.last(months, YearMonth.now(clock));
        Map<YearMonth, Long> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT YEAR(period) AS y, MONTH(period) AS m, SUM(meetings) AS meetings
                        FROM meeting_month_figures
                        WHERE period >= :from AND period < :until AND (:only IS NULL OR municipality_code = :only)
                        GROUP BY period""")
                .param("from", period.firstDay())
                .param("until", period.dayAfter())
                .param("only", scope(currentUser.require()))
                .query(rs -> {
                    counts.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("meetings"));
                });
        return period.axis().stream().map(month -> new MonthlyCount(month, counts.getOrDefault(month, 0L))).toList();
    }

    /** A professional's own municipality only; null (every municipality) for everyone else. */
    private static Integer scope(SignedInUser user) {
        return user.role() == Role.PROFESSIONAL ? user.municipalityCode() : null;
    }
}
