package dk.samspil.dashboard.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import dk.samspil.dashboard.ControlSeries;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.OutcomeSeries;
import dk.samspil.dashboard.OutcomeStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.municipality.Municipalities;
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

    final Select<OutcomeIndicator> indicator = new Select<>();
    final PeriodSelect period;
    final MunicipalityFilter municipality;
    final ChartPanel runChart;
    final ControlChartPanel controlChart;
    final BeforeAfterPanel beforeAfter;
    /** The run chart's reading in words: the Anhøj signal, or none, or why there is nothing. */
    final Paragraph reading;
    private final dk.samspil.security.SignedInUser user;
    private final OutcomeStatistics statistics;
    private final Clock clock;

    OutcomesView(OutcomeStatistics statistics, Municipalities municipalities, dk.samspil.security.CurrentUser currentUser,
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
        HorizontalLayout filters = new HorizontalLayout(indicator, period, municipality);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        runChart = new ChartPanel(getTranslation("outcomes.run-chart"), "outcomes-run-chart");
        runChart.setChartHeight(340);
        reading = runChart.note;
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
        show(filter.period(), filter.scope(user));
    }

    private void filtersChanged(boolean fromClient) {
        if (fromClient && indicator.getValue() != null && period.getValue() != null && municipality.getValue() != null) {
            DashboardFilter filter = DashboardFilter.of(period.getValue(), municipality.getValue())
                    .withIndicator(indicator.getValue());
            getUI().ifPresent(ui -> ui.navigate(OutcomesView.class, filter.query()));
        }
    }

    private void show(Period months, Scope scope) {
        OutcomeSeries series = statistics.series(indicator.getValue(), scope, months);
        IndicatorFormat format = IndicatorFormat.of(indicator.getValue(), getLocale());
        String place = municipality.name(scope);
        String when = PeriodWords.of(this, getLocale(), months);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<String> axis = series.months().stream().map(label::format).toList();
        if (series.values().stream().allMatch(v -> v == null)) {
            String why = getTranslation("outcomes.empty", place, when);
            runChart.showEmpty(why);
            controlChart.showEmpty(why);
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
        List<Double> median = series.values().stream().map(v -> format.scaled(series.median())).toList();
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
        ChartOptions options = ChartOptions.categories("line", axis, lines, getTranslation(format.unitKey()), colours);
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
