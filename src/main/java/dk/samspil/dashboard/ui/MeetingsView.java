package dk.samspil.dashboard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.base.ui.Period;
import dk.samspil.base.ui.PeriodSelect;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.casework.CaseStatus;
import dk.samspil.casework.CaseSummary;
import dk.samspil.dashboard.ControlSeries;
import dk.samspil.dashboard.MeetingMonth;
import dk.samspil.dashboard.MeetingOverview;
import dk.samspil.dashboard.MeetingStatistics;
import dk.samspil.dashboard.MonthlyCount;
import dk.samspil.dashboard.MunicipalitySectorShares;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.ControlPoint;
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

    private static final Municipality PROGRAMME = MunicipalityFilter.PROGRAMME;
    /** Okabe–Ito colours: distinguishable in every kind of colour blindness. */
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00");
    private static final String GREY = "#555555";

    final PeriodSelect period;
    final MunicipalityFilter municipality;
    final Select<Sector> sector = new Select<>();
    final MeetingsPerMonthChart perMonth = new MeetingsPerMonthChart();
    final ChartPanel attendance;
    /** The attendance panel's heading: all sectors, or the chosen sector across the municipalities. */
    private final H3 attendanceTitle;
    final ChartPanel citizenPresent;
    final ChartPanel followUps;
    final ChartPanel currentPlan;
    final ChartPanel sizeAndCoherence;
    final ChartPanel daysToFirst;
    final Section caseSection = new Section();
    final Grid<CaseSummary> cases = new Grid<>();
    private final H3 caseHeading = new H3();
    private final MeetingStatistics statistics;
    private final SignedInUser user;
    private final Municipalities municipalities;
    private final LocalDate today;

    MeetingsView(MeetingStatistics statistics, Municipalities municipalities, CurrentUser currentUser, Clock clock) {
        this.statistics = statistics;
        this.municipalities = municipalities;
        this.user = currentUser.require();
        this.today = LocalDate.now(clock);
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

        attendance = new ChartPanel(getTranslation("meetings.sectors"), "meetings-sector-attendance");
        attendanceTitle = attendance.getChildren().filter(H3.class::isInstance).map(H3.class::cast).findFirst()
                .orElseThrow();
        citizenPresent = new ChartPanel(getTranslation("meetings.citizen-present.title"), "meetings-citizen-present");
        followUps = new ChartPanel(getTranslation("meetings.follow-ups-kept.title"), "meetings-follow-ups-kept");
        currentPlan = new ChartPanel(getTranslation("meetings.current-plan.title"), "meetings-current-plan");
        sizeAndCoherence = new ChartPanel(getTranslation("meetings.size-and-coherence.title"),
                "meetings-size-and-coherence");
        daysToFirst = new ChartPanel(getTranslation("meetings.days-to-first"), "meetings-days-to-first");
        Div charts = new Div(perMonth, attendance, citizenPresent, followUps, currentPlan, sizeAndCoherence, daysToFirst);
        charts.addClassName("chart-grid");

        configureCases();
        add(new H2(getTranslation("meetings.title")), filters, charts, caseSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Period chosenPeriod = period.read(event, 24);
        Municipality place = municipality.read(event);
        sector.setValue(UrlParameters.first(event, "sector").flatMap(MeetingsView::sectorOf).orElse(null));
        show(chosenPeriod, place == PROGRAMME ? null : place.code());
    }

    private void filtersChanged(boolean fromClient) {
        if (!fromClient || period.getValue() == null || municipality.getValue() == null) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put(PeriodSelect.PARAMETER, period.getValue().key());
        if (municipality.getValue() != PROGRAMME) {
            query.put("municipality", String.valueOf(municipality.getValue().code()));
        }
        if (sector.getValue() != null) {
            query.put("sector", sector.getValue().name());
        }
        getUI().ifPresent(ui -> ui.navigate(MeetingsView.class, QueryParameters.simple(query)));
    }

    private void show(Period shown, Integer code) {
        MeetingOverview overview = statistics.overview(code, shown.from(), shown.to());
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", getLocale());
        List<String> months = overview.months().stream().map(m -> label.format(m.month())).toList();
        String place = code == null ? getTranslation("csv.programme") : municipality.getValue().name();
        String noMeetings = getTranslation("meetings.empty", place, PeriodWords.of(this, getLocale(), shown));

        perMonth.show(overview.months().stream().map(m -> new MonthlyCount(m.month(), m.meetings())).toList(), noMeetings);
        if (overview.noMeetings()) {
            List.of(attendance, citizenPresent, followUps, sizeAndCoherence).forEach(panel -> panel.showEmpty(noMeetings));
        } else {
            showAttendance(overview, months, shown);
            showPercent(citizenPresent, months, overview.months(), MeetingMonth::citizenPresentShare,
                    getTranslation("meetings.citizen-present"), COLOURS.get(0));
            showPercent(followUps, months, overview.months(), MeetingMonth::followUpsKeptShare,
                    getTranslation("meetings.follow-ups-kept"), COLOURS.get(2));
            followUps.setNote(getTranslation("meetings.follow-ups-kept.note"));
            showSizeAndCoherence(overview, months);
        }
        showCurrentPlan(overview, months, getTranslation("meetings.no-cases", place, PeriodWords.of(this, getLocale(), shown)));
        showDaysToFirst(overview, getTranslation("meetings.no-enrolments", place, PeriodWords.of(this, getLocale(), shown)));
        showCases();
    }

    /** All sectors over the months, or — with a sector chosen — that sector across the municipalities. */
    private void showAttendance(MeetingOverview overview, List<String> months, Period shown) {
        List<ChartOptions.Series> rows = new ArrayList<>();
        String rowHeader;
        if (sector.getValue() == null) {
            for (Sector each : Sector.values()) {
                rows.add(new ChartOptions.Series(getTranslation(each.translationKey()),
                        overview.sectorShares().get(each).stream().map(MeetingsView::percent).toList()));
            }
            rowHeader = getTranslation("meetings.sectors");
            attendance.setNote("");
            attendanceTitle.setText(rowHeader);
        } else {
            List<MunicipalitySectorShares> byMunicipality = new ArrayList<>(
                    statistics.sectorByMunicipality(sector.getValue(), shown.from(), shown.to()));
            // Danish alphabetical order as everywhere else, the chosen (or the lead's own) municipality on top
            List<Integer> order = municipalities.all().stream().map(Municipality::code).toList();
            int highlighted = municipality.getValue() != PROGRAMME ? municipality.getValue().code()
                    : user.municipality().orElse(-1);
            byMunicipality.sort(java.util.Comparator.comparing((MunicipalitySectorShares row) ->
                    row.municipalityCode() != highlighted).thenComparing(row -> order.indexOf(row.municipalityCode())));
            byMunicipality.forEach(row -> rows.add(new ChartOptions.Series(row.name(),
                    row.shares().stream().map(MeetingsView::percent).toList())));
            rowHeader = getTranslation("meetings.sector-by-municipality",
                    getTranslation("sector.in-sentence." + sector.getValue().name()));
            attendance.setNote(getTranslation("meetings.sector-by-municipality.note"));
            attendanceTitle.setText(rowHeader);
        }
        ChartOptions natural = ChartOptions.categories("heatmap", months, rows, "", COLOURS.subList(0, 1));
        // ApexCharts draws a heatmap's first series at the bottom: reverse it so it reads top-down
        ChartOptions drawn = new ChartOptions(new ChartOptions.Chart("heatmap", Math.max(320, 28 * rows.size() + 90),
                natural.chart().toolbar(), natural.chart().animations(), natural.chart().fontFamily()),
                rows.reversed(), natural.xaxis(), natural.yaxis(), natural.colors(), natural.dataLabels(),
                natural.stroke(), natural.legend(), null, null);
        attendance.chart.setHeight((Math.max(320, 28 * rows.size() + 90)) + "px");
        attendance.show(drawn, Figures.of(getTranslation("outcomes.month"), natural, getLocale()),
                rowHeader + ", " + getTranslation("meetings.mean-over-months") + ": " + ChartPanel.list(
                        rows.stream().map(ChartOptions.Series::name).toList(),
                        rows.stream().map(row -> Figures.number(mean(row.data()), getLocale())).toList()));
    }

    private void showPercent(ChartPanel panel, List<String> months, List<MeetingMonth> data,
                             Function<MeetingMonth, Double> share, String name, String colour) {
        List<Double> values = data.stream().map(share).map(MeetingsView::percent).toList();
        ChartOptions options = ChartOptions.categories("line", months, List.of(new ChartOptions.Series(name, values)),
                getTranslation("outcomes.unit.percent"), List.of(colour));
        panel.show(options, Figures.of(getTranslation("outcomes.month"), options, getLocale()),
                name + " (%): " + ChartPanel.list(months, values.stream().map(v -> Figures.number(v, getLocale())).toList()));
    }

    /** The share of active cases with a current plan as a P chart: limits widen where there are fewer cases. */
    private void showCurrentPlan(MeetingOverview overview, List<String> months, String whyEmpty) {
        ControlSeries chart = overview.currentPlanChart();
        if (chart.centre() == null) {
            currentPlan.showEmpty(whyEmpty);
            return;
        }
        List<Double> shares = chart.points().stream().map(p -> p == null ? null : percent(p.value())).toList();
        List<Double> centre = chart.points().stream().map(p -> percent(chart.centre())).toList();
        List<Double> upper = chart.points().stream().map(p -> p == null ? null : percent(p.limits().upper())).toList();
        List<Double> lower = chart.points().stream().map(p -> p == null ? null : percent(p.limits().lower())).toList();
        ChartOptions options = ChartOptions.categories("line", months, List.of(
                        new ChartOptions.Series(getTranslation("meetings.current-plan"), shares),
                        new ChartOptions.Series(getTranslation("chart.centre-line"), centre),
                        new ChartOptions.Series(getTranslation("chart.upper-limit"), upper),
                        new ChartOptions.Series(getTranslation("chart.lower-limit"), lower)),
                getTranslation("outcomes.unit.percent"), List.of(COLOURS.get(0), GREY, COLOURS.get(1), COLOURS.get(1)));
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            ControlPoint point = chart.points().get(i);
            if (point != null && point.outsideLimits()) {
                outside.add(months.get(i));
            }
        }
        String reading = outside.isEmpty() ? getTranslation("chart.p-chart.within")
                : getTranslation("chart.p-chart.outside", String.join(", ", outside));
        currentPlan.show(options, Figures.of(getTranslation("outcomes.month"), options, getLocale()),
                getTranslation("meetings.current-plan") + " (%): " + ChartPanel.list(months,
                        shares.stream().map(v -> Figures.number(v, getLocale())).toList()) + " " + reading);
        currentPlan.setNote(getTranslation("meetings.current-plan.note",
                Figures.number(percent(chart.centre()), getLocale())) + " " + reading);
    }

    /** People per meeting beside the coherence citizens report: a big meeting can overwhelm. */
    private void showSizeAndCoherence(MeetingOverview overview, List<String> months) {
        List<Double> people = overview.months().stream().map(m -> round(m.meanParticipants())).toList();
        List<Double> sectors = overview.months().stream().map(m -> round(m.meanSectors())).toList();
        List<Double> coherence = overview.months().stream().map(m -> round(m.meanCoherence())).toList();
        ChartOptions options = ChartOptions.categories("line", months, List.of(
                        new ChartOptions.Series(getTranslation("meetings.people"), people),
                        new ChartOptions.Series(getTranslation("meetings.sectors-per-meeting"), sectors),
                        new ChartOptions.Series(getTranslation("meetings.coherence"), coherence)),
                getTranslation("meetings.size-and-coherence.unit"), List.of(COLOURS.get(1), COLOURS.get(4), COLOURS.get(0)));
        sizeAndCoherence.show(options, Figures.of(getTranslation("outcomes.month"), options, getLocale()),
                getTranslation("meetings.size-and-coherence.summary",
                        Figures.number(mean(people), getLocale()), Figures.number(mean(coherence), getLocale())));
        sizeAndCoherence.setNote(getTranslation("meetings.size-and-coherence.note"));
    }

    private void showDaysToFirst(MeetingOverview overview, String whyEmpty) {
        if (overview.daysToFirst().stream().allMatch(count -> count == 0)) {
            daysToFirst.showEmpty(whyEmpty);
            return;
        }
        List<String> buckets = MeetingOverview.DAY_BUCKETS.stream().map(b -> getTranslation("meetings.days." + b)).toList();
        ChartOptions options = ChartOptions.categories("bar", buckets,
                List.of(new ChartOptions.Series(getTranslation("meetings.cases"), overview.daysToFirst())),
                getTranslation("meetings.cases"), COLOURS.subList(2, 3));
        daysToFirst.show(options, Figures.of(getTranslation("meetings.days-to-first.bucket"), options, getLocale()),
                getTranslation("meetings.days-to-first") + ": " + ChartPanel.list(buckets,
                        overview.daysToFirst().stream().map(String::valueOf).toList()));
        daysToFirst.setNote("");
    }

    private void configureCases() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        // the case page lives in the casework module; its address is its public contract
        cases.addComponentColumn(row -> new Anchor("cases/" + row.id(), row.caseRef()))
                .setHeader(getTranslation("cases.case-ref")).setAutoWidth(true);
        cases.addColumn(row -> getTranslation("case.status." + row.status())).setHeader(getTranslation("cases.status"))
                .setAutoWidth(true);
        cases.addColumn(row -> row.lastMeetingOn() == null ? getTranslation("meetings.cases.no-meeting")
                : dates.format(row.lastMeetingOn())).setHeader(getTranslation("cases.last-meeting")).setAutoWidth(true);
        cases.addColumn(row -> row.status() == CaseStatus.ENDED ? "–"
                        : getTranslation("meetings.cases.plan." + row.planStatus(today)))
                .setHeader(getTranslation("meetings.cases.plan")).setAutoWidth(true);
        cases.addColumn(row -> row.nextFollowUpOn() == null || row.status() == CaseStatus.ENDED ? "–"
                        : dates.format(row.nextFollowUpOn())
                        + (row.followUpOverdue(today) ? " · " + getTranslation("cases.overdue") : ""))
                .setHeader(getTranslation("cases.next-follow-up")).setAutoWidth(true);
        cases.setAllRowsVisible(true);
        cases.setEmptyStateText(getTranslation("cases.empty"));
        caseSection.addClassName("chart-card");
        caseSection.add(caseHeading, new Paragraph(getTranslation("meetings.cases.note")), cases);
    }

    /**
     * A lead's own cases, whichever municipality the charts show; a data manager's for the chosen
     * municipality. Nobody else gets the section, and the service refuses anyone else's cases.
     */
    private void showCases() {
        Optional<Integer> own = user.role() == Role.MUNICIPAL_LEAD ? user.municipality()
                : user.role() == Role.DATA_MANAGER && municipality.getValue() != PROGRAMME
                ? Optional.of(municipality.getValue().code()) : Optional.empty();
        caseSection.setVisible(own.isPresent());
        own.ifPresent(code -> {
            String name = municipalities.byCode(code).map(Municipality::name).orElse(String.valueOf(code));
            caseHeading.setText(getTranslation("meetings.cases.title", name));
            cases.setAriaLabel(caseHeading.getText());
            cases.setItems(statistics.casesToFollow(code));
        });
    }

    private static Optional<Sector> sectorOf(String name) {
        try {
            return Optional.of(Sector.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Double mean(List<? extends Number> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Number::doubleValue).average()
                .stream().boxed().findFirst().map(MeetingsView::round).orElse(null);
    }

    private static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · Samspil";
    }
}
