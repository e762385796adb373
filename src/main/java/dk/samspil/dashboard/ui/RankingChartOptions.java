package dk.samspil.dashboard.ui;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.base.chart.ApexOptions;
import dk.samspil.base.chart.ChartOptions;

/**
 * ApexCharts options for a ranking with intervals: one horizontal bar per municipality from the
 * lower to the upper limit of its 95 % interval, a dark tick at its figure (a "goal" in ApexCharts'
 * words) and a vertical line at the programme's value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RankingChartOptions(ChartOptions.Chart chart, PlotOptions plotOptions, List<RangeSeries> series,
                           List<String> colors, ChartOptions.DataLabels dataLabels, ValueAxis xaxis,
                           Annotations annotations, ChartOptions.Legend legend) implements ApexOptions {

    /** @param decimals how many decimals the value axis writes (rates need more than per cent) */
    static RankingChartOptions of(List<Range> ranges, String seriesName, String valueTitle, int decimals,
                                  String colour, double programme, String programmeLabel) {
        int height = 90 + 26 * ranges.size();
        return new RankingChartOptions(new ChartOptions.Chart("rangeBar", height, new ChartOptions.Toolbar(true),
                new ChartOptions.Animations(false), "Inter, sans-serif"), new PlotOptions(new Bar(true, "55%")),
                List.of(new RangeSeries(seriesName, ranges)), List.of(colour), new ChartOptions.DataLabels(false),
                new ValueAxis(new ChartOptions.AxisTitle(valueTitle), decimals),
                new Annotations(List.of(new Line(programme, "#000000", 0,
                        new LineLabel(programmeLabel, "#000000", "top", "horizontal", new LabelStyle("#ffffff", "#000000"))))),
                new ChartOptions.Legend("bottom"));
    }

    record PlotOptions(Bar bar) {
    }

    record Bar(boolean horizontal, String barHeight) {
    }

    record RangeSeries(String name, List<Range> data) {
    }

    /** One municipality: its interval, its own colour where it stands out, and its figure as a tick. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Range(String x, double[] y, String fillColor, List<Goal> goals) {
    }

    record Goal(String name, double value, int strokeWidth, int strokeHeight, String strokeColor) {
    }

    record ValueAxis(ChartOptions.AxisTitle title, int decimalsInFloat) {
    }

    record Annotations(List<Line> xaxis) {
    }

    record Line(double x, String borderColor, int strokeDashArray, LineLabel label) {
    }

    record LineLabel(String text, String borderColor, String position, String orientation, LabelStyle style) {
    }

    record LabelStyle(String color, String background) {
    }
}
