package dk.samspil.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.casework.CaseCounts;
import dk.samspil.importing.ImportService;
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
    private final CaseCounts caseCounts;
    private final ImportService imports;
    private final Clock clock;

    MunicipalityStatistics(JdbcClient jdbc, CurrentUser currentUser, CaseCounts caseCounts, ImportService imports,
                           Clock clock) {
        this.jdbc = jdbc;
        this.caseCounts = caseCounts;
        this.imports = imports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every municipality the user may see, in Danish alphabetical order. Active cases and the last
     * import come from their modules' APIs; the meetings from the monthly figures.
     */
    public List<MunicipalityOverview> overview() {
        Map<Integer, Long> activeCases = caseCounts.activeByMunicipality();
        Map<Integer, LocalDate> lastImports = imports.lastImportedOn();
        return jdbc.sql("""
                        SELECT m.code, m.name,
                               (SELECT COALESCE(SUM(f.meetings), 0) FROM meeting_month_figures f
                                 WHERE f.municipality_code = m.code AND f.period = :lastMonth) AS meetings_last_month
                        FROM municipality m
                        WHERE (:only IS NULL OR m.code = :only)
                        ORDER BY m.name COLLATE utf8mb4_danish_ci""")
                .param("lastMonth", YearMonth.now(clock).minusMonths(1).atDay(1))
                .param("only", scope())
                .query((rs, row) -> new MunicipalityOverview(rs.getInt("code"), rs.getString("name"),
                        activeCases.getOrDefault(rs.getInt("code"), 0L), rs.getLong("meetings_last_month"),
                        lastImports.get(rs.getInt("code"))))
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
