package dk.samspil.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.samspil.base.chart.ApexChart;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.csv.DanishCsv;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.OutcomeSeries;
import dk.samspil.dashboard.OutcomeStatistics;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import jakarta.annotation.security.RolesAllowed;

/**
 * Outcomes as run charts: one indicator for the programme or a municipality, month by month, with
 * the median and a "shift since" mark only when the Anhøj rules fire. The filters live in the URL.
 */
@Route("outcomes")
@Menu(title = "nav.outcomes", order = 1.5)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "DATA_MANAGER"})
class OutcomesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Municipality PROGRAMME = new Municipality(0, "", 0, "");
    private static final String[] COLOURS = {"#0b5c73", "#c2572b"};

    final Select<OutcomeIndicator> indicator = new Select<>();
    final Select<Municipality> municipality = new Select<>();
    final ApexChart chart = new ApexChart();
    final Paragraph reading = new Paragraph();
    final Grid<Integer> table = new Grid<>();
    final Anchor csv = new Anchor();
    private final OutcomeStatistics statistics;
    private OutcomeSeries series;

    OutcomesView(OutcomeStatistics statistics, Municipalities municipalities) {
        this.statistics = statistics;
        addClassName("page");
        indicator.setLabel(getTranslation("outcomes.indicator"));
        indicator.setWidth("min(28rem, 90vw)");
        indicator.setItems(OutcomeIndicator.values());
        indicator.setItemLabelGenerator(value -> getTranslation("outcomes.indicator." + value));
        municipality.setLabel(getTranslation("outcomes.municipality"));
        List<Municipality> choices = new ArrayList<>(List.of(PROGRAMME));
        choices.addAll(municipalities.all());
        municipality.setItems(choices);
        municipality.setItemLabelGenerator(m -> m == PROGRAMME ? getTranslation("csv.programme") : m.name());
        indicator.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        municipality.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        chart.setHeight("340px");
        reading.addClassName("figure-note");
        Details figures = new Details(getTranslation("outcomes.figures"), table);
        csv.setText(getTranslation("outcomes.csv"));
        add(new H2(getTranslation("outcomes.title")), new HorizontalLayout(indicator, municipality), chart, reading,
                figures, csv);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OutcomeIndicator chosen = UrlParameters.first(event, "indicator").flatMap(OutcomesView::indicatorOf).orElse(OutcomeIndicator.BED_DAYS);
        Municipality place = UrlParameters.first(event, "municipality").flatMap(code -> municipality.getListDataView().getItems()
                .filter(m -> String.valueOf(m.code()).equals(code) && m != PROGRAMME).findFirst()).orElse(PROGRAMME);
        indicator.setValue(chosen);
        municipality.setValue(place);
        show();
    }

    private void filtersChanged(boolean fromClient) {
        if (fromClient && indicator.getValue() != null && municipality.getValue() != null) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("indicator", indicator.getValue().name());
            if (municipality.getValue() != PROGRAMME) {
                query.put("municipality", String.valueOf(municipality.getValue().code()));
            }
            getUI().ifPresent(ui -> ui.navigate(OutcomesView.class, QueryParameters.simple(query)));
        }
    }

    private void show() {
        Integer code = municipality.getValue() == PROGRAMME ? null : municipality.getValue().code();
        series = statistics.series(indicator.getValue(), code, 24);
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        List<String> months = series.months().stream().map(label::format).toList();
        List<Double> shown = series.values().stream().map(v -> v == null ? null : scaled(v)).toList();
        List<Double> median = series.values().stream().map(v -> scaled(series.median())).toList();
        String name = getTranslation("outcomes.indicator." + series.indicator());
        chart.setOptions(ChartOptions.categories("line", months, List.of(new ChartOptions.Series(name, shown),
                new ChartOptions.Series(getTranslation("outcomes.median"), median)), unit(), List.of(COLOURS)));
        boolean empty = series.values().stream().allMatch(v -> v == null);
        String place = municipality.getValue() == PROGRAMME ? getTranslation("csv.programme") : municipality.getValue().name();
        reading.setText(empty ? getTranslation("outcomes.empty", place)
                : series.shiftSince().map(month -> getTranslation("outcomes.shift", label.format(month)))
                        .orElse(getTranslation("outcomes.no-signal")));
        chart.setTextAlternative(name + ", " + place + ". " + reading.getText());
        table.removeAllColumns();
        table.addColumn(i -> months.get(i)).setHeader(getTranslation("outcomes.month"));
        table.addColumn(i -> format(series.values().get(i))).setHeader(name);
        table.addColumn(i -> series.caseMonths().get(i)).setHeader(getTranslation("outcomes.case-months"));
        table.setItems(java.util.stream.IntStream.range(0, months.size()).boxed().toList());
        table.setAllRowsVisible(true);
        byte[] bytes = DanishCsv.of(List.of(getTranslation("outcomes.month"), name, getTranslation("outcomes.case-months")),
                java.util.stream.IntStream.range(0, months.size()).mapToObj(i -> List.of(series.months().get(i).toString(),
                        format(series.values().get(i)), String.valueOf(series.caseMonths().get(i)))).toList())
                .getBytes(StandardCharsets.UTF_8);
        csv.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "outcomes-" + series.indicator().name().toLowerCase() + ".csv", "text/csv;charset=utf-8", bytes.length)));
        csv.getElement().setAttribute("download", true);
    }

    private double scaled(double value) {
        return indicator.getValue().share() ? Math.round(value * 1000) / 10.0 : Math.round(value * 100) / 100.0;
    }

    private String unit() {
        return getTranslation(indicator.getValue().share() ? "outcomes.unit.percent" : "outcomes.unit.per-case-month");
    }

    private String format(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(2);
        number.setGroupingUsed(false);
        return number.format(scaled(value));
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
