package dk.samspil.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.base.period.Period;
import dk.samspil.casework.CaseService;
import dk.samspil.casework.CaseStatus;
import dk.samspil.casework.CaseSummary;
import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.statistics.ControlChart;
import dk.samspil.statistics.ControlCharts;
import dk.samspil.statistics.ControlPoint;
import dk.samspil.statistics.Subgroup;
import io.micrometer.core.annotation.Timed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates of the network meetings, month by month, and — for the one reader allowed them, the
 * municipality's own lead — that municipality's case list through the casework module's scoping.
 * Case counts follow the small-cell rule ({@link ShownCaseCounts}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
// each data call of the dashboards, by class and method, for /actuator/prometheus
@Timed(value = "samspil.dashboard.data", histogram = true)
public class MeetingStatistics {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CaseService cases;

    MeetingStatistics(JdbcClient jdbc, CurrentUser currentUser, Clock clock, CaseService cases) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public MeetingOverview overview(Scope scope, Period period) {
        ShownCaseCounts counts = new ShownCaseCounts(currentUser.require());
        List<long[]> planCounts = new ArrayList<>();
        List<MeetingMonth> months = monthly(counts, scope, period, planCounts);
        return new MeetingOverview(months, sectorShares(scope, period),
                counts.parts(scope, daysToFirst(scope, period)), pChart(planCounts));
    }

    /**
     * One sector's attendance across the municipalities, month by month: the share of each
     * municipality's meetings the sector attended. Aggregates, so a lead sees every municipality.
     */
    public List<MunicipalitySectorShares> sectorByMunicipality(Sector sector, Period period) {
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<String, Double> shares = new HashMap<>();
        jdbc.sql("""
                        SELECT mu.code, mu.name, DATE_FORMAT(t.period, '%Y-%m') AS month,
                               COALESCE(s.meetings, 0) / t.meetings AS share
                        FROM municipality mu
                        LEFT JOIN meeting_month_figures t ON t.municipality_code = mu.code
                             AND t.period >= :from AND t.period < :until AND t.meetings > 0
                        LEFT JOIN meeting_sector_month_figures s ON s.municipality_code = t.municipality_code
                             AND s.period = t.period AND s.sector_code = :sector
                        ORDER BY mu.name, t.period""")
                .param("from", period.firstDay()).param("until", period.dayAfter()).param("sector", sector.name())
                .query(rs -> {
                    names.put(rs.getInt("code"), rs.getString("name"));
                    if (rs.getString("month") != null) {
                        shares.put(rs.getInt("code") + "/" + rs.getString("month"), rs.getDouble("share"));
                    }
                });
        return names.entrySet().stream().map(municipality -> new MunicipalitySectorShares(municipality.getKey(),
                municipality.getValue(), period.axis().stream().map(month -> shares.get(municipality.getKey() + "/" + month))
                        .toList())).toList();
    }

    /**
     * A municipality's cases for its lead's follow-up: overdue follow-ups first, then by the next
     * follow-up date, ended cases last. The casework module decides who may see them (only the municipality's own
     * lead and the data manager), so no other municipality's case can come back from here.
     */
    public List<CaseSummary> casesToFollow(int municipalityCode) {
        LocalDate today = LocalDate.now(clock);
        return cases.casesOf(municipalityCode).stream()
                .sorted(Comparator.comparing((CaseSummary row) -> !row.followUpOverdue(today))
                        .thenComparing(row -> row.status() == CaseStatus.ENDED)
                        .thenComparing(CaseSummary::nextFollowUpOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CaseSummary::caseRef))
                .toList();
    }

    /** The P chart of the share with a current plan, over the months that had active cases. */
    private static ControlSeries pChart(List<long[]> planCounts) {
        List<Subgroup> subgroups = planCounts.stream().filter(counts -> counts[1] > 0)
                .map(counts -> new Subgroup(counts[0], counts[1])).toList();
        if (subgroups.isEmpty()) {
            return new ControlSeries(null, planCounts.stream().map(counts -> (ControlPoint) null).toList());
        }
        ControlChart chart = ControlCharts.p(subgroups);
        Iterator<ControlPoint> points = chart.points().iterator();
        return new ControlSeries(chart.centre(),
                planCounts.stream().map(counts -> counts[1] > 0 ? points.next() : null).toList());
    }

    private List<MeetingMonth> monthly(ShownCaseCounts counts, Scope scope, Period period, List<long[]> planCounts) {
        record Row(long meetings, Double citizen, Double people, Double kept, Double sectors, long active,
                   Double plan, Double coherence, long withPlan) {
        }
        Map<YearMonth, Row> rows = new HashMap<>();
        jdbc.sql("""
                        WITH months AS (
                            SELECT period FROM meeting_month_figures WHERE period >= :from AND period < :until
                            UNION SELECT period FROM case_month_figures WHERE period >= :from AND period < :until)
                        SELECT YEAR(m.period) AS y, MONTH(m.period) AS mo,
                               COALESCE(mf.meetings, 0) AS meetings, mf.citizen_present / mf.meetings AS citizen,
                               mf.participants_sum / NULLIF(mf.participants_known, 0) AS people,
                               mf.follow_ups_kept / NULLIF(mf.follow_ups_due, 0) AS kept,
                               mf.sectors_sum / mf.meetings AS sectors,
                               COALESCE(cf.active_cases, 0) AS active, cf.with_current_plan / NULLIF(cf.active_cases, 0) AS plan,
                               COALESCE(cf.with_current_plan, 0) AS with_plan,
                               of.coherence AS coherence
                        FROM months m
                        LEFT JOIN (SELECT period, SUM(meetings) AS meetings, SUM(citizen_present) AS citizen_present,
                                          SUM(participants_sum) AS participants_sum, SUM(participants_known) AS participants_known,
                                          SUM(follow_ups_kept) AS follow_ups_kept, SUM(follow_ups_due) AS follow_ups_due,
                                          SUM(sectors_sum) AS sectors_sum
                                   FROM meeting_month_figures
                                   WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) mf ON mf.period = m.period
                        LEFT JOIN (SELECT period, SUM(active_cases) AS active_cases, SUM(with_current_plan) AS with_current_plan
                                   FROM case_month_figures
                                   WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) cf ON cf.period = m.period
                        LEFT JOIN (SELECT period, SUM(coherence_sum) / NULLIF(SUM(coherence_reported), 0) AS coherence
                                   FROM outcome_month_figures
                                   WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) of ON of.period = m.period""")
                .param("from", period.firstDay()).param("until", period.dayAfter()).param("municipality", scope.sqlParameter())
                .query(rs -> {
                    rows.put(YearMonth.of(rs.getInt("y"), rs.getInt("mo")), new Row(rs.getLong("meetings"),
                            rs.getObject("citizen", Double.class), rs.getObject("people", Double.class),
                            rs.getObject("kept", Double.class), rs.getObject("sectors", Double.class),
                            rs.getLong("active"), rs.getObject("plan", Double.class),
                            rs.getObject("coherence", Double.class), rs.getLong("with_plan")));
                });
        List<YearMonth> axis = period.axis();
        axis.forEach(month -> planCounts.add(rows.containsKey(month)
                ? new long[] {rows.get(month).withPlan(), rows.get(month).active()} : new long[] {0, 0}));
        return axis.stream().map(month -> {
            Row row = rows.get(month);
            return row == null ? new MeetingMonth(month, 0, null, null, null, null, counts.one(scope, 0), null, null)
                    : new MeetingMonth(month, row.meetings(), row.citizen(), row.people(), row.kept(), row.sectors(),
                            counts.one(scope, row.active()), row.plan(), row.coherence());
        }).toList();
    }

    private Map<Sector, List<Double>> sectorShares(Scope scope, Period period) {
        Map<String, Double> shares = new HashMap<>();
        jdbc.sql("""
                        SELECT s.sector_code, DATE_FORMAT(s.period, '%Y-%m') AS month, SUM(s.meetings) / t.meetings AS share
                        FROM meeting_sector_month_figures s
                        JOIN (SELECT period, SUM(meetings) AS meetings FROM meeting_month_figures
                              WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                              GROUP BY period) t ON t.period = s.period
                        WHERE s.period >= :from AND s.period < :until AND (:municipality IS NULL OR s.municipality_code = :municipality)
                        GROUP BY s.sector_code, s.period, t.meetings""")
                .param("from", period.firstDay()).param("until", period.dayAfter()).param("municipality", scope.sqlParameter())
                .query(rs -> {
                    shares.put(rs.getString("sector_code") + "/" + rs.getString("month"), rs.getDouble("share"));
                });
        Map<Sector, List<Double>> bySector = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            bySector.put(sector, period.axis().stream().map(month -> shares.getOrDefault(sector.name() + "/" + month, 0.0)).toList());
        }
        return bySector;
    }

    private List<Long> daysToFirst(Scope scope, Period period) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(first_within_14), 0), COALESCE(SUM(first_within_30), 0),
                               COALESCE(SUM(first_within_60), 0), COALESCE(SUM(first_within_90), 0),
                               COALESCE(SUM(first_after_90), 0), COALESCE(SUM(enrolled - first_met), 0)
                        FROM case_month_figures
                        WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)""")
                .param("from", period.firstDay()).param("until", period.dayAfter()).param("municipality", scope.sqlParameter())
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)))
                .single();
    }
}
