package dk.samspil.report;

/** XHTML text for the report, escaped: the PDF renderer parses it as XML. */
final class Html {

    private final StringBuilder out = new StringBuilder();

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** {@code <tag attributes>text</tag>}; attributes are written as given (the caller escapes values). */
    Html element(String tag, String attributes, String text) {
        out.append('<').append(tag).append(attributes.isEmpty() ? "" : " " + attributes).append('>')
                .append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    Html element(String tag, String text) {
        return element(tag, "", text);
    }

    /** A table's head row of column headers. */
    Html head(java.util.List<String> headers) {
        out.append("<thead><tr>");
        headers.forEach(text -> element("th", "scope=\"col\"", text));
        out.append("</tr></thead>");
        return this;
    }

    /** A body row whose first cell heads the row. */
    Html row(java.util.List<String> cells) {
        out.append("<tr>");
        element("th", "scope=\"row\"", cells.getFirst());
        cells.subList(1, cells.size()).forEach(text -> element("td", text));
        out.append("</tr>");
        return this;
    }

    static String escape(String text) {
        return Svg.escape(text).replace("'", "&#39;");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
