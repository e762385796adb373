package dk.samspil.report;

import java.util.List;

import dk.samspil.dashboard.CoreElementRadar;

/** The six core elements as paired horizontal bars (1–5): the programme's mean and, if chosen, the municipality's. */
final class CoreElementSvg {

    private static final int WIDTH = 640;
    private static final int LEFT = 40;
    private static final int RIGHT = 20;
    private static final int ROW = 30;
    private static final int TOP = 28;

    private CoreElementSvg() {
    }

    static String draw(CoreElementRadar radar, String scopeName, ReportText text, String alternativeText) {
        List<String> elements = CoreElementRadar.ELEMENTS;
        int height = TOP + elements.size() * ROW + 24;
        Svg svg = new Svg(WIDTH, height, alternativeText);
        Scale x = new Scale(0, 5, LEFT, WIDTH - RIGHT, 1);
        for (double tick : x.ticks()) {
            svg.line(x.at(tick), TOP - 4, x.at(tick), TOP + elements.size() * ROW, Svg.GRID, 0.6, null);
            svg.text(x.at(tick), TOP + elements.size() * ROW + 14, String.valueOf((int) tick), 10, "middle", Svg.INK);
        }
        boolean own = radar.municipality().isPresent();
        for (int i = 0; i < elements.size(); i++) {
            double y = TOP + i * ROW;
            svg.text(LEFT - 8, y + ROW / 2.0 + 4, elements.get(i), 11, "end", Svg.INK);
            Double programme = radar.programme().get(i);
            if (programme != null) {
                svg.rect(x.at(0), y + 4, x.at(programme) - x.at(0), own ? 10 : 18, Svg.MUTED);
            }
            if (own && radar.municipality().get().get(i) != null) {
                svg.rect(x.at(0), y + 15, x.at(radar.municipality().get().get(i)) - x.at(0), 10, Svg.SERIES);
            }
        }
        svg.rect(LEFT, 6, 10, 10, Svg.MUTED).text(LEFT + 14, 15, text.text("report.programme"), 10, "start", Svg.INK);
        if (own) {
            svg.rect(LEFT + 150, 6, 10, 10, Svg.SERIES).text(LEFT + 164, 15, scopeName, 10, "start", Svg.INK);
        }
        return svg.toString();
    }
}
