package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dk.samspil.base.period.Period;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.FunnelLimits;
import dk.samspil.statistics.FunnelPlot;
import dk.samspil.statistics.Overdispersion;
import io.micrometer.core.annotation.Timed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fair comparison of the municipalities on any outcome indicator: a funnel plot
 * around the programme's value with 95 % and 99.8 % limits (Spiegelhalter 2005), widened for
 * over-dispersion because case-months of the same citizen are not independent, a ranking with
 * intervals, and chosen municipalities' trends. Aggregates only; counts of 1–4 are withheld from
 * anyone who may not see the municipality's cases, and one more where the programme's total would
 * give a single hidden count away (the small-cell rule, {@link ShownCaseCounts}). Professionals are refused.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
// each data call of the dashboards, by class and method, for /actuator/prometheus
@Timed(value = "samspil.dashboard.data", histogram = true)
public class CompareStatistics {

    /** Trends side by side stay readable up to this many municipalities. */
    public static final int MAX_TRENDS = 5;
    private static final int CURVE_STEPS = 40;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    CompareStatistics(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Every municipality with figures for the indicator in the period. */
    public FunnelComparison funnel(OutcomeIndicator indicator, Period period) {
        SignedInUser user = currentUser.require();
        OutcomeIndicator.Kind kind = indicator.kind();
        List<IndicatorFunnel.Sums> rows = sums(indicator, period).stream()
                .filter(row -> IndicatorFunnel.enough(kind, row)).toList();
        if (rows.isEmpty()) {
            return new FunnelComparison(indicator, period.from(), period.to(), 0, Overdispersion.NONE, List.of(), List.of());
        }
        FunnelPlot plain = IndicatorFunnel.plain(kind, rows);
        Map<Integer, Double> zScores = new HashMap<>();
        rows.forEach(row -> zScores.put(row.code(), plain.zScore(row.value(), row.denominator())));
        // a target of 0 or 1 (no spread under the null) gives infinite z: nothing to estimate φ from
        Overdispersion overdispersion = zScores.values().stream().allMatch(Double::isFinite)
                ? Overdispersion.estimate(List.copyOf(zScores.values())) : Overdispersion.NONE;
        FunnelPlot adjusted = plain.inflatedBy(overdispersion);
        List<OptionalLong> events = events(new ShownCaseCounts(user), kind, rows);
        List<FunnelPoint> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorFunnel.Sums row = rows.get(i);
            FunnelLimits limits = adjusted.limitsAt(row.denominator());
            points.add(new FunnelPoint(row.code(), row.name(), isOwn(user, row.code()), events.get(i), row.denominator(),
                    IndicatorFunnel.interval(kind, row), IndicatorFunnel.funnelInterval(kind, row, limits, plain.target()),
                    zScores.get(row.code()), limits, limits.zoneOf(row.value())));
        }
        points.sort(Comparator.comparingDouble(FunnelPoint::value).reversed());
        return new FunnelComparison(indicator, period.from(), period.to(), plain.target(), overdispersion,
                List.copyOf(points), curves(adjusted, rows));
    }

    /**
     * The chosen municipalities month by month (at most {@link #MAX_TRENDS}, unknown codes left
     * out), and the whole programme for reference.
     */
    public MunicipalityTrends trends(OutcomeIndicator indicator, Period period, List<Integer> codes) {
        SignedInUser user = currentUser.require();
        if (codes.size() > MAX_TRENDS) {
            throw new IllegalArgumentException("At most " + MAX_TRENDS + " municipalities side by side, got " + codes);
        }
        List<YearMonth> months = period.axis();
        Map<YearMonth, Double> programme = new HashMap<>();
        Map<Integer, Map<YearMonth, Double>> values = new HashMap<>();
        programmeMonthly(indicator, period, programme);
        if (!codes.isEmpty()) {
            monthly(indicator, period, codes, values);
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT code, name FROM municipality WHERE code IN (:codes)").param("codes", codes)
                    .query(rs -> {
                        names.put(rs.getInt("code"), rs.getString("name"));
                    });
        }
        List<MunicipalityTrend> chosen = codes.stream().distinct().filter(names::containsKey)
                .map(code -> new MunicipalityTrend(code, names.get(code), isOwn(user, code),
                        along(months, values.getOrDefault(code, Map.of()))))
                .toList();
        return new MunicipalityTrends(indicator, months, along(months, programme), chosen);
    }

