package dk.samspil.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dk.samspil.base.period.Period;
import dk.samspil.casework.CaseCounts;
import dk.samspil.dashboard.CompareStatistics;
import dk.samspil.dashboard.CoreElementAssessments;
import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.IndicatorNotation;
import dk.samspil.dashboard.MeetingMonth;
import dk.samspil.dashboard.MeetingStatistics;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.OutcomeSeries;
import dk.samspil.dashboard.OutcomeStatistics;
import dk.samspil.dashboard.OverviewStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.dashboard.Tile;
import dk.samspil.dashboard.TileIndicator;
import dk.samspil.importing.Deliveries;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.Assurance;
import dk.samspil.statistics.ProcessReading;
import dk.samspil.statistics.RunChart;
import dk.samspil.statistics.RunChartAnalysis;
import dk.samspil.statistics.SmallCells;
import dk.samspil.survey.Construct;
import dk.samspil.survey.CultureResults;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.SurveyResults;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Gathers a quarter's report from the services the dashboards call, as the signed-in reader: what
 * the pages would show them is what the report shows, small counts and small survey groups hidden
 * the same way. A municipal lead gets their own municipality's report and the programme's.
 */
@Service
class ReportAssembler {

    /** The run charts end with the quarter and go back two years, as the Overview's default. */
    static final int RUN_CHART_MONTHS = 24;
    /** The funnels compare the year up to the quarter's end, as the Compare page's default. */
    static final int FUNNEL_MONTHS = 12;
    static final List<Construct> CONSTRUCTS = List.of(Construct.PSYCHOLOGICAL_SAFETY, Construct.ROLE_CLARITY,
            Construct.RELATIONAL_COORDINATION);
    /** The outcome indicators the Overview has no tile for; the report charts them too. */
    private static final List<OutcomeIndicator> MORE_OUTCOMES = List.of(OutcomeIndicator.EMERGENCY_CONTACTS, OutcomeIndicator.STABLE_HOUSING, OutcomeIndicator.IN_WORK_OR_EDUCATION,
            OutcomeIndicator.COHERENCE);

    private final CurrentUser currentUser;
    private final Municipalities municipalities;
    private final OverviewStatistics overview;
    private final OutcomeStatistics outcomes;
    private final MeetingStatistics meetings;
    private final CompareStatistics compare;
    private final CultureResults culture;
    private final CoreElementAssessments assessments;
    private final Deliveries deliveries;
    private final CaseCounts cases;
    private final Clock clock;

    ReportAssembler(CurrentUser currentUser, Municipalities municipalities, OverviewStatistics overview,
                    OutcomeStatistics outcomes, MeetingStatistics meetings, CompareStatistics compare, CultureResults culture,
                    CoreElementAssessments assessments, Deliveries deliveries, CaseCounts cases, Clock clock) {
        this.currentUser = currentUser;
        this.municipalities = municipalities;
        this.overview = overview;
        this.outcomes = outcomes;
        this.meetings = meetings;
        this.compare = compare;
        this.culture = culture;
        this.assessments = assessments;
        this.deliveries = deliveries;
        this.cases = cases;
        this.clock = clock;
    }

    ReportContent assemble(Quarter quarter, Scope scope) {
        SignedInUser reader = currentUser.require();
        mayRead(reader, scope);
        Optional<Municipality> municipality = scope.municipalityCode()
                .map(code -> municipalities.byCode(code).orElseThrow(() -> new IllegalArgumentException("no municipality " + code)));
        YearMonth last = quarter.lastMonth();
        Period runChart = Period.between(last.minusMonths(RUN_CHART_MONTHS - 1L), last);
        Period funnel = Period.between(last.minusMonths(FUNNEL_MONTHS - 1L), last);
        return new ReportContent(quarter, municipality, LocalDate.now(clock), municipalities.all(), Deliveries.kinds(),
                delivered(quarter), runChart.from(), runChart.to(), indicators(scope, runChart),
                funnel.from(), funnel.to(), java.util.Arrays.stream(OutcomeIndicator.values())
                        .map(indicator -> compare.funnel(indicator, funnel)).toList(),
                culture(quarter, scope), assessments.radar(scope), actions(quarter, scope));
    }

    /** The pages' rule: professionals see no dashboard; a lead sees the programme and their own municipality. */
    private static void mayRead(SignedInUser reader, Scope scope) {
        if (reader.role() == Role.PROFESSIONAL) {
            throw new AccessDeniedException("Professionals have no quarterly report");
        }
        if (reader.role() == Role.MUNICIPAL_LEAD && !scope.isProgramme()
                && !scope.is(reader.municipality().orElse(-1))) {
            throw new AccessDeniedException("A municipal lead gets the report of their own municipality only");
        }
    }

