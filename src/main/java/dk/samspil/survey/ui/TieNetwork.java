package dk.samspil.survey.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Svg;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.Tie;

/**
 * The relational-coordination network drawn as it is usually drawn: the sectors on a circle, an
 * arrow from each answering sector to the sector it rated, darker and wider the stronger the tie
 * (a colour-blind-safe sequential scale, ColorBrewer YlGnBu, with a legend). Built on the server as
 * plain SVG; a hidden tie is not drawn. The matrix table beside it is its text alternative.
 */
class TieNetwork extends Svg {

    static final List<String> COLOURS = List.of("#a1dab4", "#41b6c4", "#2c7fb8", "#253494", "#081d58");
    /** Lower bounds of the colour bins on the RC scale 1–5. */
    static final List<Double> BINS = List.of(1.0, 2.5, 3.0, 3.5, 4.0);
    private static final double CX = 345;
    private static final double CY = 215;
    private static final double RADIUS = 150;
    private static final double NODE = 11;

    String markup = "";

    TieNetwork() {
        getElement().getClassList().add("tie-network");
    }

    void show(List<Tie> ties, Function<Sector, String> names, String label, Locale locale) {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 690 470' ")
                .append("width='100%' style='max-width:690px' role='img' aria-label='").append(escape(label))
                .append("'><defs>");
        for (int bin = 0; bin < COLOURS.size(); bin++) {
            svg.append("<marker id='samspil-tie-").append(bin).append("' viewBox='0 0 10 10' refX='8' refY='5' ")
                    .append("markerWidth='4' markerHeight='4' orient='auto'><path d='M0,0 L10,5 L0,10 z' fill='")
                    .append(COLOURS.get(bin)).append("'/></marker>");
        }
        svg.append("</defs>");
        ties.stream().filter(tie -> tie.score().mean() != null).forEach(tie -> arrow(svg, tie));
        for (Sector sector : Sector.values()) {
            double[] at = position(sector);
            boolean left = at[0] < CX - 1;
            double dx = left ? -(NODE + 6) : NODE + 6;
            svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='%.1f' fill='#0b5c73'/>", at[0], at[1], NODE))
                    .append(String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' font-size='13' fill='#1f2933' text-anchor='%s' "
                            + "dominant-baseline='middle'>%s</text>", at[0] + dx, at[1], left ? "end" : "start",
                            escape(names.apply(sector))));
        }
        legend(svg, locale);
        markup = svg.append("</svg>").toString();
        setSvg(markup);
    }

    /** A curve bent to its right, so the two directions of a pair of sectors stay apart. */
    private static void arrow(StringBuilder svg, Tie tie) {
        double[] from = position(tie.from());
        double[] to = position(tie.to());
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        double sx = from[0] + ux * (NODE + 3);
        double sy = from[1] + uy * (NODE + 3);
        double ex = to[0] - ux * (NODE + 5);
        double ey = to[1] - uy * (NODE + 5);
        double bend = 0.12 * length;
        double qx = (sx + ex) / 2 - uy * bend;
        double qy = (sy + ey) / 2 + ux * bend;
        int bin = bin(tie.score().mean());
        svg.append(String.format(Locale.ROOT, "<path d='M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f' fill='none' stroke='%s' "
                        + "stroke-width='%d' marker-end='url(#samspil-tie-%d)'/>", sx, sy, qx, qy, ex, ey,
                COLOURS.get(bin), 2 + bin, bin));
    }

    private void legend(StringBuilder svg, Locale locale) {
        svg.append("<text x='10' y='392' font-size='13' fill='#1f2933'>").append(escape(getTranslation("culture.network.legend")))
                .append("</text>");
        for (int bin = 0; bin < COLOURS.size(); bin++) {
            String range = bin == 0 ? "< " + decimal(BINS.get(1), locale)
                    : bin == COLOURS.size() - 1 ? "≥ " + decimal(BINS.get(bin), locale)
                    : decimal(BINS.get(bin), locale) + "–" + decimal(BINS.get(bin + 1), locale);
            double x = 10 + bin * 105;
            svg.append(String.format(Locale.ROOT, "<line x1='%.0f' y1='412' x2='%.0f' y2='412' stroke='%s' stroke-width='%d'/>",
                            x, x + 30, COLOURS.get(bin), 2 + bin))
                    .append(String.format(Locale.ROOT, "<text x='%.0f' y='416' font-size='13' fill='#1f2933'>%s</text>",
                            x + 36, escape(range)));
        }
        svg.append("<text x='10' y='448' font-size='12' fill='#52606d'>").append(escape(getTranslation("culture.network.hidden")))
                .append("</text>");
    }

    static int bin(double mean) {
        int bin = 0;
        while (bin + 1 < BINS.size() && mean >= BINS.get(bin + 1)) {
            bin++;
        }
        return bin;
    }

    /** Sectors clockwise from the top, in the glossary's order. */
    private static double[] position(Sector sector) {
        double angle = 2 * Math.PI * sector.ordinal() / Sector.values().length - Math.PI / 2;
        return new double[] {CX + RADIUS * Math.cos(angle), CY + RADIUS * Math.sin(angle)};
    }

    private static String decimal(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
