package dk.samspil.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.dashboard.ControlSeries;
import dk.samspil.statistics.ControlPoint;

/**
 * A P or U chart (STATISTICS.md): the figure month by month with its centre line and 3-sigma
 * limits, which widen where the month rests on fewer cases, and the months beyond them in words.
 */
class ControlChartPanel extends ChartPanel {

    private static final String GREY = "#6b6b6b";

    private final String colour;
    private final String limitColour;

    ControlChartPanel(String title, String fileName, String colour, String limitColour) {
        super(title, fileName);
        this.colour = colour;
        this.limitColour = limitColour;
    }

    /**
     * Draws the chart; {@code summary} makes the text alternative from the reading.
     *
     * @return the reading: within the limits, or the months outside them
     */
    String show(ControlSeries series, List<String> axis, String name, IndicatorFormat format,
                UnaryOperator<String> summary) {
        List<Double> values = series.points().stream().map(p -> p == null ? null : format.scaled(p.value())).toList();
        List<Double> centre = series.points().stream().map(p -> format.scaled(series.centre())).toList();
        List<Double> upper = series.points().stream().map(p -> p == null ? null : format.scaled(p.limits().upper()))
                .toList();
        List<Double> lower = series.points().stream().map(p -> p == null ? null : format.scaled(p.limits().lower()))
                .toList();
        ChartOptions options = ChartOptions.categories("line", axis, List.of(new ChartOptions.Series(name, values),
                        new ChartOptions.Series(getTranslation("chart.centre-line"), centre),
                        new ChartOptions.Series(getTranslation("chart.upper-limit"), upper),
                        new ChartOptions.Series(getTranslation("chart.lower-limit"), lower)),
                getTranslation(format.unitKey()), List.of(colour, GREY, limitColour, limitColour));
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            ControlPoint point = series.points().get(i);
            if (point != null && point.outsideLimits()) {
                outside.add(axis.get(i));
            }
        }
        String reading = outside.isEmpty() ? getTranslation("chart.p-chart.within")
                : getTranslation("chart.p-chart.outside", String.join(", ", outside));
        show(options, Figures.of(getTranslation("outcomes.month"), options, format::scaledText), summary.apply(reading));
        setHowToRead(howToRead(series, axis, format));
        return reading;
    }

    /** The guide, worked on the newest month with a figure: its value against that month's own limits. */
    private String howToRead(ControlSeries series, List<String> axis, IndicatorFormat format) {
        for (int i = series.points().size() - 1; i >= 0; i--) {
            ControlPoint point = series.points().get(i);
            if (point != null) {
                return getTranslation("guide.control-chart", format.text(series.centre()), axis.get(i),
                        format.text(point.value()), format.text(point.limits().lower()), format.text(point.limits().upper()),
                        getTranslation(point.outsideLimits() ? "guide.control-chart.outside" : "guide.control-chart.inside"));
            }
        }
        return "";
    }
}
