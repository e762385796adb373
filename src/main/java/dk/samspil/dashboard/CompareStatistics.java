package dk.samspil.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.statistics.FunnelLimits;
import dk.samspil.statistics.FunnelPlot;
import dk.samspil.statistics.Intervals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fair comparison of the municipalities on a share indicator (STATISTICS.md): a funnel plot around
 * the programme's value with 95 % and 99.8 % limits (Spiegelhalter 2005) and Wilson intervals for
 * the ranking. Case-months are the denominator; small municipalities get wide limits.
 */
@Service
@Transactional(readOnly = true)
public class CompareStatistics {

    /** The indicators that are shares, and so can be funnelled as proportions. */
    public static final List<OutcomeIndicator> SHARES = List.of(OutcomeIndicator.STABLE_HOUSING,
            OutcomeIndicator.IN_WORK_OR_EDUCATION);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompareStatistics(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public FunnelComparison funnel(OutcomeIndicator indicator, int months) {
        if (currentUser.require().role() == Role.PROFESSIONAL) {
            throw new AccessDeniedException("Comparisons are for leads, the steering group and data managers");
        }
        if (!SHARES.contains(indicator)) {
            throw new IllegalArgumentException("Only share indicators are compared in a funnel: " + indicator);
        }
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        record Row(int code, String name, long successes, long trials) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT m.code, m.name, SUM(f.%s) AS successes, SUM(f.%s) AS trials
                        FROM outcome_month_figures f JOIN municipality m ON m.code = f.municipality_code
                        WHERE f.period BETWEEN :from AND :to
                        GROUP BY m.code, m.name HAVING SUM(f.%2$s) > 0""".formatted(indicator.numerator(), indicator.denominator()))
                .param("from", last.minusMonths(months - 1L).atDay(1)).param("to", last.atDay(1))
                .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
        long successes = rows.stream().mapToLong(Row::successes).sum();
        long trials = rows.stream().mapToLong(Row::trials).sum();
        double target = trials == 0 ? 0 : (double) successes / trials;
        FunnelPlot funnel = FunnelPlot.forProportions(target);
        List<FunnelPoint> points = rows.stream()
                .map(r -> new FunnelPoint(r.code(), r.name(), r.successes(), r.trials(), Intervals.wilson(r.successes(), r.trials()),
                        funnel.limitsAt(r.trials()).zoneOf((double) r.successes() / r.trials())))
                .sorted(Comparator.comparingDouble((FunnelPoint p) -> p.interval().estimate()).reversed())
                .toList();
        long largest = rows.stream().mapToLong(Row::trials).max().orElse(1);
        List<double[]> curves = new ArrayList<>();
        for (int step = 1; step <= 40; step++) {
            double denominator = Math.max(1, largest * 1.1 * step / 40.0);
            FunnelLimits limits = funnel.limitsAt(denominator);
            curves.add(new double[] {denominator, limits.limits998().lower(), limits.limits95().lower(),
                    limits.limits95().upper(), limits.limits998().upper()});
        }
        return new FunnelComparison(indicator, target, points, curves);
    }
}
