package dk.samspil.base.chart;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * ApexCharts options for charts on a numeric x axis (a funnel plot: points at their denominator,
 * limit lines across). Each series says whether it is drawn as points or a line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record XYChartOptions(ChartOptions.Chart chart, List<XYSeries> series, Axis xaxis, Axis yaxis,
                             List<String> colors, Markers markers, Widths stroke, ChartOptions.Legend legend) {

    /** Points and lines over a numeric x axis, with axis titles. */
    public static XYChartOptions of(List<XYSeries> series, String xTitle, String yTitle, List<String> colors) {
        List<Integer> markerSizes = series.stream().map(s -> "scatter".equals(s.type()) ? 6 : 0).toList();
        List<Integer> widths = series.stream().map(s -> "scatter".equals(s.type()) ? 0 : 2).toList();
        return new XYChartOptions(new ChartOptions.Chart("line", 380, new ChartOptions.Toolbar(true),
                new ChartOptions.Animations(false), "Inter, sans-serif"), series,
                new Axis("numeric", new ChartOptions.AxisTitle(xTitle)), new Axis(null, new ChartOptions.AxisTitle(yTitle)),
                colors, new Markers(markerSizes), new Widths(widths), new ChartOptions.Legend("bottom"));
    }

    /** A named series of (x, y) points, drawn as {@code scatter} or {@code line}. */
    public record XYSeries(String name, String type, List<double[]> data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, ChartOptions.AxisTitle title) {
    }

    public record Markers(List<Integer> size) {
    }

    public record Widths(List<Integer> width) {
    }
}
