package dk.samspil.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.RunChart;
import dk.samspil.statistics.RunChartAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome indicators per month for the programme or one municipality, read as run charts with the
 * Anhøj rules (STATISTICS.md). Aggregates only: no case-level row leaves this service.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeStatistics {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutcomeStatistics(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The last {@code months} complete months; {@code municipalityCode} null means the programme. */
    public OutcomeSeries series(OutcomeIndicator indicator, Integer municipalityCode, int months) {
        SignedInUser user = currentUser.require();
        if (municipalityCode != null && !user.maySeeAggregatesOf(municipalityCode)
                || municipalityCode == null && user.role() == Role.PROFESSIONAL) {
            throw new AccessDeniedException("Outcomes of another municipality");
        }
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, double[]> figures = new HashMap<>();
        jdbc.sql("""
                        SELECT YEAR(f.period) AS y, MONTH(f.period) AS m, %s AS figure, SUM(f.%s) AS case_months
                        FROM outcome_month_figures f
                        WHERE f.period BETWEEN :from AND :to AND (:municipality IS NULL OR f.municipality_code = :municipality)
                        GROUP BY f.period""".formatted(indicator.expression(), indicator.denominator()))
                .param("from", first.atDay(1)).param("to", last.atDay(1)).param("municipality", municipalityCode)
                .query(rs -> {
                    double figure = rs.getDouble("figure");
                    figures.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                            new double[] {rs.wasNull() ? Double.NaN : figure, rs.getLong("case_months")});
                });
        List<YearMonth> axis = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Long> caseMonths = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            double[] figure = figures.get(month);
            axis.add(month);
            values.add(figure == null || Double.isNaN(figure[0]) ? null : figure[0]);
            caseMonths.add(figure == null ? 0L : (long) figure[1]);
        }
        RunChartAnalysis analysis = RunChart.analyse(values);
        Optional<YearMonth> shift = analysis.signal() && analysis.signalStart().isPresent()
                ? Optional.of(axis.get(analysis.signalStart().getAsInt())) : Optional.empty();
        return new OutcomeSeries(indicator, municipalityCode, axis, values, caseMonths, analysis.centreLine(), shift);
    }
}
