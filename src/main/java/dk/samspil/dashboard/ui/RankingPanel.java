package dk.samspil.dashboard.ui;

import java.util.List;

import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.FunnelPoint;

/**
 * The ranking with the funnel's 95 % limits, widened for over-dispersion like the funnel's (decision
 * 0007), carried to each municipality's figure: a bar misses the programme's line exactly when the
 * funnel puts the municipality outside its 95 % limits, so the two charts cannot disagree (issue 12,
 * defect 3). The plain intervals (Wilson, exact Poisson or t) stay in the table, named as such. The lead's own municipality is
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
                        new double[] {format.scaled(p.funnelInterval().lower()), format.scaled(p.funnelInterval().upper())},
                        p.own() ? OWN : null,
                        List.of(new RankingChartOptions.Goal(figure, format.scaled(p.value()), 3, 14, TICK))))
                .toList();
        RankingChartOptions options = RankingChartOptions.of(ranges, getTranslation("compare.interval"),
                getTranslation(format.unitKey()), format.axisDecimals(), INTERVAL, format.scaled(comparison.target()),
                getTranslation("compare.target"));
        CompareSummary summary = new CompareSummary((key, parameters) -> getTranslation(key, parameters), format);
        show(options, figures(comparison, format), summary.ranking(comparison));
        setNote(getTranslation("compare.ranking.note") + " " + getTranslation("compare.ranking.note." + comparison.indicator().kind()));
    }

    private String label(FunnelPoint point) {
        return point.own() ? getTranslation("compare.own.named", point.name()) : point.name();
    }

    private Figures figures(FunnelComparison comparison, IndicatorFormat format) {
        List<String> headers = List.of(getTranslation("compare.rank"), getTranslation("outcomes.municipality"),
                IndicatorText.name(this, comparison.indicator()), getTranslation("compare.funnel-interval.lower"),
                getTranslation("compare.funnel-interval.upper"), getTranslation("compare.interval.lower"),
                getTranslation("compare.interval.upper"), getTranslation("compare.case-months"));
        List<FunnelPoint> points = comparison.points();
        List<List<String>> rows = java.util.stream.IntStream.range(0, points.size()).mapToObj(i -> List.of(
                String.valueOf(i + 1), label(points.get(i)), format.text(points.get(i).value()),
                format.text(points.get(i).funnelInterval().lower()), format.text(points.get(i).funnelInterval().upper()),
                format.text(points.get(i).interval().lower()), format.text(points.get(i).interval().upper()),
                String.valueOf(points.get(i).denominator()))).toList();
        return new Figures(headers, rows);
    }
}
