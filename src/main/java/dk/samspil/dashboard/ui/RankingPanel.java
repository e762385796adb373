package dk.samspil.dashboard.ui;

import java.util.List;

import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.FunnelPoint;

/**
 * The ranking with 95 % intervals (Wilson, exact Poisson or t, by the indicator's kind): the
 * intervals show how little the order means where they overlap. The lead's own municipality is
 * named as such and drawn in its own colour.
 */
class RankingPanel extends ChartPanel {

    private static final String INTERVAL = "#56B4E9";
    private static final String OWN = "#D55E00";
    private static final String TICK = "#000000";

    RankingPanel(String title) {
        super(title, "compare-ranking");
        chart.setHeight("auto");
    }

    void show(FunnelComparison comparison, IndicatorFormat format) {
        String figure = getTranslation("compare.figure");
        List<RankingChartOptions.Range> ranges = comparison.points().stream()
                .map(p -> new RankingChartOptions.Range(label(p),
                        new double[] {format.scaled(p.interval().lower()), format.scaled(p.interval().upper())},
                        p.own() ? OWN : null,
                        List.of(new RankingChartOptions.Goal(figure, format.scaled(p.value()), 3, 14, TICK))))
                .toList();
        RankingChartOptions options = RankingChartOptions.of(ranges, getTranslation("compare.interval"),
                getTranslation(format.unitKey()), format.axisDecimals(), INTERVAL, format.scaled(comparison.target()),
                getTranslation("compare.target"));
        CompareSummary summary = new CompareSummary((key, parameters) -> getTranslation(key, parameters), format);
        show(options, figures(comparison, format), summary.ranking(comparison));
        setNote(getTranslation("compare.ranking.note." + comparison.indicator().kind()));
    }

    private String label(FunnelPoint point) {
        return point.own() ? getTranslation("compare.own.named", point.name()) : point.name();
    }

    private Figures figures(FunnelComparison comparison, IndicatorFormat format) {
        List<String> headers = List.of(getTranslation("compare.rank"), getTranslation("outcomes.municipality"),
                getTranslation("outcomes.indicator." + comparison.indicator()), getTranslation("compare.interval.lower"),
                getTranslation("compare.interval.upper"), getTranslation("compare.case-months"));
        List<FunnelPoint> points = comparison.points();
        List<List<String>> rows = java.util.stream.IntStream.range(0, points.size()).mapToObj(i -> List.of(
                String.valueOf(i + 1), label(points.get(i)), format.text(points.get(i).value()),
                format.text(points.get(i).interval().lower()), format.text(points.get(i).interval().upper()),
                String.valueOf(points.get(i).denominator()))).toList();
        return new Figures(headers, rows);
    }
}
