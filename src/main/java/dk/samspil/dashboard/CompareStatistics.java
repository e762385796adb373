package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.FunnelLimits;
import dk.samspil.statistics.FunnelPlot;
import dk.samspil.statistics.Overdispersion;
import dk.samspil.statistics.SmallCells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fair comparison of the municipalities on any outcome indicator: a funnel plot
 * around the programme's value with 95 % and 99.8 % limits (Spiegelhalter 2005), widened for
 * over-dispersion because case-months of the same citizen are not independent, a ranking with
 * intervals, and chosen municipalities' trends. Aggregates only; counts of 1–4 are withheld from
 * anyone who may not see the municipality's cases (the small-cell rule). Professionals are refused.
 */
@Service
@Transactional(readOnly = true)
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

    /** Every municipality with figures for the indicator in the months {@code from}–{@code to}. */
    public FunnelComparison funnel(OutcomeIndicator indicator, YearMonth from, YearMonth to) {
        SignedInUser user = signedInNotProfessional();
        OutcomeIndicator.Kind kind = indicator.kind();
        List<IndicatorFunnel.Sums> rows = sums(indicator, from, to).stream()
                .filter(row -> IndicatorFunnel.enough(kind, row)).toList();
        if (rows.isEmpty()) {
            return new FunnelComparison(indicator, from, to, 0, Overdispersion.NONE, List.of(), List.of());
        }
        FunnelPlot plain = IndicatorFunnel.plain(kind, rows);
        Map<Integer, Double> zScores = new HashMap<>();
        rows.forEach(row -> zScores.put(row.code(), plain.zScore(row.value(), row.denominator())));
        // a target of 0 or 1 (no spread under the null) gives infinite z: nothing to estimate φ from
        Overdispersion overdispersion = zScores.values().stream().allMatch(Double::isFinite)
                ? Overdispersion.estimate(List.copyOf(zScores.values())) : Overdispersion.NONE;
        FunnelPlot adjusted = plain.inflatedBy(overdispersion);
        List<FunnelPoint> points = rows.stream()
                .map(row -> {
                    FunnelLimits limits = adjusted.limitsAt(row.denominator());
                    return new FunnelPoint(row.code(), row.name(), isOwn(user, row.code()),
                            shown(user, row.code(), IndicatorFunnel.count(kind, row)), row.denominator(),
                            IndicatorFunnel.interval(kind, row), zScores.get(row.code()), limits,
                            limits.zoneOf(row.value()));
                })
                .sorted(Comparator.comparingDouble(FunnelPoint::value).reversed())
                .toList();
        return new FunnelComparison(indicator, from, to, plain.target(), overdispersion, points, curves(adjusted, rows));
    }

    /**
     * The chosen municipalities month by month (at most {@link #MAX_TRENDS}, unknown codes left
     * out), and the whole programme for reference.
     */
    public MunicipalityTrends trends(OutcomeIndicator indicator, YearMonth from, YearMonth to, List<Integer> codes) {
        SignedInUser user = signedInNotProfessional();
        if (codes.size() > MAX_TRENDS) {
            throw new IllegalArgumentException("At most " + MAX_TRENDS + " municipalities side by side, got " + codes);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        Map<Integer, Map<YearMonth, Double>> values = new HashMap<>();
        monthly(indicator, from, to, List.of(), values);
        if (!codes.isEmpty()) {
            monthly(indicator, from, to, codes, values);
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
        return new MunicipalityTrends(indicator, months, along(months, values.getOrDefault(0, Map.of())), chosen);
    }

    /** Per month into {@code values}: per municipality for {@code codes}, under code 0 for the programme. */
    private void monthly(OutcomeIndicator indicator, YearMonth from, YearMonth to, List<Integer> codes,
                         Map<Integer, Map<YearMonth, Double>> values) {
        boolean programme = codes.isEmpty();
        jdbc.sql("""
                        SELECT %s AS code, YEAR(f.period) AS y, MONTH(f.period) AS m, %s AS figure
                        FROM outcome_month_figures f
                        WHERE f.period BETWEEN :from AND :to AND (:programme OR f.municipality_code IN (:codes))
                        GROUP BY %s""".formatted(programme ? "0" : "f.municipality_code", indicator.expression(),
                        programme ? "f.period" : "f.municipality_code, f.period"))
                .param("from", from.atDay(1)).param("to", to.atDay(1)).param("programme", programme)
                .param("codes", programme ? List.of(0) : codes)
                .query(rs -> {
                    double figure = rs.getDouble("figure");
                    if (!rs.wasNull()) {
                        values.computeIfAbsent(rs.getInt("code"), c -> new HashMap<>())
                                .put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), figure);
                    }
                });
    }

    private List<IndicatorFunnel.Sums> sums(OutcomeIndicator indicator, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        SELECT m.code, m.name, SUM(f.%s) AS numerator, SUM(f.%s) AS denominator,
                               SUM(f.coherence_sum_sq) AS squares
                        FROM outcome_month_figures f JOIN municipality m ON m.code = f.municipality_code
                        WHERE f.period BETWEEN :from AND :to
                        GROUP BY m.code, m.name HAVING SUM(f.%2$s) > 0""".formatted(indicator.numerator(), indicator.denominator()))
                .param("from", from.atDay(1)).param("to", to.atDay(1))
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

    private SignedInUser signedInNotProfessional() {
        SignedInUser user = currentUser.require();
        if (user.role() == Role.PROFESSIONAL) {
            throw new AccessDeniedException("Comparisons are for leads, the steering group and data managers");
        }
        return user;
    }

    private static boolean isOwn(SignedInUser user, int code) {
        return user.role() == Role.MUNICIPAL_LEAD && user.municipalityCode() != null && user.municipalityCode() == code;
    }

    /** STATISTICS.md "Small cells": 1–4 of a municipality whose cases the user may not see is shown as "< 5". */
    private static OptionalLong shown(SignedInUser user, int code, OptionalLong count) {
        if (count.isEmpty() || user.maySeeCasesOf(code)) {
            return count;
        }
        return SmallCells.shownCount(count.getAsLong());
    }

    private static List<Double> along(List<YearMonth> months, Map<YearMonth, Double> values) {
        return months.stream().map(values::get).toList();
    }
}
