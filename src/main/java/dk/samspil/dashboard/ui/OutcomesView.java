package dk.samspil.dashboard.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
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
import dk.samspil.dashboard.ControlSeries;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.OutcomeSeries;
import dk.samspil.dashboard.OutcomeStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.municipality.Municipalities;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import dk.samspil.statistics.RunChartAnalysis;
import jakarta.annotation.security.RolesAllowed;

/**
 * Outcomes: one indicator for the programme or a municipality as a run chart (median, and a "shift
 * since" mark only when the Anhøj rules fire), the same figures as a U or P chart, and the per-case
 * change before/after enrolment as a distribution. Indicator, period and municipality live in the URL.
 */
@Route("outcomes")
@Menu(title = "nav.outcomes", order = 1.5)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "DATA_MANAGER"})
class OutcomesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String TEAL = "#0b5c73";
    private static final String ORANGE = "#c2572b";
    private static final String GREY = "#6b6b6b";
    private static final String SKY = "#56B4E9";
    private static final String PURPLE = "#5b3a8c";
    static final String PHASES = "phases";
    static final String SPLIT = "split";

    final Select<OutcomeIndicator> indicator = new Select<>();
    final PeriodSelect period;
    final MunicipalityFilter municipality;
    final ChartPanel runChart;
    final ControlChartPanel controlChart;
    final BeforeAfterPanel beforeAfter;
    /** The run chart's reading in words: the Anhøj signal, or none, or why there is nothing. */
    final Paragraph reading;
    /** A new phase (its own median and signals) from each improvement action's start month. */
    final Checkbox phases = new Checkbox();
    final ReadingBadges badges = new ReadingBadges();
    /** The improvement actions marked on the run chart, in words. */
    final Paragraph actions = new Paragraph();
    private final SignedInUser user;
    private final OutcomeStatistics statistics;
    private final Clock clock;

    OutcomesView(OutcomeStatistics statistics, Municipalities municipalities, CurrentUser currentUser,
                 Clock clock) {
        this.statistics = statistics;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("page");
        indicator.setLabel(getTranslation("outcomes.indicator"));
        indicator.setWidth("min(28rem, 90vw)");
        indicator.setItems(OutcomeIndicator.values());
        indicator.setItemLabelGenerator(value -> IndicatorText.name(this, value));
        period = new PeriodSelect(clock);
        municipality = new MunicipalityFilter(municipalities);
        indicator.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        period.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        municipality.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        phases.setLabel(getTranslation("outcomes.phases"));
        phases.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        HorizontalLayout filters = new HorizontalLayout(indicator, period, municipality, phases);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        runChart = new ChartPanel(getTranslation("outcomes.run-chart"), "outcomes-run-chart");
        runChart.setChartHeight(340);
        reading = runChart.note;
        actions.addClassName("figure-note");
        // after the reading in words: the icons, then the actions drawn on the chart
        runChart.addComponentAtIndex(4, badges);
        runChart.addComponentAtIndex(5, actions);
        controlChart = new ControlChartPanel(getTranslation("outcomes.control-chart"), "outcomes-control-chart",
                TEAL, ORANGE);
        beforeAfter = new BeforeAfterPanel(getTranslation("outcomes.before-after"));
        Div charts = new Div(runChart, controlChart, beforeAfter);
        charts.addClassName("chart-grid");
        add(new H2(getTranslation("outcomes.title")), filters, charts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth now = YearMonth.now(clock);
        DashboardFilter filter = DashboardFilter.read(event.getLocation().getQueryParameters(), now,
                Period.last(24, now), municipality.codes());
        indicator.setValue(filter.indicator().orElse(OutcomeIndicator.BED_DAYS));
        period.setValue(filter.period());
        municipality.setValue(filter.scope(user));
        phases.setValue(event.getLocation().getQueryParameters().getSingleParameter(PHASES)
                .filter(SPLIT::equals).isPresent());
        show(filter.period(), filter.scope(user));
    }

    private void filtersChanged(boolean fromClient) {
        if (fromClient && indicator.getValue() != null && period.getValue() != null && municipality.getValue() != null) {
            DashboardFilter filter = DashboardFilter.of(period.getValue(), municipality.getValue())
                    .withIndicator(indicator.getValue());
            Map<String, List<String>> query = new HashMap<>(filter.query().getParameters());
            if (phases.getValue()) {
                query.put(PHASES, List.of(SPLIT));
            }
            getUI().ifPresent(ui -> ui.navigate(OutcomesView.class, new QueryParameters(query)));
        }
    }

    private void show(Period months, Scope scope) {
        OutcomeSeries series = statistics.series(indicator.getValue(), scope, months, phases.getValue());
        IndicatorFormat format = IndicatorFormat.of(indicator.getValue(), getLocale());
        String place = municipality.name(scope);
        String when = PeriodWords.of(this, getLocale(), months);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<String> axis = series.months().stream().map(label::format).toList();
        if (series.values().stream().allMatch(v -> v == null)) {
            String why = getTranslation("outcomes.empty", place, when);
            runChart.showEmpty(why);
            controlChart.showEmpty(why);
            badges.setVisible(false);
            actions.setVisible(false);
        } else {
            showRunChart(series, scope.isProgramme() ? Optional.empty()
                    : Optional.of(statistics.series(indicator.getValue(), Scope.programme(), months)), axis, place, format);
            showControlChart(series, axis, place, format);
        }
        beforeAfter.show(statistics.beforeAfter(scope, months), place, when);
    }

    /** The run chart with its median, the runs that broke the rules, and — for a municipality — the programme. */
    private void showRunChart(OutcomeSeries series, Optional<OutcomeSeries> programme, List<String> axis, String place,
                              IndicatorFormat format) {
        String name = IndicatorText.name(this, series.indicator());
        List<Double> shown = series.values().stream().map(format::scaledOrNull).toList();
        List<Double> median = series.medianLine().stream().map(format::scaledOrNull).toList();
        List<Double> signal = IntStream.range(0, shown.size())
                .mapToObj(i -> series.signalMonths().contains(i) ? shown.get(i) : null).toList();
        List<ChartOptions.Series> lines = new ArrayList<>(List.of(new ChartOptions.Series(place, shown),
                new ChartOptions.Series(getTranslation("outcomes.median"), median)));
        List<String> colours = new ArrayList<>(List.of(TEAL, GREY));
        if (!series.signalMonths().isEmpty()) {
            lines.add(new ChartOptions.Series(getTranslation("outcomes.signal-run"), signal));
            colours.add(ORANGE);
        }
        programme.ifPresent(whole -> {
            lines.add(new ChartOptions.Series(getTranslation("csv.programme"),
                    whole.values().stream().map(format::scaledOrNull).toList()));
            colours.add(SKY);
        });
        ChartOptions options = ChartOptions.categories("line", axis, lines, getTranslation(format.unitKey()), colours)
                .withMarkers(ActionLines.of(series, axis, PURPLE));
        runChart.setHeading(getTranslation("outcomes.run-chart.title", name));
        runChart.setDefinition(IndicatorText.help(this, series.indicator().name()));
        String text = series.shiftSince()
                .map(month -> getTranslation("outcomes.shift", DateTimeFormatter.ofPattern("MMMM yyyy", getLocale())
                        .format(month)))
                .orElse(getTranslation("outcomes.no-signal"));
        runChart.show(options, Figures.of(getTranslation("outcomes.month"), options, format::scaledText),
                name + ", " + place + ". " + getTranslation("outcomes.median") + " " + format.text(series.median())
                        + ". " + text);
        runChart.setNote(name + ", " + place + ". " + text);
        runChart.setHowToRead(howToRead(series, format));
        badges.setVisible(true);
        badges.show(series.reading(), IndicatorCatalogue.of(series.indicator()).readingDirection(), series.target(), format);
        showActions(series, axis);
    }

    private void showActions(OutcomeSeries series, List<String> axis) {
        actions.setVisible(!series.actions().isEmpty());
        List<String> named = series.actions().stream().map(action -> getTranslation("outcomes.action.marker",
                action.title(), axis.get(Math.max(series.months().indexOf(action.start()), 0)))).toList();
        String phased = series.phaseStarts().isEmpty() ? ""
                : " " + getTranslation("outcomes.phases.note", series.phaseStarts().size() + 1);
        actions.setText(getTranslation("outcomes.actions", String.join("; ", named)) + phased);
    }

    /** The run chart's reading guide, worked on the chart's own median, runs and crossings. */
    private String howToRead(OutcomeSeries series, IndicatorFormat format) {
        RunChartAnalysis runs = series.runs();
        if (!runs.rulesApply()) {
            return getTranslation("guide.run-chart.too-few", runs.usefulObservations());
        }
        return getTranslation("guide.run-chart", runs.longestRunLimit(), runs.crossingsLimit(), format.text(runs.centreLine()),
                runs.longestRun(), runs.crossings(), getTranslation(runs.signal() ? "guide.run-chart.signal" : "guide.run-chart.none"));
    }

    /** The same figures as a U chart (rates) or P chart (shares): limits that widen with fewer case-months. */
    private void showControlChart(OutcomeSeries series, List<String> axis, String place, IndicatorFormat format) {
        ControlSeries chart = series.controlChart();
        if (chart == null || chart.centre() == null) {
            controlChart.setVisible(false);
            return;
        }
        controlChart.setVisible(true);
        String kind = getTranslation(series.indicator().share() ? "outcomes.p-chart" : "outcomes.u-chart");
        controlChart.setHeading(getTranslation("outcomes.control-chart.title",
                IndicatorText.name(this, series.indicator())));
        controlChart.setDefinition(IndicatorText.help(this, series.indicator().name()));
        String reading = controlChart.show(chart, axis, place, format, text -> kind + ", " + place + ". "
                + getTranslation("chart.centre-line") + " " + format.text(chart.centre()) + ". " + text);
        controlChart.setNote(kind + ". " + reading);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title") + " · Samspil";
    }
}
