package dk.samspil.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.base.chart.XYChartOptions.PointLabel;
import dk.samspil.base.chart.XYChartOptions.XYSeries;
import dk.samspil.base.chart.XYChartOptions;
import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.FunnelPoint;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.statistics.FunnelLimits;

/**
 * The funnel plot: each municipality's figure against its case-months, the programme's value, and
 * the 95 % and 99.8 % limits widened for over-dispersion. The lead's own municipality is a larger
 * square with its name; municipalities outside 99.8 % are named too, so nothing rests on colour.
 */
class FunnelPanel extends ChartPanel {

    /** Okabe–Ito: municipalities, own municipality, programme, 95 % (two lines), 99.8 % (two lines). */
    private static final String OTHERS = "#0072B2";
    private static final String OWN = "#D55E00";
    private static final List<String> LINES = List.of("#000000", "#009E73", "#009E73", "#CC79A7", "#CC79A7");

    FunnelPanel(String title) {
        super(title, "compare-funnel");
        setChartHeight(420);
    }

    void show(FunnelComparison comparison, IndicatorFormat format) {
        List<XYSeries> series = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<double[]> others = points(comparison, format, false);
        List<double[]> own = points(comparison, format, true);
        series.add(new XYSeries(getTranslation("compare.municipalities"), "scatter", others));
        colours.add(OTHERS);
        comparison.points().stream().filter(FunnelPoint::own).findFirst().ifPresent(p -> {
            series.add(new XYSeries(getTranslation("compare.own.named", p.name()), "scatter", own));
            colours.add(OWN);
        });
        int scatters = series.size();
        series.add(curve(getTranslation("compare.target"), comparison, l -> comparison.target(), format));
        series.add(curve(getTranslation("compare.limit95.upper"), comparison, l -> l.limits95().upper(), format));
        series.add(curve(getTranslation("compare.limit95.lower"), comparison, l -> l.limits95().lower(), format));
        series.add(curve(getTranslation("compare.limit998.upper"), comparison, l -> l.limits998().upper(), format));
        series.add(curve(getTranslation("compare.limit998.lower"), comparison, l -> l.limits998().lower(), format));
        colours.addAll(LINES);
        List<Integer> widths = new ArrayList<>(List.of(0, 0).subList(0, scatters));
        widths.addAll(List.of(2, 2, 2, 2, 2));
        List<Integer> dashes = new ArrayList<>(List.of(0, 0).subList(0, scatters));
        dashes.addAll(List.of(0, 6, 6, 2, 2));
        List<Integer> sizes = new ArrayList<>(List.of(6, 9).subList(0, scatters));
        sizes.addAll(List.of(0, 0, 0, 0, 0));
        List<String> shapes = new ArrayList<>(List.of("circle", "square").subList(0, scatters));
        shapes.addAll(List.of("circle", "circle", "circle", "circle", "circle"));
        XYChartOptions options = XYChartOptions.of(series, getTranslation("compare.case-months"),
                        getTranslation(format.unitKey()), colours)
                .withLines(widths, dashes).withMarkers(sizes, shapes).withPointLabels(labels(comparison, format));
        CompareSummary summary = new CompareSummary((key, parameters) -> getTranslation(key, parameters), format);
        show(options, figures(comparison, format), summary.funnel(comparison));
        // the worked example: the own municipality, else the one resting on the most case-months
        comparison.points().stream().filter(FunnelPoint::own).findFirst()
                .or(() -> comparison.points().stream().max(java.util.Comparator.comparingLong(FunnelPoint::denominator)))
                .ifPresent(p -> setHowToRead(getTranslation("guide.funnel", p.name(), format.withUnit(p.value()),
                        p.denominator(), getTranslation("guide.funnel." + p.zone()))));
        setNote(summary.dependence(comparison));
    }

    private static List<double[]> points(FunnelComparison comparison, IndicatorFormat format, boolean own) {
        return comparison.points().stream().filter(p -> p.own() == own)
                .map(p -> new double[] {p.denominator(), format.scaled(p.value())}).toList();
    }

    private static XYSeries curve(String name, FunnelComparison comparison, ToDoubleFunction<FunnelLimits> limit,
                                  IndicatorFormat format) {
        return new XYSeries(name, "line", comparison.limitCurves().stream()
                .map(l -> new double[] {Math.round(l.denominator()), format.scaled(limit.applyAsDouble(l))}).toList());
    }

    /** The own municipality and every municipality outside 99.8 % carry their name. */
    private List<PointLabel> labels(FunnelComparison comparison, IndicatorFormat format) {
        return comparison.points().stream().filter(p -> p.own() || p.zone().different())
                .map(p -> PointLabel.of(p.denominator(), format.scaled(p.value()),
                        p.own() ? getTranslation("compare.own.named", p.name()) : p.name(), p.own() ? OWN : "#000000"))
                .toList();
    }

    /** One row per municipality; the count column only where the figure is a count (not for a mean score). */
    private Figures figures(FunnelComparison comparison, IndicatorFormat format) {
        boolean counts = comparison.indicator().kind() != OutcomeIndicator.Kind.MEAN;
        List<String> headers = new ArrayList<>(List.of(getTranslation("outcomes.municipality"),
                IndicatorText.name(this, comparison.indicator()), getTranslation("compare.case-months")));
        if (counts) {
            headers.add(getTranslation("compare.events"));
        }
        headers.addAll(List.of(getTranslation("compare.zone"),
                getTranslation("compare.limit95.lower"), getTranslation("compare.limit95.upper"),
                getTranslation("compare.limit998.lower"), getTranslation("compare.limit998.upper")));
        List<List<String>> rows = comparison.points().stream().map(p -> {
            List<String> row = new ArrayList<>(List.of(p.own() ? getTranslation("compare.own.named", p.name()) : p.name(),
                    format.text(p.value()), String.valueOf(p.denominator())));
            if (counts) {
                row.add(events(p));
            }
            row.addAll(List.of(getTranslation("compare.zone." + p.zone()),
                    format.text(p.limits().limits95().lower()), format.text(p.limits().limits95().upper()),
                    format.text(p.limits().limits998().lower()), format.text(p.limits().limits998().upper())));
            return row;
        }).toList();
        return new Figures(headers, rows);
    }

    /** The count, or "< 5" where the small-cell rule withholds it (STATISTICS.md). */
    private String events(FunnelPoint point) {
        return point.events().isPresent() ? String.valueOf(point.events().getAsLong())
                : getTranslation("compare.small-cell");
    }
}
