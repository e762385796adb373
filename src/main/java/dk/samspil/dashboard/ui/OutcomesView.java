package dk.samspil.dashboard.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
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
import dk.samspil.dashboard.BeforeAfterOverview;
import dk.samspil.dashboard.ControlSeries;
import dk.samspil.dashboard.OutcomeChange;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.OutcomeSeries;
import dk.samspil.dashboard.OutcomeStatistics;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.statistics.ControlPoint;
import dk.samspil.statistics.SmallCells;
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

    private static final Municipality PROGRAMME = MunicipalityFilter.PROGRAMME;
    private static final String TEAL = "#0b5c73";
    private static final String ORANGE = "#c2572b";
    private static final String GREY = "#6b6b6b";
    private static final String SKY = "#56B4E9";
    /** Okabe–Ito bluish green, grey and vermilion for fell / unchanged / rose. */
    private static final List<String> CHANGE_COLOURS = List.of("#009E73", "#9a9a9a", "#D55E00");

    final Select<OutcomeIndicator> indicator = new Select<>();
    final PeriodSelect period;
    final MunicipalityFilter municipality;
    final ChartPanel runChart;
    final ChartPanel controlChart;
    final ChartPanel beforeAfter;
    /** The run chart's reading in words: the Anhøj signal, or none, or why there is nothing. */
    final com.vaadin.flow.component.html.Paragraph reading;
    private final OutcomeStatistics statistics;
    private final H3 runTitle;
    private final H3 controlTitle;

    OutcomesView(OutcomeStatistics statistics, Municipalities municipalities, Clock clock) {
        this.statistics = statistics;
        addClassName("page");
        indicator.setLabel(getTranslation("outcomes.indicator"));
        indicator.setWidth("min(28rem, 90vw)");
        indicator.setItems(OutcomeIndicator.values());
        indicator.setItemLabelGenerator(value -> getTranslation("outcomes.indicator." + value));
        period = new PeriodSelect(clock);
        municipality = new MunicipalityFilter(municipalities);
        indicator.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        period.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        municipality.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        HorizontalLayout filters = new HorizontalLayout(indicator, period, municipality);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        runChart = new ChartPanel(getTranslation("outcomes.run-chart"), "outcomes-run-chart");
        runTitle = heading(runChart);
        runChart.chart.setHeight("340px");
        reading = runChart.note;
        controlChart = new ChartPanel(getTranslation("outcomes.control-chart"), "outcomes-control-chart");
        controlTitle = heading(controlChart);
        beforeAfter = new ChartPanel(getTranslation("outcomes.before-after"), "outcomes-before-after");
        Div charts = new Div(runChart, controlChart, beforeAfter);
        charts.addClassName("chart-grid");
        add(new H2(getTranslation("outcomes.title")), filters, charts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OutcomeIndicator chosen = UrlParameters.first(event, "indicator").flatMap(OutcomesView::indicatorOf)
                .orElse(OutcomeIndicator.BED_DAYS);
        Period months = period.read(event, 24);
        Municipality place = municipality.read(event);
        indicator.setValue(chosen);
        show(months, place == PROGRAMME ? null : place.code());
    }

    private void filtersChanged(boolean fromClient) {
        if (!fromClient || indicator.getValue() == null || period.getValue() == null || municipality.getValue() == null) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("indicator", indicator.getValue().name());
        query.put(PeriodSelect.PARAMETER, period.getValue().key());
        if (municipality.getValue() != PROGRAMME) {
            query.put("municipality", String.valueOf(municipality.getValue().code()));
        }
        getUI().ifPresent(ui -> ui.navigate(OutcomesView.class, QueryParameters.simple(query)));
    }

    private void show(Period months, Integer code) {
        OutcomeSeries series = statistics.series(indicator.getValue(), code, months.from(), months.to());
        String place = code == null ? getTranslation("csv.programme") : municipality.getValue().name();
        String when = PeriodWords.of(this, getLocale(), months);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<String> axis = series.months().stream().map(label::format).toList();
        if (series.values().stream().allMatch(v -> v == null)) {
            String why = getTranslation("outcomes.empty", place, when);
            runChart.showEmpty(why);
            controlChart.showEmpty(why);
        } else {
            showRunChart(series, code == null ? Optional.empty()
                    : Optional.of(statistics.series(indicator.getValue(), null, months.from(), months.to())), axis, place);
            showControlChart(series, axis, place);
        }
        showBeforeAfter(statistics.beforeAfter(code, months.from(), months.to()), place, when);
    }

    /** The run chart with its median, the runs that broke the rules, and — for a municipality — the programme. */
    private void showRunChart(OutcomeSeries series, Optional<OutcomeSeries> programme, List<String> axis, String place) {
        String name = getTranslation("outcomes.indicator." + series.indicator());
        List<Double> shown = series.values().stream().map(this::scaled).toList();
        List<Double> median = series.values().stream().map(v -> scaled(series.median())).toList();
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
            lines.add(new ChartOptions.Series(getTranslation("csv.programme"), whole.values().stream().map(this::scaled)
                    .toList()));
            colours.add(SKY);
        });
        ChartOptions options = ChartOptions.categories("line", axis, lines, unit(), colours);
        runTitle.setText(getTranslation("outcomes.run-chart.title", name));
        String text = series.shiftSince()
                .map(month -> getTranslation("outcomes.shift", DateTimeFormatter.ofPattern("MMMM yyyy", getLocale())
                        .format(month)))
                .orElse(getTranslation("outcomes.no-signal"));
        runChart.show(options, Figures.of(getTranslation("outcomes.month"), options, getLocale()),
                name + ", " + place + ". " + getTranslation("outcomes.median") + " "
                        + Figures.number(scaled(series.median()), getLocale()) + ". " + text);
        runChart.setNote(name + ", " + place + ". " + text);
    }

    /** The same figures as a U chart (rates) or P chart (shares): limits that widen with fewer case-months. */
    private void showControlChart(OutcomeSeries series, List<String> axis, String place) {
        ControlSeries chart = series.controlChart();
        if (chart == null || chart.centre() == null) {
            controlChart.setVisible(false);
            return;
        }
        controlChart.setVisible(true);
        String kind = getTranslation(series.indicator().share() ? "outcomes.p-chart" : "outcomes.u-chart");
        controlTitle.setText(getTranslation("outcomes.control-chart.title",
                getTranslation("outcomes.indicator." + series.indicator())));
        List<Double> values = chart.points().stream().map(p -> p == null ? null : scaled(p.value())).toList();
        List<Double> centre = chart.points().stream().map(p -> scaled(chart.centre())).toList();
        List<Double> upper = chart.points().stream().map(p -> p == null ? null : scaled(p.limits().upper())).toList();
        List<Double> lower = chart.points().stream().map(p -> p == null ? null : scaled(p.limits().lower())).toList();
        ChartOptions options = ChartOptions.categories("line", axis, List.of(new ChartOptions.Series(place, values),
                        new ChartOptions.Series(getTranslation("chart.centre-line"), centre),
                        new ChartOptions.Series(getTranslation("chart.upper-limit"), upper),
                        new ChartOptions.Series(getTranslation("chart.lower-limit"), lower)),
                unit(), List.of(TEAL, GREY, ORANGE, ORANGE));
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            ControlPoint point = chart.points().get(i);
            if (point != null && point.outsideLimits()) {
                outside.add(axis.get(i));
            }
        }
        String reading = outside.isEmpty() ? getTranslation("chart.p-chart.within")
                : getTranslation("chart.p-chart.outside", String.join(", ", outside));
        controlChart.show(options, Figures.of(getTranslation("outcomes.month"), options, getLocale()),
                kind + ", " + place + ". " + getTranslation("chart.centre-line") + " "
                        + Figures.number(scaled(chart.centre()), getLocale()) + ". " + reading);
        controlChart.setNote(kind + ". " + reading);
    }

    /**
     * The per-case change before/after enrolment as a distribution: how many cases fell, stayed or
     * rose, and the quartiles of the changes. Counts of 1–4 are "&lt; 5" where the reader may not
     * see the cases one by one; under five cases there is no distribution at all.
     */
    private void showBeforeAfter(BeforeAfterOverview overview, String place, String when) {
        List<OutcomeChange> shown = overview.changes().stream().filter(OutcomeChange::shown).toList();
        if (shown.isEmpty()) {
            int most = overview.changes().stream().mapToInt(OutcomeChange::cases).max().orElse(0);
            beforeAfter.showEmpty(getTranslation(most == 0 ? "outcomes.before-after.none" : "outcomes.before-after.too-few",
                    place, when, OutcomeChange.MINIMUM_CASES));
            return;
        }
        List<String> categories = shown.stream()
                .map(change -> getTranslation("outcomes.before-after." + change.indicator())).toList();
        List<ChartOptions.Series> bars = List.of(
                new ChartOptions.Series(getTranslation("outcomes.before-after.fell"),
                        shown.stream().map(c -> share(c, 0, overview)).toList()),
                new ChartOptions.Series(getTranslation("outcomes.before-after.unchanged"),
                        shown.stream().map(c -> share(c, 1, overview)).toList()),
                new ChartOptions.Series(getTranslation("outcomes.before-after.rose"),
                        shown.stream().map(c -> share(c, 2, overview)).toList()));
        ChartOptions options = ChartOptions.categories("bar", categories, bars,
                getTranslation("outcomes.before-after.unit"), CHANGE_COLOURS);
        List<String> headers = List.of(getTranslation("outcomes.indicator"), getTranslation("outcomes.before-after.cases"),
                getTranslation("outcomes.before-after.fell"), getTranslation("outcomes.before-after.unchanged"),
                getTranslation("outcomes.before-after.rose"), getTranslation("outcomes.before-after.lower-quartile"),
                getTranslation("outcomes.before-after.median"), getTranslation("outcomes.before-after.upper-quartile"),
                getTranslation("outcomes.before-after.mean"));
        List<List<String>> rows = overview.changes().stream().map(change -> change.shown()
                ? List.of(getTranslation("outcomes.before-after." + change.indicator()), String.valueOf(change.cases()),
                        count(change, 0, overview), count(change, 1, overview), count(change, 2, overview),
                        Figures.number(change.lowerQuartile(), getLocale()), Figures.number(change.median(), getLocale()),
                        Figures.number(change.upperQuartile(), getLocale()), change.meanChange()
                                .map(mean -> getTranslation("outcomes.before-after.interval",
                                        Figures.number(mean.estimate(), getLocale()), Figures.number(mean.lower(), getLocale()),
                                        Figures.number(mean.upper(), getLocale()))).orElse(""))
                : List.of(getTranslation("outcomes.before-after." + change.indicator()),
                        change.cases() == 0 ? "0" : getTranslation("outcomes.before-after.below-five"),
                        getTranslation("outcomes.before-after.row-too-few", OutcomeChange.MINIMUM_CASES), "", "", "", "", "", ""))
                .toList();
        StringBuilder summary = new StringBuilder(getTranslation("outcomes.before-after") + ", " + place + ". ");
        shown.forEach(change -> summary.append(getTranslation("outcomes.before-after.summary",
                getTranslation("outcomes.before-after." + change.indicator()), change.cases(),
                count(change, 0, overview), count(change, 1, overview), count(change, 2, overview),
                Figures.number(change.median(), getLocale()), Figures.number(change.lowerQuartile(), getLocale()),
                Figures.number(change.upperQuartile(), getLocale()))).append(' '));
        beforeAfter.show(options, new Figures(headers, rows), summary.toString().trim());
        beforeAfter.setNote(getTranslation("outcomes.before-after.note", when)
                + (overview.smallCells() ? " " + getTranslation("outcomes.before-after.small-cells") : ""));
    }

    /** Fell, unchanged or rose (0, 1, 2) as a share of the cases in per cent; no bar where the count is hidden. */
    private static Double share(OutcomeChange change, int which, BeforeAfterOverview overview) {
        return hidden(change, overview)[which] ? null : Math.round(1000.0 * counts(change)[which] / change.cases()) / 10.0;
    }

    private String count(OutcomeChange change, int which, BeforeAfterOverview overview) {
        return hidden(change, overview)[which] ? getTranslation("outcomes.before-after.below-five")
                : String.valueOf(counts(change)[which]);
    }

    private static int[] counts(OutcomeChange change) {
        return new int[] {change.fell(), change.unchanged(), change.rose()};
    }

    /**
     * Which of fell / unchanged / rose to hide: counts of 1–4, and — when only one is hidden — the
     * smallest other too, or the hidden one would follow from the number of cases by subtraction.
     */
    private static boolean[] hidden(OutcomeChange change, BeforeAfterOverview overview) {
        int[] counts = counts(change);
        boolean[] hidden = new boolean[3];
        if (!overview.smallCells()) {
            return hidden;
        }
        int suppressed = 0;
        for (int i = 0; i < 3; i++) {
            hidden[i] = SmallCells.suppressed(counts[i]);
            suppressed += hidden[i] ? 1 : 0;
        }
        if (suppressed == 1) {
            int smallest = -1;
            for (int i = 0; i < 3; i++) {
                if (!hidden[i] && (smallest < 0 || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            hidden[smallest] = true;
        }
        return hidden;
    }

    /** A panel's heading, retitled with the chosen indicator. */
    private static H3 heading(ChartPanel panel) {
        return panel.getChildren().filter(H3.class::isInstance).map(H3.class::cast).findFirst().orElseThrow();
    }

    private Double scaled(Double value) {
        if (value == null) {
            return null;
        }
        return indicator.getValue().share() ? Math.round(value * 1000) / 10.0 : Math.round(value * 100) / 100.0;
    }

    private String unit() {
        return getTranslation(switch (indicator.getValue().kind()) {
            case SHARE -> "outcomes.unit.percent";
            case RATE -> "outcomes.unit.per-case-month";
            case MEAN -> "outcomes.unit.score";
        });
    }

    private static Optional<OutcomeIndicator> indicatorOf(String name) {
        try {
            return Optional.of(OutcomeIndicator.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title") + " · Samspil";
    }
}
