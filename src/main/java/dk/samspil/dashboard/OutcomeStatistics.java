package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import dk.samspil.base.period.Period;
import dk.samspil.security.CurrentUser;
import dk.samspil.statistics.BeforeAfter;
import dk.samspil.statistics.ChangeDistribution;
import dk.samspil.statistics.ControlChart;
import dk.samspil.statistics.ControlCharts;
import dk.samspil.statistics.ControlPoint;
import dk.samspil.statistics.Phase;
import dk.samspil.statistics.ProcessReading;
import dk.samspil.statistics.Run;
import dk.samspil.statistics.RunChart;
import dk.samspil.statistics.RunChartAnalysis;
import dk.samspil.statistics.SmallCells;
import dk.samspil.statistics.Subgroup;
import io.micrometer.core.annotation.Timed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome indicators per month for the programme or one municipality, read as run charts with the
 * Anhøj rules, and the per-case change before/after enrolment as a distribution.
 * Aggregates only: no case-level row leaves this service, and its case counts follow the small-cell
 * rule ({@link ShownCaseCounts}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
// each data call of the dashboards, by class and method, for /actuator/prometheus
@Timed(value = "samspil.dashboard.data", histogram = true)
public class OutcomeStatistics {

    /** The indicators {@code case_outcome_change} holds, with its column prefix. */
    private static final Map<OutcomeIndicator, String> CHANGE_COLUMNS = Map.of(
            OutcomeIndicator.ADMISSIONS, "admissions", OutcomeIndicator.BED_DAYS, "bed_days",
            OutcomeIndicator.READMISSIONS, "readmissions", OutcomeIndicator.EMERGENCY_CONTACTS, "emergency");
    public static final List<OutcomeIndicator> BEFORE_AFTER = List.of(OutcomeIndicator.ADMISSIONS,
            OutcomeIndicator.BED_DAYS, OutcomeIndicator.READMISSIONS, OutcomeIndicator.EMERGENCY_CONTACTS);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final TargetLookup targets;
    private final ActionMarkers actionMarkers;

    OutcomeStatistics(JdbcClient jdbc, CurrentUser currentUser, TargetLookup targets, ActionMarkers actionMarkers) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.targets = targets;
        this.actionMarkers = actionMarkers;
    }

    /** One run chart around the median of all its months. */
    public OutcomeSeries series(OutcomeIndicator indicator, Scope scope, Period period) {
        return series(indicator, scope, period, false);
    }

    /**
     * The run chart; with {@code splitAtActions} a new phase begins at each action's start month,
     * each phase with its own median and Anhøj signals, and the newest phase's signals drive the
     * variation icon (qicharts2's {@code part}; decision 0027).
     */
    public OutcomeSeries series(OutcomeIndicator indicator, Scope scope, Period period, boolean splitAtActions) {
        Map<YearMonth, double[]> figures = new HashMap<>();
        jdbc.sql("""
                        SELECT YEAR(f.period) AS y, MONTH(f.period) AS m, %s AS figure,
                               SUM(f.%s) AS numerator, SUM(f.%s) AS denominator, SUM(f.case_months) AS case_months
                        FROM outcome_month_figures f
                        WHERE f.period BETWEEN :from AND :to AND (:municipality IS NULL OR f.municipality_code = :municipality)
                        GROUP BY f.period""".formatted(indicator.expression(), indicator.numerator(), indicator.denominator()))
                .param("from", period.firstDay()).param("to", period.lastMonthsFirstDay())
                .param("municipality", scope.sqlParameter())
                .query(rs -> {
                    double figure = rs.getDouble("figure");
                    // read at once: the month's columns read next would answer wasNull() in its place,
                    // and a month with nothing reported would be drawn as 0
                    boolean unreported = rs.wasNull();
                    figures.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), new double[] {
                            unreported ? Double.NaN : figure, rs.getDouble("numerator"), rs.getDouble("denominator")});
                });
        List<YearMonth> axis = period.axis();
        List<Double> values = new ArrayList<>();
        List<double[]> counts = new ArrayList<>();
        for (YearMonth month : axis) {
            double[] figure = figures.get(month);
            values.add(figure == null || Double.isNaN(figure[0]) ? null : figure[0]);
            counts.add(figure == null ? new double[] {0, 0} : new double[] {figure[1], figure[2]});
        }
        Indicator defined = IndicatorCatalogue.of(indicator);
        List<ActionMarkers.ActionMarker> actions = actionMarkers.markers(indicator.name(), scope, period.from(), period.to());
        OptionalDouble target = targets.target(indicator.name(), scope, period.to());
        if (values.stream().allMatch(value -> value == null)) {
            return new OutcomeSeries(indicator, scope, axis, values, Double.NaN, Optional.empty(),
                    List.of(), controlChart(indicator, counts), values, List.of(), actions,
                    ProcessReading.of(values, defined.readingDirection(), target), target, null);
        }
        List<Integer> starts = splitAtActions ? actions.stream().map(action -> axis.indexOf(action.start()))
                .filter(index -> index > 0).distinct().toList() : List.of();
        List<Phase> phases = RunChart.analysePhases(values, starts);
        List<Double> medianLine = new ArrayList<>();
        List<Integer> signalled = new ArrayList<>();
        for (Phase phase : phases) {
            phase.values().forEach(value -> medianLine.add(phase.analysis().centreLine()));
            signalMonths(phase.analysis(), phase.values()).forEach(i -> signalled.add(phase.firstIndex() + i));
        }
        Phase newest = phases.getLast();
        RunChartAnalysis analysis = newest.analysis();
        Optional<YearMonth> shift = analysis.signal() && analysis.signalStart().isPresent()
                ? Optional.of(axis.get(newest.firstIndex() + analysis.signalStart().getAsInt())) : Optional.empty();
        List<YearMonth> phaseStarts = phases.stream().skip(1).map(phase -> axis.get(phase.firstIndex())).toList();
        return new OutcomeSeries(indicator, scope, axis, values, analysis.centreLine(), shift, signalled,
                controlChart(indicator, counts), medianLine, phaseStarts, actions,
                ProcessReading.of(newest.values(), defined.readingDirection(), target), target, analysis);
    }

    /**
     * The per-case change of admissions, bed days, readmissions and emergency contacts for the cases
     * enrolled in the months {@code first}–{@code last}, each as a distribution; with fewer than
     * five cases an indicator has no distribution, only its number of cases. Counts of cases the
     * reader may not see one by one follow the small-cell rule, fell / unchanged / rose as parts of
     * the cases.
     */
    public BeforeAfterOverview beforeAfter(Scope scope, Period period) {
        ShownCaseCounts counts = new ShownCaseCounts(currentUser.require());
        List<OutcomeChange> changes = BEFORE_AFTER.stream().map(indicator -> {
            String column = CHANGE_COLUMNS.get(indicator);
            List<BeforeAfter> cases = jdbc.sql("""
                            SELECT %1$s_before, %1$s_after FROM case_outcome_change
                            WHERE enrolled_on >= :from AND enrolled_on < :until
                              AND %1$s_before IS NOT NULL AND %1$s_after IS NOT NULL
                              AND (:municipality IS NULL OR municipality_code = :municipality)""".formatted(column))
                    .param("from", period.firstDay()).param("until", period.dayAfter())
                    .param("municipality", scope.sqlParameter())
                    .query((rs, row) -> new BeforeAfter(rs.getDouble(1), rs.getDouble(2))).list();
            if (cases.size() < OutcomeChange.MINIMUM_CASES) {
                return OutcomeChange.tooFew(indicator, counts.one(scope, cases.size()));
            }
            ChangeDistribution distribution = ChangeDistribution.of(cases);
            List<SmallCells.Group> merged = counts.groups(scope, List.of((long) distribution.fell(),
                    (long) distribution.unchanged(), (long) distribution.rose()));
            List<OptionalLong> alone = IntStream.range(0, ChangeGroup.PARTS.size()).mapToObj(part -> merged.stream()
                    .filter(group -> group.members().equals(List.of(part))).findFirst()
                    .map(group -> OptionalLong.of(group.count())).orElse(OptionalLong.empty())).toList();
            List<ChangeGroup> groups = merged.stream().map(group -> new ChangeGroup(group.members().stream()
                    .map(ChangeGroup.PARTS::get).toList(), group.count())).toList();
            return new OutcomeChange(indicator, counts.one(scope, cases.size()), true, alone.get(0), alone.get(1),
                    alone.get(2), distribution.lowerQuartile(), distribution.median(), distribution.upperQuartile(),
                    distribution.meanChange(), groups);
        }).toList();
        return new BeforeAfterOverview(scope, !counts.exact(scope), changes);
    }

    /**
     * The useful points of the runs that broke the rules: the unusually long runs or, when only the
     * crossings rule fires, the run the signal is dated from.
     */
    private static List<Integer> signalMonths(RunChartAnalysis analysis, List<Double> values) {
        List<Run> runs = analysis.unusuallyLongRun() ? analysis.longRuns()
                : analysis.signalStart().stream().boxed().flatMap(start -> analysis.runs().stream()
                        .filter(run -> run.firstIndex() == start)).toList();
        return runs.stream().flatMap(run -> IntStream.rangeClosed(run.firstIndex(), run.lastIndex())
                        .boxed())
                .filter(i -> values.get(i) != null && values.get(i) != analysis.centreLine()).toList();
    }

    /**
     * A U chart for rates of events, a P chart for shares. Means have none here, and
     * neither have bed days: they come in clusters (one admission, many days), far from Poisson, so
     * U limits would be too narrow and flag nearly every month.
     */
    private static ControlSeries controlChart(OutcomeIndicator indicator, List<double[]> counts) {
        if (indicator.kind() == OutcomeIndicator.Kind.MEAN || indicator == OutcomeIndicator.BED_DAYS) {
            return null;
        }
        List<Subgroup> subgroups = counts.stream().filter(count -> count[1] > 0)
                .map(count -> new Subgroup(Math.round(count[0]), count[1])).toList();
        if (subgroups.isEmpty()) {
            return new ControlSeries(null, counts.stream().map(count -> (ControlPoint) null).toList());
        }
        ControlChart chart = indicator.kind() == OutcomeIndicator.Kind.SHARE ? ControlCharts.p(subgroups)
                : ControlCharts.u(subgroups);
        Iterator<ControlPoint> points = chart.points().iterator();
        return new ControlSeries(chart.centre(), counts.stream().map(count -> count[1] > 0 ? points.next() : null).toList());
    }
}
