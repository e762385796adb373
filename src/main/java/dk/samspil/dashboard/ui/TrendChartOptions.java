package dk.samspil.dashboard.ui;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.samspil.base.chart.ApexOptions;
import dk.samspil.base.chart.ChartOptions;

/**
 * A month-by-month line chart whose lines differ in weight, dash and marker, not only in colour:
 * the programme dashed and black, the lead's own municipality thick. Built on a
 * {@link ChartOptions#categories} chart, whose series also give the figures table and CSV.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TrendChartOptions(ChartOptions.Chart chart, List<ChartOptions.Series> series, ChartOptions.XAxis xaxis,
                         ChartOptions.YAxis yaxis, List<String> colors, ChartOptions.DataLabels dataLabels,
                         Stroke stroke, Markers markers, ChartOptions.Legend legend) implements ApexOptions {

    static TrendChartOptions of(ChartOptions lines, List<Integer> widths, List<Integer> dashes, List<Integer> sizes,
                                List<String> shapes) {
        return new TrendChartOptions(lines.chart(), lines.series(), lines.xaxis(),
                lines.yaxis(), lines.colors(), lines.dataLabels(),
                new Stroke(widths, dashes, "straight"), new Markers(sizes, shapes), lines.legend());
    }

    /** Straight lines: a smoothed line would draw months that were never measured. */
    record Stroke(List<Integer> width, List<Integer> dashArray, String curve) {
    }

    record Markers(List<Integer> size, List<String> shape) {
    }
}