    private List<IndicatorChart> indicators(Scope scope, Period period) {
        List<IndicatorChart> charts = new ArrayList<>();
        for (Tile tile : overview.tiles(scope, period)) {
            TileIndicator indicator = tile.indicator();
            charts.add(new IndicatorChart("overview.tile." + indicator.name(), IndicatorNotation.of(indicator), indicator.perWave(),
                    tile.periods(), tile.values(), tile.belowFive(), tile.median(), tile.shiftSince(), assurance(tile.reading())));
        }
        for (OutcomeIndicator indicator : MORE_OUTCOMES) {
            OutcomeSeries series = outcomes.series(indicator, scope, period);
            charts.add(new IndicatorChart("outcomes.indicator." + indicator.name(), IndicatorNotation.of(indicator), false,
                    series.months(), series.values(), Set.of(), Double.isNaN(series.median()) ? null : series.median(),
                    series.shiftSince(), assurance(series.reading())));
        }
        List<MeetingMonth> months = meetings.overview(scope, period).months();
        charts.add(meetingChart("meetings.citizen-present", IndicatorNotation.of(TileIndicator.CURRENT_PLAN), months,
                MeetingMonth::citizenPresentShare));
        charts.add(meetingChart("meetings.follow-ups-kept", IndicatorNotation.of(TileIndicator.CURRENT_PLAN), months,
                MeetingMonth::followUpsKeptShare));
        charts.add(meetingChart("meetings.people", IndicatorNotation.of(TileIndicator.SECTORS_PRESENT), months,
                MeetingMonth::meanParticipants));
        return charts;
    }

    private static Assurance assurance(ProcessReading reading) {
        return reading == null ? Assurance.NO_TARGET : reading.assurance();
    }

    /** One of the Network meetings page's monthly figures as a run chart, read as the page reads it. */
    private static IndicatorChart meetingChart(String nameKey, IndicatorNotation notation, List<MeetingMonth> months,
                                               Function<MeetingMonth, Double> figure) {
        List<YearMonth> periods = months.stream().map(MeetingMonth::month).toList();
        List<Double> values = months.stream().map(figure).toList();
        if (values.stream().allMatch(Objects::isNull)) {
            return new IndicatorChart(nameKey, notation, false, periods, values, Set.of(), null, Optional.empty(), Assurance.NO_TARGET);
        }
        RunChartAnalysis analysis = RunChart.analyse(values);
        Optional<YearMonth> shift = analysis.signal() && analysis.signalStart().isPresent()
                ? Optional.of(periods.get(analysis.signalStart().getAsInt())) : Optional.empty();
        return new IndicatorChart(nameKey, notation, false, periods, values, Set.of(), analysis.centreLine(), shift,
                Assurance.NO_TARGET);
    }

    private Map<Integer, Map<String, Set<YearMonth>>> delivered(Quarter quarter) {
        Map<Integer, Map<String, Set<YearMonth>>> delivered = new HashMap<>();
        deliveries.completed(quarter.firstMonth(), quarter.lastMonth()).forEach(delivery -> delivered
                .computeIfAbsent(delivery.municipalityCode(), code -> new HashMap<>())
                .computeIfAbsent(delivery.kind(), kind -> new TreeSet<>()).add(delivery.month()));
        return delivered;
    }

    /** The newest closed wave up to the quarter's end, through the Culture page's own service. */
    private Optional<ReportContent.Culture> culture(Quarter quarter, Scope scope) {
        Optional<SurveyResults.ClosedWave> wave = culture.closedWaves().stream()
                .filter(closed -> !closed.period().isAfter(quarter.lastMonth())).findFirst();
        return wave.map(closed -> {
            Map<Construct, List<GroupScore>> comparison = new EnumMap<>(Construct.class);
            Map<Construct, List<GroupScore>> sectors = new EnumMap<>(Construct.class);
            for (Construct construct : CONSTRUCTS) {
                comparison.put(construct, culture.municipalityComparison(closed.id(), construct));
                scope.municipalityCode().ifPresent(code ->
                        sectors.put(construct, culture.sectorScores(closed.id(), code, construct)));
            }
            return new ReportContent.Culture(closed.period(), culture.threshold(), comparison, sectors);
        });
    }

    /** Counts of actions, not of citizens, yet a status of 1–4 is withheld as counts of cases are. */
    private Map<String, OptionalLong> actions(Quarter quarter, Scope scope) {
        Map<String, Long> counts = cases.agreedActionsDue(scope.municipalityCode().orElse(null),
                quarter.firstMonth().atDay(1), quarter.lastMonth().plusMonths(1).atDay(1));
        List<String> statuses = List.of("AGREED", "IN_PROGRESS", "DONE", "DROPPED");
        List<OptionalLong> shown = SmallCells.shownParts(statuses.stream().map(s -> counts.getOrDefault(s, 0L)).toList());
        Map<String, OptionalLong> result = new LinkedHashMap<>();
        for (int i = 0; i < statuses.size(); i++) {
            result.put(statuses.get(i), shown.get(i));
        }
        return result;
    }
}
