package dk.samspil.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import dk.samspil.base.period.Period;
import dk.samspil.casework.FirstMeetingWaits;
import dk.samspil.security.CurrentUser;
import dk.samspil.statistics.KaplanMeier;
import dk.samspil.statistics.ProcessReading;
import dk.samspil.statistics.RunChart;
import dk.samspil.statistics.RunChartAnalysis;
import dk.samspil.survey.Construct;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.SurveyResults;
import io.micrometer.core.annotation.Timed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Overview's tiles: each indicator month by month from the pre-aggregated tables (survey
 * constructs wave by wave through {@link SurveyResults}), read as a run chart so that a tile says
 * "shift since" only when the Anhøj rules fire. The count of active cases follows the small-cell
 * rule ({@link ShownCaseCounts}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
// each data call of the dashboards, by class and method, for /actuator/prometheus
@Timed(value = "samspil.dashboard.data", histogram = true)
public class OverviewStatistics {

    private static final Map<TileIndicator, Construct> CONSTRUCTS = Map.of(
            TileIndicator.PSYCHOLOGICAL_SAFETY, Construct.PSYCHOLOGICAL_SAFETY,
            TileIndicator.ROLE_CLARITY, Construct.ROLE_CLARITY,
            TileIndicator.RELATIONAL_COORDINATION, Construct.RELATIONAL_COORDINATION);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final SurveyResults survey;
    private final FirstMeetingWaits waits;
    private final Clock clock;
    private final TargetLookup targets;

    OverviewStatistics(JdbcClient jdbc, CurrentUser currentUser, SurveyResults survey, FirstMeetingWaits waits,
                       Clock clock, TargetLookup targets) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.waits = waits;
        this.currentUser = currentUser;
        this.survey = survey;
        this.clock = clock;
    }

    /** Every tile for the programme or one municipality. */
    public List<Tile> tiles(Scope scope, Period period) {
        ShownCaseCounts counts = new ShownCaseCounts(currentUser.require());
        List<YearMonth> axis = period.axis();
        Map<TileIndicator, List<Double>> monthly = monthly(axis, scope, period);
        List<Tile> tiles = new ArrayList<>();
        for (TileIndicator indicator : TileIndicator.values()) {
            tiles.add(read(scope, period, indicator.perWave() ? surveyTile(indicator, scope, period)
                    : indicator == TileIndicator.ACTIVE_CASES ? activeCases(counts, scope, axis, monthly.get(indicator))
                    : indicator == TileIndicator.DAYS_TO_FIRST_MEETING ? daysToFirstMeeting(counts, scope, period)
                    : tile(indicator, axis, monthly.get(indicator), Set.of())));
        }
        return tiles;
    }

    /**
     * The two icons: variation from the tile's own series and the direction, assurance against the
     * target in force in the period's last month (decision 0027).
     */
    private Tile read(Scope scope, Period period, Tile tile) {
        Indicator indicator = IndicatorCatalogue.of(tile.indicator());
        OptionalDouble target = targets.target(indicator.key(), scope, period.to());
        return tile.withReading(ProcessReading.of(tile.values(), indicator.readingDirection(), target), target);
    }

    /** Months of 1–4 active cases the reader may not see one by one have no figure but "&lt; 5". */
    private static Tile activeCases(ShownCaseCounts counts, Scope scope, List<YearMonth> axis, List<Double> values) {
        Set<YearMonth> hidden = new TreeSet<>();
        List<Double> shown = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            Double value = values.get(i);
            boolean withheld = value != null && counts.one(scope, Math.round(value)).isEmpty();
            if (withheld) {
                hidden.add(axis.get(i));
            }
            shown.add(withheld ? null : value);
        }
        return tile(TileIndicator.ACTIVE_CASES, axis, shown, hidden);
    }

    /**
     * Each month's new cases' median wait for a first meeting by Kaplan–Meier, the cases still
     * waiting censored at today (issue 12, defect 5): the mean of the cases met so far left the
     * waiting out and made the newest month look best. A month whose median is not reached (more than
     * half still waiting) has no figure, and the tile says how many of the newest month still wait.
     */
    private Tile daysToFirstMeeting(ShownCaseCounts counts, Scope scope, Period period) {
        Map<YearMonth, List<KaplanMeier.Observation>> byMonth = new HashMap<>();
        waits.waits(scope.sqlParameter(), period.from(), period.to(), LocalDate.now(clock))
                .forEach(wait -> byMonth.computeIfAbsent(wait.enrolled(), month -> new ArrayList<>())
                        .add(new KaplanMeier.Observation(wait.days(), wait.met())));
        List<YearMonth> axis = period.axis();
        List<Double> medians = axis.stream().map(month -> byMonth.containsKey(month)
                ? KaplanMeier.estimate(byMonth.get(month)).median().stream().boxed().findFirst().orElse(null) : null).toList();
        long waiting = byMonth.getOrDefault(period.to(), List.of()).stream().filter(o -> !o.event()).count();
        Tile tile = tile(TileIndicator.DAYS_TO_FIRST_MEETING, axis, medians, Set.of());
        return tile.withStillWaiting(new StillWaiting(counts.one(scope, waiting)));
    }

    private Map<TileIndicator, List<Double>> monthly(List<YearMonth> axis, Scope scope, Period period) {
        Map<YearMonth, double[]> rows = new HashMap<>();
        jdbc.sql("""
                        SELECT YEAR(c.period) AS y, MONTH(c.period) AS m, c.active, c.plan / NULLIF(c.active, 0),
                               COALESCE(mf.meetings, 0), mf.sectors / NULLIF(mf.meetings, 0),
                               o.admissions / NULLIF(o.case_months, 0), o.bed_days / NULLIF(o.case_months, 0),
                               o.coercive_measures / NULLIF(o.coercion_reported, 0),
                               o.readmissions / NULLIF(o.case_months, 0)
                        FROM (SELECT period, SUM(active_cases) AS active, SUM(with_current_plan) AS plan
                              FROM case_month_figures
                              WHERE period BETWEEN :from AND :to AND (:municipality IS NULL OR municipality_code = :municipality)
                              GROUP BY period) c
                        LEFT JOIN (SELECT period, SUM(meetings) AS meetings, SUM(sectors_sum) AS sectors
                                   FROM meeting_month_figures
                                   WHERE period BETWEEN :from AND :to AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) mf ON mf.period = c.period
                        LEFT JOIN (SELECT period, SUM(admissions) AS admissions, SUM(bed_days) AS bed_days,
                                          SUM(case_months) AS case_months, SUM(coercive_measures) AS coercive_measures,
                                          SUM(coercion_reported) AS coercion_reported, SUM(readmissions) AS readmissions
                                   FROM outcome_month_figures
                                   WHERE period BETWEEN :from AND :to AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) o ON o.period = c.period""")
                .param("from", period.firstDay()).param("to", period.lastMonthsFirstDay())
                .param("municipality", scope.sqlParameter())
                .query(rs -> {
                    double[] figures = new double[8];
                    for (int i = 0; i < figures.length; i++) {
                        figures[i] = rs.getDouble(i + 3);
                        if (rs.wasNull()) {
                            figures[i] = Double.NaN;
                        }
                    }
                    rows.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), figures);
                });
        List<TileIndicator> columns = List.of(TileIndicator.ACTIVE_CASES, TileIndicator.CURRENT_PLAN, TileIndicator.MEETINGS, TileIndicator.SECTORS_PRESENT,
                TileIndicator.ADMISSIONS, TileIndicator.BED_DAYS, TileIndicator.COERCIVE_MEASURES, TileIndicator.READMISSIONS);
        Map<TileIndicator, List<Double>> series = new EnumMap<>(TileIndicator.class);
        for (int column = 0; column < columns.size(); column++) {
            int index = column;
            boolean count = columns.get(column).unit() == TileIndicator.Unit.COUNT;
            series.put(columns.get(column), axis.stream().map(month -> {
                double[] figures = rows.get(month);
                if (figures == null) {
                    return count ? 0.0 : null;
                }
                return Double.isNaN(figures[index]) ? null : figures[index];
            }).toList());
        }
        return series;
    }

    private Tile surveyTile(TileIndicator indicator, Scope scope, Period period) {
        Construct construct = CONSTRUCTS.get(indicator);
        List<YearMonth> waves = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<GroupScore> scores = scope.municipalityCode()
                .map(code -> survey.trend(code, construct, period.from(), period.to()))
                .orElseGet(() -> survey.programmeTrend(construct, period.from(), period.to()));
        for (GroupScore score : scores) {
            waves.add(YearMonth.parse(score.group()));
            values.add(score.mean());
        }
        return tile(indicator, waves, values, Set.of());
    }

    private static Tile tile(TileIndicator indicator, List<YearMonth> periods, List<Double> values,
                             Set<YearMonth> hidden) {
        if (values.stream().allMatch(v -> v == null)) {
            return new Tile(indicator, periods, values, hidden, null, Optional.empty());
        }
        RunChartAnalysis analysis = RunChart.analyse(values);
        Optional<YearMonth> shift = analysis.signal() && analysis.signalStart().isPresent()
                ? Optional.of(periods.get(analysis.signalStart().getAsInt())) : Optional.empty();
        return new Tile(indicator, periods, values, hidden, analysis.centreLine(), shift);
    }
}
