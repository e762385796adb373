package dk.samspil.base.chart;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The subset of ApexCharts options Samspil uses, named as ApexCharts names them so they serialise
 * one to one. Absent (null) options are left out and keep ApexCharts' defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(Chart chart, List<Series> series, XAxis xaxis, YAxis yaxis, List<String> colors,
                           DataLabels dataLabels, Stroke stroke, Legend legend, String noDataText,
                           PlotOptions plotOptions, Annotations annotations) implements ApexOptions {

    public ChartOptions(Chart chart, List<Series> series, XAxis xaxis, YAxis yaxis, List<String> colors,
                        DataLabels dataLabels, Stroke stroke, Legend legend, String noDataText, PlotOptions plotOptions) {
        this(chart, series, xaxis, yaxis, colors, dataLabels, stroke, legend, noDataText, plotOptions, null);
    }

    /**
     * The same chart with a vertical line at each of these categories, labelled (an improvement
     * action's start month on a run chart). ApexCharts draws them itself: no front-end change.
     */
    public ChartOptions withMarkers(List<Marker> markers) {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, dataLabels, stroke, legend, noDataText,
                plotOptions, markers.isEmpty() ? null : new Annotations(java.util.stream.IntStream.range(0, markers.size())
                        .mapToObj(i -> new XAnnotation(markers.get(i).category(), markers.get(i).colour(), 4,
                                // every other label a line lower, so neighbouring actions' labels do not cover each other
                                new AnnotationLabel(markers.get(i).label(), markers.get(i).colour(),
                                        new LabelStyle("#ffffff", markers.get(i).colour()), "horizontal", i % 2 * 22)))
                        .toList()));
    }

    /** A labelled vertical line at a category. */
    public record Marker(String category, String label, String colour) {
    }

    public record Annotations(List<XAnnotation> xaxis) {
    }

    public record XAnnotation(String x, String borderColor, Integer strokeDashArray, AnnotationLabel label) {
    }

    public record AnnotationLabel(String text, String borderColor, LabelStyle style, String orientation, int offsetY) {
    }

    public record LabelStyle(String color, String background) {
    }

    /** A column or line chart of one or more series over category labels (e.g. months). */
    public static ChartOptions categories(String type, List<String> categories, List<Series> series,
                                          String yTitle, List<String> colors) {
        return new ChartOptions(new Chart(type, 320, new Toolbar(true), new Animations(false), "Inter, sans-serif"),
                series, new XAxis(categories, null), new YAxis(new AxisTitle(yTitle), 0, true), colors,
                new DataLabels(false), new Stroke(2), new Legend("bottom"), null, null);
    }

    /**
     * The same chart as horizontal bars stacked to 100 % (a Likert item's answers as shares of
     * its respondents); the series hold counts, ApexCharts computes the shares.
     */
    public ChartOptions stackedTo100() {
        return new ChartOptions(new Chart("bar", chart.height(), chart.toolbar(), chart.animations(),
                chart.fontFamily(), true, "100%"), series, xaxis, yaxis, colors, dataLabels, new Stroke(0), legend,
                noDataText, new PlotOptions(new Bar(true)));
    }

    /**
     * The same chart on a fixed scale, one tick per whole step (a 1–5 rating drawn from 1 to 5, so
     * a 4 is not mistaken for the top of the scale).
     */
    public ChartOptions onScale(int from, int to) {
        return new ChartOptions(chart, series, xaxis, new YAxis(yaxis == null ? null : yaxis.title(), from, false, to,
                to - from), colors, dataLabels, stroke, legend, noDataText, plotOptions);
    }

    /** The same chart with each figure written on it (a heatmap's cells). */
    public ChartOptions withDataLabels() {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, new DataLabels(true), stroke, legend, noDataText,
                plotOptions);
    }

    /**
     * A tile's miniature run chart: no axes, no toolbar (its figures are exported with the tiles'),
     * the series and its median only.
     */
    public static ChartOptions sparkline(List<Series> series, List<String> categories, List<String> colors) {
        return new ChartOptions(new Chart("line", 60, new Toolbar(false), new Animations(false), "Inter, sans-serif",
                null, null, new Sparkline(true)), series, new XAxis(categories, null), null, colors, new DataLabels(false),
                new Stroke(2), null, null, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chart(String type, Integer height, Toolbar toolbar, Animations animations, String fontFamily,
                        Boolean stacked, String stackType, Sparkline sparkline) {

        public Chart(String type, Integer height, Toolbar toolbar, Animations animations, String fontFamily) {
            this(type, height, toolbar, animations, fontFamily, null, null, null);
        }

        public Chart(String type, Integer height, Toolbar toolbar, Animations animations, String fontFamily,
                     Boolean stacked, String stackType) {
            this(type, height, toolbar, animations, fontFamily, stacked, stackType, null);
        }
    }

    public record Sparkline(boolean enabled) {
    }

    public record PlotOptions(Bar bar) {
    }

    public record Bar(boolean horizontal) {
    }

    public record Toolbar(boolean show) {
    }

    public record Animations(boolean enabled) {
    }

    /** One named series; values may be null where there is no figure for a category. */
    public record Series(String name, List<? extends Number> data) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record XAxis(List<String> categories, AxisTitle title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YAxis(AxisTitle title, Number min, Boolean forceNiceScale, Number max, Integer tickAmount) {

        public YAxis(AxisTitle title, Number min, Boolean forceNiceScale) {
            this(title, min, forceNiceScale, null, null);
        }
    }

    public record AxisTitle(String text) {
    }

    public record DataLabels(boolean enabled) {
    }

    public record Stroke(int width) {
    }

    public record Legend(String position) {
    }
}
