package dk.samspil.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import dk.samspil.dashboard.IndicatorNotation;
import dk.samspil.statistics.Run;
import dk.samspil.statistics.RunChartAnalysis;

/**
 * An indicator's run chart: the series, its median dashed, and the points of the runs that broke
 * the Anhøj rules larger and in the signal colour, as the Outcomes page marks them.
 */
final class RunChartSvg {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 210;
    private static final int LEFT = 58;
    private static final int RIGHT = 12;
    private static final int TOP = 22;
    private static final int BOTTOM = 30;

    private RunChartSvg() {
    }

    static String draw(IndicatorChart chart, ReportText text, String alternativeText) {
        Svg svg = new Svg(WIDTH, HEIGHT, alternativeText);
        List<Double> scaled = chart.values().stream().map(v -> v == null ? null : chart.figure().scaled(v)).toList();
        List<Double> present = scaled.stream().filter(Objects::nonNull).toList();
        int count = chart.periods().size();
        if (present.isEmpty() || count == 0) {
            svg.text(WIDTH / 2.0, HEIGHT / 2.0, text.text("report.chart.no-figures"), 12, "middle", Svg.MUTED);
            return svg.toString();
        }
        double median = chart.figure().scaled(chart.median());
        double min = Math.min(median, present.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        double max = Math.max(median, present.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        Scale y = Scale.of(chart.figure().percent() ? Math.max(0, min) : min, max, HEIGHT - BOTTOM, TOP);
        double step = count == 1 ? 0 : (WIDTH - LEFT - RIGHT) / (double) (count - 1);
        java.util.function.IntToDoubleFunction x = i -> count == 1 ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + i * step;
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - RIGHT, y.at(tick), Svg.GRID, 0.6, null);
            svg.text(LEFT - 6, y.at(tick) + 4, tickLabel(chart.figure(), tick, text), 10, "end", Svg.INK);
        }
        int every = Math.max(1, (int) Math.ceil(count / 8.0));
        for (int i = 0; i < count; i += every) {
            svg.text(x.applyAsDouble(i), HEIGHT - BOTTOM + 16, label(chart.periods().get(i), text), 10, "middle", Svg.INK);
        }
        svg.line(LEFT, y.at(median), WIDTH - RIGHT, y.at(median), Svg.MUTED, 1.2, "6 4");
        List<Double> segment = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            Double value = i < count ? scaled.get(i) : null;
            if (value == null) {
                svg.polyline(segment.stream().mapToDouble(Double::doubleValue).toArray(), Svg.SERIES, 1.6, null);
                segment.clear();
            } else {
                segment.add(x.applyAsDouble(i));
                segment.add(y.at(value));
            }
        }
        Set<Integer> signals = signalPoints(chart);
        for (int i = 0; i < count; i++) {
            if (scaled.get(i) != null) {
                if (signals.contains(i)) {
                    svg.rect(x.applyAsDouble(i) - 3.5, y.at(scaled.get(i)) - 3.5, 7, 7, Svg.SIGNAL);
                } else {
                    svg.circle(x.applyAsDouble(i), y.at(scaled.get(i)), 2.6, Svg.SERIES);
                }
            }
        }
        legend(svg, text, !signals.isEmpty());
        return svg.toString();
    }

    /** The useful points of the runs that broke the rules, as OutcomeStatistics picks them for the page. */
    static Set<Integer> signalPoints(IndicatorChart chart) {
        Set<Integer> points = new HashSet<>();
        RunChartAnalysis analysis = chart.analysis().orElse(null);
        if (analysis == null || !analysis.signal()) {
            return points;
        }
        List<Run> runs = analysis.unusuallyLongRun() ? analysis.longRuns()
                : analysis.signalStart().stream().boxed().flatMap(start -> analysis.runs().stream()
                        .filter(run -> run.firstIndex() == start)).toList();
        runs.forEach(run -> IntStream.rangeClosed(run.firstIndex(), run.lastIndex())
                .filter(i -> chart.values().get(i) != null && chart.values().get(i) != analysis.centreLine())
                .forEach(points::add));
        return points;
    }

    private static void legend(Svg svg, ReportText text, boolean signal) {
        double x = LEFT;
        svg.circle(x + 4, 10, 2.6, Svg.SERIES).text(x + 12, 14, text.text("report.chart.value"), 10, "start", Svg.INK);
        svg.line(x + 90, 10, x + 110, 10, Svg.MUTED, 1.2, "6 4").text(x + 116, 14, text.text("report.chart.median"), 10,
                "start", Svg.INK);
        if (signal) {
            svg.rect(x + 190, 6.5, 7, 7, Svg.SIGNAL).text(x + 202, 14, text.text("report.chart.signal"), 10, "start", Svg.INK);
        }
    }

    private static String label(YearMonth month, ReportText text) {
        return text.monthShort(month) + " " + String.valueOf(month.getYear()).substring(2);
    }

    private static String tickLabel(IndicatorNotation figure, double tick, ReportText text) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(Math.max(0, Math.min(3, figure.decimals())));
        return format.format(tick) + (figure.percent() ? " %" : "");
    }
}
