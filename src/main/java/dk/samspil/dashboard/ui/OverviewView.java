package dk.samspil.dashboard.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.base.chart.FiguresBlock;
import dk.samspil.base.period.Period;
import dk.samspil.base.ui.PeriodSelect;
import dk.samspil.dashboard.CoreElementAssessments;
import dk.samspil.dashboard.CoreElementRadar;
import dk.samspil.dashboard.MunicipalityHeatmap;
import dk.samspil.dashboard.OverviewStatistics;
import dk.samspil.dashboard.Scope;
import dk.samspil.dashboard.Tile;
import dk.samspil.municipality.Municipalities;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * The programme at a glance: a tile per indicator with its run chart and a "shift since" mark only
 * when the Anhøj rules fire, every municipality against the programme in one heatmap, and the VIVE
 * self-assessment as a radar. Programme or municipality and period live in the URL.
 */
@Route("overview")
@Menu(title = "nav.overview", order = 0.5)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "DATA_MANAGER"})
class OverviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final MunicipalityFilter municipality;
    final PeriodSelect period;
    final Div tiles = new Div();
    final FiguresBlock tileFigures = new FiguresBlock("overview-tiles");
    final HeatmapTable heatmap;
    final IconSummary icons = new IconSummary();
    final ChartPanel radar;
    final Paragraph heatmapNote = new Paragraph();
    private final OverviewStatistics statistics;
    private final MunicipalityHeatmap heatmaps;
    private final CoreElementAssessments assessments;
    private final SignedInUser user;
    private final Clock clock;

    OverviewView(OverviewStatistics statistics, MunicipalityHeatmap heatmaps, CoreElementAssessments assessments,
                 Municipalities municipalities, CurrentUser currentUser, Clock clock) {
        this.statistics = statistics;
        this.heatmaps = heatmaps;
        this.assessments = assessments;
        this.user = currentUser.require();
        this.clock = clock;
        addClassName("page");
        period = new PeriodSelect(clock);
        municipality = new MunicipalityFilter(municipalities);
        municipality.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        period.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        tiles.addClassName("tiles");
        heatmap = new HeatmapTable();
        radar = new ChartPanel(getTranslation("overview.radar"), "overview-core-elements");
        radar.setChartHeight(360);
        heatmapNote.addClassName("figure-note");
        HorizontalLayout filters = new HorizontalLayout(municipality, period);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("overview.title")), filters, tiles, tileFigures, icons, heatmap, radar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        YearMonth now = YearMonth.now(clock);
        DashboardFilter filter = DashboardFilter.read(event.getLocation().getQueryParameters(), now,
                Period.last(24, now), municipality.codes());
        municipality.setValue(filter.scope(user));
        period.setValue(filter.period());
        show(filter.scope(user), filter.period());
    }

    private void filtersChanged(boolean fromClient) {
        if (fromClient && municipality.getValue() != null && period.getValue() != null) {
            DashboardFilter filter = DashboardFilter.of(period.getValue(), municipality.getValue());
            getUI().ifPresent(ui -> ui.navigate(OverviewView.class, filter.query()));
        }
    }

    private void show(Scope scope, Period shown) {
        List<Tile> shownTiles = statistics.tiles(scope, shown);
        showTiles(shownTiles);
        icons.show(shownTiles, municipality.name(scope));
        heatmap.show(heatmaps.heatmap(shown), shown);
        // the programme's radar beside the lead's own municipality, unless the page shows another
        Scope radarScope = scope.isProgramme() ? user.municipality().map(Scope::municipality).orElse(scope) : scope;
        showRadar(assessments.radar(radarScope), radarScope);
    }

    private void showTiles(List<Tile> shown) {
        tiles.removeAll();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        List<List<String>> rows = new ArrayList<>();
        for (Tile tile : shown) {
            tiles.add(new TileCard(tile, label));
            IndicatorFormat format = IndicatorFormat.of(tile.indicator(), getLocale());
            for (int i = 0; i < tile.periods().size(); i++) {
                Double value = tile.values().get(i);
                rows.add(List.of(name(tile), month(tile.periods().get(i), label), value != null ? format.text(value)
                        : tile.belowFive().contains(tile.periods().get(i)) ? getTranslation("outcomes.before-after.below-five")
                        : ""));
            }
        }
        tileFigures.show(new Figures(List.of(getTranslation("overview.indicator"), getTranslation("overview.period"),
                getTranslation("overview.value")), rows));
    }

    private String name(Tile tile) {
        return IndicatorText.shortName(this, tile.indicator());
    }

    private void showRadar(CoreElementRadar shown, Scope radarScope) {
        if (shown.quarter().isEmpty()) {
            radar.showEmpty(getTranslation("overview.radar.empty"));
            return;
        }
        // the radar's own labels stay short (a long label squeezes the web to a dot); full names are in the table
        List<String> elements = CoreElementRadar.ELEMENTS.stream()
                .map(element -> element + " " + getTranslation("overview.element.short." + element)).toList();
        List<String> named = CoreElementRadar.ELEMENTS.stream().map(element -> element + " " + getTranslation("overview.element." + element))
                .toList();
        IndicatorFormat score = IndicatorFormat.score(getLocale());
        List<ChartOptions.Series> series = new ArrayList<>();
        series.add(new ChartOptions.Series(getTranslation("csv.programme"), rounded(shown.programme())));
        String place = radarScope.isProgramme() ? null : municipality.name(radarScope);
        shown.municipality().ifPresent(own -> series.add(new ChartOptions.Series(place, rounded(own))));
        ChartOptions options = ChartOptions.categories("radar", elements, series, "", List.of("#0b5c73", "#c2572b"))
                .onScale(1, 5);
        String summary = getTranslation("overview.radar.summary", shown.quarter().get(), shown.assessed())
                + " " + ChartPanel.list(named, shown.programme().stream().map(score::scaledText).toList());
        Figures figures = Figures.of(getTranslation("overview.element"), options, score::scaledText);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < figures.rows().size(); i++) {
            List<String> row = new ArrayList<>(figures.rows().get(i));
            row.set(0, named.get(i));
            rows.add(row);
        }
        radar.show(options, new Figures(figures.headers(), rows), summary);
        radar.setNote(getTranslation("overview.radar.note", shown.quarter().get(), shown.assessed())
                + (place != null && shown.municipality().isEmpty() ? " " + getTranslation("overview.radar.not-assessed", place) : ""));
    }

    private static List<Double> rounded(List<Double> values) {
        return values.stream().map(v -> v == null ? null : Math.round(v * 100) / 100.0).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · Samspil";
    }

    /** YearMonth labels for a tile's months. */
    static String month(YearMonth month, DateTimeFormatter label) {
        return label.format(month);
    }
}
