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
import dk.samspil.importing.ImportService;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import io.micrometer.core.annotation.Timed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the Municipalities page. Aggregates only; professionals see their own
 * municipality, every other role all of them, and active cases follow the small-cell rule
 * ({@link ShownCaseCounts}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'PROFESSIONAL', 'DATA_MANAGER')")
// each data call of the dashboards, by class and method, for /actuator/prometheus
@Timed(value = "samspil.dashboard.data", histogram = true)
public class MunicipalityStatistics {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ImportService imports;
    private final Clock clock;

    MunicipalityStatistics(JdbcClient jdbc, CurrentUser currentUser, ImportService imports, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.imports = imports;
        this.clock = clock;
    }

    /**
     * Every municipality the user may see, in Danish alphabetical order. Active cases and meetings
     * are the last complete month's, from the same monthly figures (and so the same definition,
     * decision 0024) as the Overview's tiles; the last import from its module's API.
     */
    public List<MunicipalityOverview> overview() {
        record Row(int code, String name, long activeCases, long meetings, LocalDate lastImportOn) {
        }
        Period lastMonth = Period.last(1, YearMonth.now(clock));
        SignedInUser user = currentUser.require();
        Map<Integer, LocalDate> lastImports = imports.lastImportedOn();
        List<Row> rows = jdbc.sql("""
                        SELECT m.code, m.name,
                               (SELECT COALESCE(SUM(c.active_cases), 0) FROM case_month_figures c
                                 WHERE c.municipality_code = m.code AND c.period = :lastMonth) AS active_cases,
                               (SELECT COALESCE(SUM(f.meetings), 0) FROM meeting_month_figures f
                                 WHERE f.municipality_code = m.code AND f.period = :lastMonth) AS meetings_last_month
                        FROM municipality m
                        WHERE (:only IS NULL OR m.code = :only)
                        ORDER BY m.name COLLATE utf8mb4_danish_ci""")
                .param("lastMonth", lastMonth.firstDay())
                .param("only", scope(user))
                .query((rs, row) -> new Row(rs.getInt("code"), rs.getString("name"),
                        rs.getLong("active_cases"), rs.getLong("meetings_last_month"),
                        lastImports.get(rs.getInt("code"))))
                .list();
        List<OptionalLong> shown = new ShownCaseCounts(user).perMunicipality(rows, Row::code, Row::activeCases);
        List<MunicipalityOverview> overview = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            overview.add(new MunicipalityOverview(row.code(), row.name(), shown.get(i), row.meetings(), row.lastImportOn()));
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
