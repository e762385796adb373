package dk.samspil.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.base.period.Period;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.FunnelZone;
import dk.samspil.survey.Construct;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.SurveyResults;
import io.micrometer.core.annotation.Timed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each municipality against the programme on every indicator at once: outcome indicators through
 * the same funnel limits as the Compare page (widened for over-dispersion), survey constructs from the newest closed wave, where
 * a municipality is above or below only when its 95 % interval leaves out the programme's score.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('STEERING', 'MUNICIPAL_LEAD', 'DATA_MANAGER')")
// each data call of the dashboards, by class and method, for /actuator/prometheus
@Timed(value = "samspil.dashboard.data", histogram = true)
public class MunicipalityHeatmap {

    /** The outcome columns. */
    private static final List<OutcomeIndicator> INDICATORS = List.of(OutcomeIndicator.ADMISSIONS,
            OutcomeIndicator.BED_DAYS, OutcomeIndicator.STABLE_HOUSING, OutcomeIndicator.IN_WORK_OR_EDUCATION,
            OutcomeIndicator.COHERENCE, OutcomeIndicator.COERCIVE_MEASURES);
    private static final List<Construct> CONSTRUCTS = List.of(Construct.PSYCHOLOGICAL_SAFETY, Construct.ROLE_CLARITY,
            Construct.RELATIONAL_COORDINATION);

    private final CompareStatistics compare;
    private final SurveyResults survey;
    private final Municipalities municipalities;
    private final CurrentUser currentUser;

    MunicipalityHeatmap(CompareStatistics compare, SurveyResults survey, Municipalities municipalities,
                        CurrentUser currentUser) {
        this.compare = compare;
        this.survey = survey;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
    }

    public Heatmap heatmap(Period period) {
        SignedInUser user = currentUser.require();
        List<String> columns = new ArrayList<>();
        List<Double> programme = new ArrayList<>();
        Map<Integer, List<Heatmap.Cell>> cells = new HashMap<>();
        List<Municipality> all = municipalities.all();
        for (OutcomeIndicator indicator : INDICATORS) {
            FunnelComparison funnel = compare.funnel(indicator, period);
            columns.add(indicator.name());
            programme.add(funnel.target());
            Map<Integer, FunnelPoint> points = new HashMap<>();
            funnel.points().forEach(point -> points.put(point.municipalityCode(), point));
            all.forEach(m -> cells.computeIfAbsent(m.code(), code -> new ArrayList<>())
                    .add(Optional.ofNullable(points.get(m.code()))
                            .map(p -> cell(p, funnel.target(), IndicatorCatalogue.of(indicator).direction()))
                            .orElse(Heatmap.Cell.none())));
        }
        Optional<Long> wave = survey.closedWaves().stream()
                .filter(w -> !w.period().isBefore(period.from()) && !w.period().isAfter(period.to()))
                .map(SurveyResults.ClosedWave::id).findFirst();
        for (Construct construct : CONSTRUCTS) {
            columns.add(construct.name());
            Map<String, GroupScore> scores = new HashMap<>();
            wave.ifPresent(id -> survey.municipalityComparison(id, construct).forEach(s -> scores.put(s.group(), s)));
            GroupScore total = scores.values().stream().filter(GroupScore::isTotal).findFirst().orElse(null);
            programme.add(total == null ? null : total.mean());
            all.forEach(m -> cells.computeIfAbsent(m.code(), code -> new ArrayList<>())
                    .add(cell(scores.get(String.valueOf(m.code())), total,
                            IndicatorCatalogue.get(construct.name()).direction())));
        }
        List<Heatmap.Row> rows = all.stream()
                .filter(m -> cells.get(m.code()).stream().anyMatch(c -> c.value() != null))
                .map(m -> new Heatmap.Row(m.code(), m.name(), user.municipality().filter(own -> own == m.code()).isPresent(), cells.get(m.code())))
                .sorted(Comparator.comparing(Heatmap.Row::own).reversed())
                .toList();
        return new Heatmap(columns, programme, rows);
    }

    private static Heatmap.Cell cell(FunnelPoint point, double target, Indicator.Direction direction) {
        double value = point.interval().estimate();
        boolean above = value > target;
        HeatmapZone zone = point.zone() == FunnelZone.BEYOND_99_8 ? (above ? HeatmapZone.FAR_ABOVE : HeatmapZone.FAR_BELOW)
                : point.zone() == FunnelZone.BETWEEN_95_AND_99_8 ? (above ? HeatmapZone.ABOVE : HeatmapZone.BELOW)
                : HeatmapZone.AS_EXPECTED;
        return Heatmap.Cell.of(value, zone, direction);
    }

    private static Heatmap.Cell cell(GroupScore score, GroupScore total, Indicator.Direction direction) {
        if (score == null || score.mean() == null || total == null || total.mean() == null) {
            return Heatmap.Cell.none();
        }
        HeatmapZone zone = score.low() != null && score.low() > total.mean() ? HeatmapZone.ABOVE
                : score.high() != null && score.high() < total.mean() ? HeatmapZone.BELOW : HeatmapZone.AS_EXPECTED;
        return Heatmap.Cell.of(score.mean(), zone, direction);
    }
}
