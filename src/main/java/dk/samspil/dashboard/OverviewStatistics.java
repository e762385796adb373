package dk.samspil.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.base.ui.Period;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.RunChart;
import dk.samspil.statistics.RunChartAnalysis;
import dk.samspil.survey.Construct;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.SurveyResults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Overview's tiles: each indicator month by month from the pre-aggregated tables (survey
 * constructs wave by wave through {@link SurveyResults}), read as a run chart so that a tile says
 * "shift since" only when the Anhøj rules fire.
 */
@Service
@Transactional(readOnly = true)
public class OverviewStatistics {

    private static final Map<TileIndicator, Construct> CONSTRUCTS = Map.of(
            TileIndicator.PSYCHOLOGICAL_SAFETY, Construct.PSYCHOLOGICAL_SAFETY,
            TileIndicator.ROLE_CLARITY, Construct.ROLE_CLARITY,
            TileIndicator.RELATIONAL_COORDINATION, Construct.RELATIONAL_COORDINATION);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final SurveyResults survey;
    private final Clock clock;

    OverviewStatistics(JdbcClient jdbc, CurrentUser currentUser, SurveyResults survey, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.survey = survey;
        this.clock = clock;
    }

    /** Every tile for the programme ({@code municipalityCode} null) or one municipality. */
    public List<Tile> tiles(Integer municipalityCode, Period period) {
        SignedInUser user = currentUser.require();
        if (user.role() == Role.PROFESSIONAL
                || municipalityCode != null && !user.maySeeAggregatesOf(municipalityCode)) {
            throw new AccessDeniedException("The overview is for leads, the steering group and data managers");
        }
        List<YearMonth> axis = period.axis();
        Map<TileIndicator, List<Double>> monthly = monthly(axis, municipalityCode, period);
        List<Tile> tiles = new ArrayList<>();
        for (TileIndicator indicator : TileIndicator.values()) {
            tiles.add(indicator.perWave() ? surveyTile(indicator, municipalityCode, period)
                    : tile(indicator, axis, monthly.get(indicator)));
        }
        return tiles;
    }

    private Map<TileIndicator, List<Double>> monthly(List<YearMonth> axis, Integer municipality, Period period) {
        Map<YearMonth, double[]> rows = new HashMap<>();
        jdbc.sql("""
                        SELECT YEAR(c.period) AS y, MONTH(c.period) AS m, c.active, c.plan / NULLIF(c.active, 0),
                               c.days / NULLIF(c.first_met, 0), COALESCE(mf.meetings, 0), mf.sectors / NULLIF(mf.meetings, 0),
                               o.admissions / NULLIF(o.case_months, 0), o.bed_days / NULLIF(o.case_months, 0)
                        FROM (SELECT period, SUM(active_cases) AS active, SUM(with_current_plan) AS plan,
                                     SUM(days_to_first_sum) AS days, SUM(first_met) AS first_met
                              FROM case_month_figures
                              WHERE period BETWEEN :from AND :to AND (:municipality IS NULL OR municipality_code = :municipality)
                              GROUP BY period) c
                        LEFT JOIN (SELECT period, SUM(meetings) AS meetings, SUM(sectors_sum) AS sectors
                                   FROM meeting_month_figures
                                   WHERE period BETWEEN :from AND :to AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) mf ON mf.period = c.period
                        LEFT JOIN (SELECT period, SUM(admissions) AS admissions, SUM(bed_days) AS bed_days,
                                          SUM(case_months) AS case_months
                                   FROM outcome_month_figures
                                   WHERE period BETWEEN :from AND :to AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) o ON o.period = c.period""")
                .param("from", period.from().atDay(1)).param("to", period.to().atDay(1)).param("municipality", municipality)
                .query(rs -> {
                    double[] figures = new double[7];
                    for (int i = 0; i < figures.length; i++) {
                        figures[i] = rs.getDouble(i + 3);
                        if (rs.wasNull()) {
                            figures[i] = Double.NaN;
                        }
                    }
                    rows.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), figures);
                });
        List<TileIndicator> columns = List.of(TileIndicator.ACTIVE_CASES, TileIndicator.CURRENT_PLAN,
                TileIndicator.DAYS_TO_FIRST_MEETING, TileIndicator.MEETINGS, TileIndicator.SECTORS_PRESENT,
                TileIndicator.ADMISSIONS, TileIndicator.BED_DAYS);
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

    private Tile surveyTile(TileIndicator indicator, Integer municipality, Period period) {
        Construct construct = CONSTRUCTS.get(indicator);
        List<YearMonth> waves = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<GroupScore> scores = municipality == null
                ? survey.programmeTrend(construct, period.from(), period.to())
                : survey.trend(municipality, construct, period.from(), period.to());
        for (GroupScore score : scores) {
            waves.add(YearMonth.parse(score.group()));
            values.add(score.mean());
        }
        return tile(indicator, waves, values);
    }

    private static Tile tile(TileIndicator indicator, List<YearMonth> periods, List<Double> values) {
        if (values.stream().allMatch(v -> v == null)) {
            return new Tile(indicator, periods, values, null, Optional.empty());
        }
        RunChartAnalysis analysis = RunChart.analyse(values);
        Optional<YearMonth> shift = analysis.signal() && analysis.signalStart().isPresent()
                ? Optional.of(periods.get(analysis.signalStart().getAsInt())) : Optional.empty();
        return new Tile(indicator, periods, values, analysis.centreLine(), shift);
    }
}
