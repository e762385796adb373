package dk.samspil.dashboard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.base.period.Period;
import dk.samspil.base.ui.PeriodSelect;
import dk.samspil.casework.CaseSummary;
import dk.samspil.dashboard.ControlSeries;
import dk.samspil.dashboard.MeetingMonth;
import dk.samspil.dashboard.MeetingOverview;
import dk.samspil.dashboard.MeetingStatistics;
import dk.samspil.dashboard.MonthlyCount;
import dk.samspil.dashboard.Scope;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * Network meetings: how many, who attends (sector × month, or one sector across the
 * municipalities), the citizen's presence, follow-ups kept, the share of cases with a current plan
 * (P chart), the size of the meeting beside citizen-experienced coherence, and how long cases wait
 * for their first meeting. A municipal lead also gets their own cases to follow up. Period,
 * municipality and sector live in the URL.
 */
@Route("meetings")
@Menu(title = "nav.meetings", order = 1.2)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "DATA_MANAGER"})
class MeetingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Okabe–Ito colours: distinguishable in every kind of colour blindness. */
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00");

    final PeriodSelect period;
    final MunicipalityFilter municipality;
    final Select<Sector> sector = new Select<>();
    final MeetingsPerMonthChart perMonth = new MeetingsPerMonthChart();
    final AttendancePanel attendance;
    final ChartPanel citizenPresent;
    final ChartPanel followUps;
    final ControlChartPanel currentPlan;
    final ChartPanel sizeAndCoherence;
    final ChartPanel daysToFirst;
    final CasesToFollow caseSection;
    final Grid<CaseSummary> cases;
    private final IndicatorFormat percent;
    private final IndicatorFormat perMeeting;
    private final MeetingStatistics statistics;
    private final SignedInUser user;
    private final Municipalities municipalities;
    private final Clock clock;

    MeetingsView(MeetingStatistics statistics, Municipalities municipalities, CurrentUser currentUser, Clock clock) {
        this.statistics = statistics;
        this.municipalities = municipalities;
        this.user = currentUser.require();
        this.clock = clock;
        percent = IndicatorFormat.share(getLocale());
        perMeeting = IndicatorFormat.perMeeting(getLocale());
        addClassName("page");
        period = new PeriodSelect(clock);
        municipality = new MunicipalityFilter(municipalities);
        sector.setLabel(getTranslation("filter.sector"));
        sector.setItems(Sector.values());
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("filter.all-sectors"));
        sector.setItemLabelGenerator(value -> value == null ? getTranslation("filter.all-sectors")
                : getTranslation(value.translationKey()));
        period.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        municipality.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        sector.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        HorizontalLayout filters = new HorizontalLayout(period, municipality, sector);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        attendance = IndicatorText.defined(new AttendancePanel(percent), "SECTORS_PRESENT");
        citizenPresent = IndicatorText.chart(this, "meetings.citizen-present.title", "meetings-citizen-present", "CITIZEN_PRESENT");
        followUps = IndicatorText.chart(this, "meetings.follow-ups-kept.title", "meetings-follow-ups-kept", "FOLLOW_UPS_KEPT");
        currentPlan = IndicatorText.defined(new ControlChartPanel(getTranslation("meetings.current-plan.title"),
                "meetings-current-plan", COLOURS.get(0), COLOURS.get(1)), "CURRENT_PLAN");
        sizeAndCoherence = IndicatorText.chart(this, "meetings.size-and-coherence.title", "meetings-size-and-coherence", "PARTICIPANTS");
        daysToFirst = IndicatorText.chart(this, "meetings.days-to-first", "meetings-days-to-first", "DAYS_TO_FIRST_MEETING");
        Div charts = new Div(perMonth, attendance, citizenPresent, followUps, currentPlan, sizeAndCoherence, daysToFirst);
        charts.addClassName("chart-grid");
        caseSection = new CasesToFollow(LocalDate.now(clock));
        cases = caseSection.cases;
        add(new H2(getTranslation("meetings.title")), filters, charts, caseSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth now = YearMonth.now(clock);
        DashboardFilter filter = DashboardFilter.read(event.getLocation().getQueryParameters(), now,
                Period.last(24, now), municipality.codes());
        period.setValue(filter.period());
        municipality.setValue(filter.scope(user));
        sector.setValue(filter.sector().orElse(null));
        show(filter.period(), filter.scope(user));
    }

    private void filtersChanged(boolean fromClient) {
        if (fromClient && period.getValue() != null && municipality.getValue() != null) {
            DashboardFilter filter = DashboardFilter.of(period.getValue(), municipality.getValue())
                    .withSector(Optional.ofNullable(sector.getValue()));
            getUI().ifPresent(ui -> ui.navigate(MeetingsView.class, filter.query()));
        }
    }

    private void show(Period shown, Scope scope) {
        MeetingOverview overview = statistics.overview(scope, shown);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", getLocale());
        List<String> months = overview.months().stream().map(m -> label.format(m.month())).toList();
        String place = municipality.name(scope);
        String when = PeriodWords.of(this, getLocale(), shown);
        String noMeetings = getTranslation("meetings.empty", place, when);

        perMonth.show(overview.months().stream().map(m -> new MonthlyCount(m.month(), m.meetings())).toList(), noMeetings);
        if (overview.noMeetings()) {
            List.of(attendance, citizenPresent, followUps, sizeAndCoherence).forEach(panel -> panel.showEmpty(noMeetings));
        } else {
            showAttendance(overview, months, shown, scope);
            showPercent(citizenPresent, months, overview.months(), MeetingMonth::citizenPresentShare,
                    getTranslation("meetings.citizen-present"), COLOURS.get(0));
            showPercent(followUps, months, overview.months(), MeetingMonth::followUpsKeptShare,
                    getTranslation("meetings.follow-ups-kept"), COLOURS.get(2));
            followUps.setNote(getTranslation("meetings.follow-ups-kept.note"));
            showSizeAndCoherence(overview, months);
        }
        showCurrentPlan(overview.currentPlanChart(), months, getTranslation("meetings.no-cases", place, when));
        showDaysToFirst(overview, getTranslation("meetings.no-enrolments", place, when));
        showCases(scope);
    }

    /** All sectors over the months, or — with a sector chosen — that sector across the municipalities. */
    private void showAttendance(MeetingOverview overview, List<String> months, Period shown, Scope scope) {
        if (sector.getValue() == null) {
            attendance.showSectors(overview.sectorShares(), months);
        } else {
            attendance.showMunicipalities(sector.getValue(), statistics.sectorByMunicipality(sector.getValue(), shown),
                    municipalities.all().stream().map(Municipality::code).toList(),
                    scope.municipalityCode().or(user::municipality).orElse(-1), months);
        }
    }

    private void showPercent(ChartPanel panel, List<String> months, List<MeetingMonth> data,
                             Function<MeetingMonth, Double> share, String name, String colour) {
        List<Double> values = data.stream().map(share).map(percent::scaledOrNull).toList();
        ChartOptions options = ChartOptions.categories("line", months, List.of(new ChartOptions.Series(name, values)),
                getTranslation(percent.unitKey()), List.of(colour));
        panel.show(options, Figures.of(getTranslation("outcomes.month"), options, percent::scaledText),
                name + " (%): " + ChartPanel.list(months, values.stream().map(percent::scaledText).toList()));
    }

    /** The share of active cases with a current plan as a P chart: limits widen where there are fewer cases. */
    private void showCurrentPlan(ControlSeries chart, List<String> months, String whyEmpty) {
        if (chart.centre() == null) {
            currentPlan.showEmpty(whyEmpty);
            return;
        }
        String name = getTranslation("meetings.current-plan");
        String shares = ChartPanel.list(months, chart.points().stream()
                .map(p -> p == null ? "" : percent.text(p.value())).toList());
        String reading = currentPlan.show(chart, months, name, percent, text -> name + " (%): " + shares + " " + text);
        currentPlan.setNote(getTranslation("meetings.current-plan.note", percent.text(chart.centre())) + " " + reading);
    }

    /** People per meeting beside the coherence citizens report: a big meeting can overwhelm. */
    private void showSizeAndCoherence(MeetingOverview overview, List<String> months) {
        List<Double> people = overview.months().stream().map(m -> perMeeting.scaledOrNull(m.meanParticipants())).toList();
        List<Double> sectors = overview.months().stream().map(m -> perMeeting.scaledOrNull(m.meanSectors())).toList();
        List<Double> coherence = overview.months().stream().map(m -> perMeeting.scaledOrNull(m.meanCoherence())).toList();
        ChartOptions options = ChartOptions.categories("line", months, List.of(
                        new ChartOptions.Series(getTranslation("meetings.people"), people),
                        new ChartOptions.Series(getTranslation("meetings.sectors-per-meeting"), sectors),
                        new ChartOptions.Series(getTranslation("meetings.coherence"), coherence)),
                getTranslation(perMeeting.unitKey()), List.of(COLOURS.get(1), COLOURS.get(4), COLOURS.get(0)));
        sizeAndCoherence.show(options, Figures.of(getTranslation("outcomes.month"), options, perMeeting::scaledText),
                getTranslation("meetings.size-and-coherence.summary", perMeeting.scaledText(mean(people)),
                        perMeeting.scaledText(mean(coherence))));
        sizeAndCoherence.setNote(getTranslation("meetings.size-and-coherence.note"));
    }

    /** Cases by days to their first meeting; a bucket the small-cell rule withholds has no bar and reads "< 5". */
    private void showDaysToFirst(MeetingOverview overview, String whyEmpty) {
        if (overview.noEnrolments()) {
            daysToFirst.showEmpty(whyEmpty);
            return;
        }
        List<String> buckets = MeetingOverview.DAY_BUCKETS.stream().map(b -> getTranslation("meetings.days." + b)).toList();
        List<String> counts = overview.daysToFirst().stream().map(count -> ShownCounts.text(this, count)).toList();
        ChartOptions options = ChartOptions.categories("bar", buckets, List.of(new ChartOptions.Series(
                        getTranslation("meetings.cases"), overview.daysToFirst().stream().map(ShownCounts::point).toList())),
                getTranslation("meetings.cases"), COLOURS.subList(2, 3));
        List<List<String>> rows = IntStream.range(0, buckets.size()).mapToObj(i -> List.of(buckets.get(i), counts.get(i)))
                .toList();
        daysToFirst.show(options, new Figures(List.of(getTranslation("meetings.days-to-first.bucket"),
                getTranslation("meetings.cases")), rows), getTranslation("meetings.days-to-first") + ": "
                + ChartPanel.list(buckets, counts));
        daysToFirst.setNote(counts.contains(getTranslation("outcomes.before-after.below-five"))
                ? getTranslation("outcomes.before-after.small-cells") : "");
    }

    /**
     * A lead's own cases, whichever municipality the charts show; a data manager's for the chosen
     * municipality. Nobody else gets the section, and the service refuses anyone else's cases.
     */
    private void showCases(Scope scope) {
        Optional<Integer> own = user.role() == Role.MUNICIPAL_LEAD ? user.municipality()
                : user.role() == Role.DATA_MANAGER ? scope.municipalityCode() : Optional.empty();
        caseSection.setVisible(own.isPresent());
        own.ifPresent(code -> caseSection.show(municipality.name(Scope.municipality(code)), statistics.casesToFollow(code)));
    }

    private static Double mean(List<Double> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).average()
                .stream().boxed().findFirst().orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · Samspil";
    }
}
