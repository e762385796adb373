package dk.samspil.report;

import java.util.Locale;

/**
 * A small SVG writer for the report's charts: elements appended as text, numbers written with a
 * point whatever the language, text escaped. The chart classes say what to draw; this only how.
 */
final class Svg {

    static final String FONT = "DejaVu Sans, sans-serif";
    static final String INK = "#1f1f1f";
    static final String GRID = "#d0d0d0";
    static final String SERIES = "#1a5fb4";
    /** Dark orange on white: 4.6:1, and told apart from the blue by shape (a larger, square point) too. */
    static final String SIGNAL = "#b54700";
    static final String MUTED = "#5e5e5e";

    private final StringBuilder out = new StringBuilder();
    private final int width;
    private final int height;

    Svg(int width, int height, String alternativeText) {
        this.width = width;
        this.height = height;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" alt=\"").append(escape(alternativeText)).append("\" role=\"img\">");
        out.append("<title>").append(escape(alternativeText)).append("</title>");
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Svg line(double x1, double y1, double x2, double y2, String colour, double strokeWidth, String dash) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(n(strokeWidth)).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>");
        return this;
    }

    /** An open polyline through the points (x0 y0 x1 y1 …). */
    Svg polyline(double[] points, String colour, double strokeWidth, String dash) {
        if (points.length < 4) {
            return this;
        }
        out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(n(strokeWidth))
                .append("\" points=\"");
        for (int i = 0; i < points.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        out.append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>");
        return this;
    }

    Svg circle(double x, double y, double r, String fill) {
        out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\"/>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>");
        return this;
    }

    /** Text at (x, y); anchor start, middle or end. */
    Svg text(double x, double y, String text, double size, String anchor, String colour) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-family=\"").append(FONT)
                .append("\" font-size=\"").append(n(size)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(colour).append("\">").append(escape(text)).append("</text>");
        return this;
    }

    @Override
    public String toString() {
        return out + "</svg>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
