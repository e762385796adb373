package dk.samspil.base.chart;

/**
 * ApexCharts options as a typed record, serialised one to one to the JSON ApexCharts reads. The
 * shared {@link ChartOptions} and {@link XYChartOptions} cover most charts; a page with a chart
 * of its own kind (a ranking with intervals) writes its own record.
 */
public interface ApexOptions {
}
