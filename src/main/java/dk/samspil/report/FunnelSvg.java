package dk.samspil.report;

import java.util.ArrayList;
import java.util.List;

import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.FunnelPoint;
import dk.samspil.dashboard.IndicatorNotation;
import dk.samspil.statistics.FunnelLimits;

/**
 * The funnel plot as the Compare page draws it: the programme value, the adjusted 95 % (dashed)
 * and 99.8 % (solid) limits against case-months, one point per municipality; the ones beyond
 * 99.8 % in the signal colour and named, as is the reported municipality.
 */
final class FunnelSvg {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 250;
    private static final int LEFT = 58;
    private static final int RIGHT = 12;
    private static final int TOP = 22;
    private static final int BOTTOM = 34;

    private FunnelSvg() {
    }

    static String draw(FunnelComparison funnel, IndicatorNotation figure, Integer reported, ReportText text, String alternativeText) {
        Svg svg = new Svg(WIDTH, HEIGHT, alternativeText);
        if (funnel.isEmpty()) {
            svg.text(WIDTH / 2.0, HEIGHT / 2.0, text.text("report.chart.no-figures"), 12, "middle", Svg.MUTED);
            return svg.toString();
        }
        List<Double> ys = new ArrayList<>();
        funnel.points().forEach(point -> ys.add(figure.scaled(point.value())));
        funnel.limitCurves().forEach(limits -> {
            ys.add(figure.scaled(limits.limits998().lower()));
            ys.add(figure.scaled(limits.limits998().upper()));
        });
        double minX = funnel.limitCurves().getFirst().denominator();
        double maxX = funnel.limitCurves().getLast().denominator();
        Scale x = Scale.of(minX, maxX, LEFT, WIDTH - RIGHT);
        Scale y = Scale.of(ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), HEIGHT - BOTTOM, TOP);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(Math.min(3, figure.decimals()));
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - RIGHT, y.at(tick), Svg.GRID, 0.6, null);
            svg.text(LEFT - 6, y.at(tick) + 4, format.format(tick) + (figure.percent() ? " %" : ""), 10, "end", Svg.INK);
        }
        java.text.NumberFormat whole = java.text.NumberFormat.getIntegerInstance(text.locale());
        for (double tick : x.ticks()) {
            svg.text(x.at(tick), HEIGHT - BOTTOM + 14, whole.format(tick), 10, "middle", Svg.INK);
        }
        svg.text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 4, text.text("report.funnel.x-axis"), 10, "middle", Svg.INK);
        svg.line(x.at(minX), y.at(figure.scaled(funnel.target())), x.at(maxX), y.at(figure.scaled(funnel.target())),
                Svg.INK, 1.2, null);
        svg.polyline(curve(funnel.limitCurves(), x, y, figure, true, true), Svg.MUTED, 1, "5 3");
        svg.polyline(curve(funnel.limitCurves(), x, y, figure, true, false), Svg.MUTED, 1, "5 3");
        svg.polyline(curve(funnel.limitCurves(), x, y, figure, false, true), Svg.MUTED, 1.2, null);
        svg.polyline(curve(funnel.limitCurves(), x, y, figure, false, false), Svg.MUTED, 1.2, null);
        for (FunnelPoint point : funnel.points()) {
            double px = x.at(point.denominator());
            double py = y.at(figure.scaled(point.value()));
            boolean named = point.zone().different() || (reported != null && reported == point.municipalityCode());
            if (point.zone().different()) {
                svg.rect(px - 3.5, py - 3.5, 7, 7, Svg.SIGNAL);
            } else {
                svg.circle(px, py, 3, Svg.SERIES);
            }
            if (named) {
                svg.text(px + 6, py - 5, point.name(), 10, px > WIDTH - 120 ? "end" : "start", Svg.INK);
            }
        }
        svg.line(LEFT, 10, LEFT + 20, 10, Svg.INK, 1.2, null).text(LEFT + 26, 14, text.text("report.funnel.target"), 10,
                "start", Svg.INK);
        svg.line(LEFT + 150, 10, LEFT + 170, 10, Svg.MUTED, 1, "5 3").text(LEFT + 176, 14, "95 %", 10, "start", Svg.INK);
        svg.line(LEFT + 230, 10, LEFT + 250, 10, Svg.MUTED, 1.2, null).text(LEFT + 256, 14, "99,8 %".replace(",",
                text.tag().equals("en") ? "." : ","), 10, "start", Svg.INK);
        return svg.toString();
    }

    private static double[] curve(List<FunnelLimits> curves, Scale x, Scale y, IndicatorNotation figure, boolean inner, boolean upper) {
        double[] points = new double[curves.size() * 2];
        for (int i = 0; i < curves.size(); i++) {
            FunnelLimits limits = curves.get(i);
            var band = inner ? limits.limits95() : limits.limits998();
            points[2 * i] = x.at(limits.denominator());
            points[2 * i + 1] = y.at(figure.scaled(upper ? band.upper() : band.lower()));
        }
        return points;
    }
}
