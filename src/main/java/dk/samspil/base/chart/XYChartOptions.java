package dk.samspil.base.chart;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * ApexCharts options for charts on a numeric x axis (a funnel plot: points at their denominator,
 * limit lines across). Each series says whether it is drawn as points or a line; lines may differ in
 * weight and dash, markers in size and shape, and single points may carry a label, so that nothing
 * is told by colour alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record XYChartOptions(ChartOptions.Chart chart, List<XYSeries> series, Axis xaxis, Axis yaxis,
                             List<String> colors, Markers markers, Widths stroke, ChartOptions.Legend legend,
                             Annotations annotations) implements ApexOptions {

    /** Points and lines over a numeric x axis, with axis titles. */
    public static XYChartOptions of(List<XYSeries> series, String xTitle, String yTitle, List<String> colors) {
        List<Integer> markerSizes = series.stream().map(s -> "scatter".equals(s.type()) ? 6 : 0).toList();
        List<Integer> widths = series.stream().map(s -> "scatter".equals(s.type()) ? 0 : 2).toList();
        return new XYChartOptions(new ChartOptions.Chart("line", 380, new ChartOptions.Toolbar(true),
                new ChartOptions.Animations(false), "Inter, sans-serif"), series,
                new Axis("numeric", new ChartOptions.AxisTitle(xTitle)), new Axis(null, new ChartOptions.AxisTitle(yTitle)),
                colors, new Markers(markerSizes, null), new Widths(widths, null), new ChartOptions.Legend("bottom"), null);
    }

    /** The same chart with a line width and dash length (0: solid) per series. */
    public XYChartOptions withLines(List<Integer> widths, List<Integer> dashes) {
        return new XYChartOptions(chart, series, xaxis, yaxis, colors, markers, new Widths(widths, dashes), legend,
                annotations);
    }

    /** The same chart with a marker size and shape ({@code circle}, {@code square}, …) per series. */
    public XYChartOptions withMarkers(List<Integer> sizes, List<String> shapes) {
        return new XYChartOptions(chart, series, xaxis, yaxis, colors, new Markers(sizes, shapes), stroke, legend,
                annotations);
    }

    /** The same chart with labelled points (a name beside a highlighted point). */
    public XYChartOptions withPointLabels(List<PointLabel> points) {
        return new XYChartOptions(chart, series, xaxis, yaxis, colors, markers, stroke, legend,
                new Annotations(points));
    }

    /** A named series of (x, y) points, drawn as {@code scatter} or {@code line}. */
    public record XYSeries(String name, String type, List<double[]> data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, ChartOptions.AxisTitle title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Markers(List<Integer> size, List<String> shape) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Widths(List<Integer> width, List<Integer> dashArray) {
    }

    public record Annotations(List<PointLabel> points) {
    }

    /** A point drawn with a ringed marker and a text label, as ApexCharts' point annotation. */
    public record PointLabel(double x, double y, PointMarker marker, Label label) {

        public static PointLabel of(double x, double y, String text, String colour) {
            return new PointLabel(x, y, new PointMarker(10, "transparent", colour, 2),
                    new Label(text, colour, new LabelStyle("#ffffff", colour)));
        }
    }

    public record PointMarker(int size, String fillColor, String strokeColor, int strokeWidth) {
    }

    public record Label(String text, String borderColor, LabelStyle style) {
    }

    public record LabelStyle(String color, String background) {
    }
}