    /** The whole programme per month into {@code values}. */
    private void programmeMonthly(OutcomeIndicator indicator, Period period, Map<YearMonth, Double> values) {
        jdbc.sql("""
                        SELECT YEAR(f.period) AS y, MONTH(f.period) AS m, %s AS figure
                        FROM outcome_month_figures f
                        WHERE f.period BETWEEN :from AND :to
                        GROUP BY f.period""".formatted(indicator.expression()))
                .param("from", period.firstDay()).param("to", period.lastMonthsFirstDay())
                .query(rs -> {
                    double figure = rs.getDouble("figure");
                    if (!rs.wasNull()) {
                        values.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), figure);
                    }
                });
    }

    /** Per municipality and month into {@code values}, for the municipalities of {@code codes}. */
    private void monthly(OutcomeIndicator indicator, Period period, List<Integer> codes,
                         Map<Integer, Map<YearMonth, Double>> values) {
        jdbc.sql("""
                        SELECT f.municipality_code AS code, YEAR(f.period) AS y, MONTH(f.period) AS m, %s AS figure
                        FROM outcome_month_figures f
                        WHERE f.period BETWEEN :from AND :to AND f.municipality_code IN (:codes)
                        GROUP BY f.municipality_code, f.period""".formatted(indicator.expression()))
                .param("from", period.firstDay()).param("to", period.lastMonthsFirstDay()).param("codes", codes)
                .query(rs -> {
                    double figure = rs.getDouble("figure");
                    if (!rs.wasNull()) {
                        values.computeIfAbsent(rs.getInt("code"), c -> new HashMap<>())
                                .put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), figure);
                    }
                });
    }

    /** The events above the line per municipality; none for means, which are sums of scores. */
    private static List<OptionalLong> events(ShownCaseCounts counts, OutcomeIndicator.Kind kind, List<IndicatorFunnel.Sums> rows) {
        if (rows.stream().anyMatch(row -> IndicatorFunnel.count(kind, row).isEmpty())) {
            return rows.stream().map(row -> IndicatorFunnel.count(kind, row)).toList();
        }
        return counts.perMunicipality(rows, IndicatorFunnel.Sums::code,
                row -> IndicatorFunnel.count(kind, row).getAsLong());
    }

    private List<IndicatorFunnel.Sums> sums(OutcomeIndicator indicator, Period period) {
        return jdbc.sql("""
                        SELECT m.code, m.name, SUM(f.%s) AS numerator, SUM(f.%s) AS denominator,
                               SUM(f.coherence_sum_sq) AS squares
                        FROM outcome_month_figures f JOIN municipality m ON m.code = f.municipality_code
                        WHERE f.period BETWEEN :from AND :to
                        GROUP BY m.code, m.name HAVING SUM(f.%2$s) > 0""".formatted(indicator.numerator(), indicator.denominator()))
                .param("from", period.firstDay()).param("to", period.lastMonthsFirstDay())
                .query((rs, n) -> new IndicatorFunnel.Sums(rs.getInt("code"), rs.getString("name"),
                        rs.getDouble("numerator"), rs.getLong("denominator"), rs.getDouble("squares")))
                .list();
    }

    /** The adjusted limits from a little below the smallest municipality to a little above the largest. */
    private static List<FunnelLimits> curves(FunnelPlot funnel, List<IndicatorFunnel.Sums> rows) {
        long smallest = rows.stream().mapToLong(IndicatorFunnel.Sums::denominator).min().orElseThrow();
        long largest = rows.stream().mapToLong(IndicatorFunnel.Sums::denominator).max().orElseThrow();
        double low = Math.max(1, smallest * 0.8);
        double high = Math.max(low + 1, largest * 1.1);
        List<FunnelLimits> curves = new ArrayList<>();
        for (int step = 0; step <= CURVE_STEPS; step++) {
            curves.add(funnel.limitsAt(low + (high - low) * step / CURVE_STEPS));
        }
        return curves;
    }

    private static boolean isOwn(SignedInUser user, int code) {
        return user.role() == Role.MUNICIPAL_LEAD && user.municipalityCode() != null && user.municipalityCode() == code;
    }

    private static List<Double> along(List<YearMonth> months, Map<YearMonth, Double> values) {
        return months.stream().map(values::get).toList();
    }
}
