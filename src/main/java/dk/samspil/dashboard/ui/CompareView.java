package dk.samspil.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.samspil.base.chart.ApexChart;
import dk.samspil.base.chart.XYChartOptions;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.dashboard.CompareStatistics;
import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.FunnelPoint;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * Compare: one share indicator across the municipalities, fair for their size — a funnel plot
 * (a municipality is "different" only outside the 99.8 % limits) and a ranking with intervals.
 * The signed-in lead's own municipality is drawn apart. The indicator lives in the URL.
 */
@Route("compare")
@Menu(title = "nav.compare", order = 1.6)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "DATA_MANAGER"})
class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Okabe–Ito: points, own municipality, target, 95 %, 99.8 %. */
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#000000", "#009E73", "#009E73",
            "#CC79A7", "#CC79A7");

    final Select<OutcomeIndicator> indicator = new Select<>();
    final ApexChart funnel = new ApexChart();
    final Grid<FunnelPoint> ranking = new Grid<>();
    final Paragraph summary = new Paragraph();
    private final CompareStatistics statistics;
    private final Integer own;

    CompareView(CompareStatistics statistics, CurrentUser currentUser) {
        this.statistics = statistics;
        this.own = currentUser.require().municipalityCode();
        addClassName("page");
        indicator.setLabel(getTranslation("outcomes.indicator"));
        indicator.setWidth("min(28rem, 90vw)");
        indicator.setItems(CompareStatistics.SHARES);
        indicator.setItemLabelGenerator(value -> getTranslation("outcomes.indicator." + value));
        indicator.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CompareView.class,
                        QueryParameters.of("indicator", change.getValue().name())));
            }
        });
        funnel.setHeight("380px");
        summary.addClassName("figure-note");
        add(new H2(getTranslation("compare.title")), indicator, new Paragraph(getTranslation("compare.note")), funnel,
                summary, new H3(getTranslation("compare.ranking")), ranking);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OutcomeIndicator chosen = UrlParameters.first(event, "indicator")
                .flatMap(name -> CompareStatistics.SHARES.stream().filter(i -> i.name().equals(name)).findFirst())
                .orElse(CompareStatistics.SHARES.getFirst());
        indicator.setValue(chosen);
        show(statistics.funnel(chosen, 12));
    }

    private void show(FunnelComparison comparison) {
        List<double[]> others = new ArrayList<>();
        List<double[]> mine = new ArrayList<>();
        comparison.points().forEach(p -> (own != null && p.municipalityCode() == own ? mine : others)
                .add(new double[] {p.denominator(), percent(p.interval().estimate())}));
        List<XYChartOptions.XYSeries> series = new ArrayList<>(List.of(
                new XYChartOptions.XYSeries(getTranslation("compare.municipalities"), "scatter", others),
                new XYChartOptions.XYSeries(getTranslation("compare.own"), "scatter", mine),
                line(getTranslation("compare.target"), comparison, 0, true),
                line(getTranslation("compare.limit95"), comparison, 2, false),
                line(getTranslation("compare.limit95") + " ", comparison, 3, false),
                line(getTranslation("compare.limit998"), comparison, 1, false),
                line(getTranslation("compare.limit998") + " ", comparison, 4, false)));
        funnel.setOptions(XYChartOptions.of(series, getTranslation("compare.case-months"),
                getTranslation("outcomes.unit.percent"), COLOURS));
        long different = comparison.points().stream().filter(p -> p.zone().different()).count();
        summary.setText(getTranslation("compare.summary", format(percent(comparison.target())), different));
        funnel.setTextAlternative(getTranslation("outcomes.indicator." + comparison.indicator()) + ". " + summary.getText());
        ranking.removeAllColumns();
        ranking.addColumn(p -> p.name() + (own != null && p.municipalityCode() == own ? " ★" : ""))
                .setHeader(getTranslation("outcomes.municipality"));
        ranking.addColumn(p -> format(percent(p.interval().estimate())) + " %").setHeader(getTranslation("compare.share"));
        ranking.addColumn(p -> format(percent(p.interval().lower())) + "–" + format(percent(p.interval().upper())) + " %")
                .setHeader(getTranslation("compare.interval"));
        ranking.addColumn(FunnelPoint::denominator).setHeader(getTranslation("compare.case-months"));
        ranking.addColumn(p -> getTranslation("compare.zone." + p.zone())).setHeader(getTranslation("compare.zone"));
        ranking.setItems(comparison.points());
        ranking.setAllRowsVisible(true);
        ranking.setEmptyStateText(getTranslation("compare.empty"));
    }

    /** column 0 is the target (flat); 1–4 the limit curves' low 99.8, low 95, high 95, high 99.8. */
    private static XYChartOptions.XYSeries line(String name, FunnelComparison comparison, int column, boolean target) {
        List<double[]> points = comparison.limitCurves().stream()
                .map(row -> new double[] {row[0], percent(target ? comparison.target() : row[column])}).toList();
        return new XYChartOptions.XYSeries(name, "line", points);
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private String format(double value) {
        return String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.1f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " · Samspil";
    }
}
