package dk.samspil.base.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The figures behind a chart as a table: what the screen reader reads, what the CSV export holds.
 * Built from the chart's own series where it can be, so the export cannot drift from the drawing.
 *
 * @param headers column headings
 * @param rows    cells as shown (numbers formatted for the reader's locale; empty where no figure)
 */
public record Figures(List<String> headers, List<List<String>> rows) {

    public Figures {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
    }

    /** One row per category, one column per series. */
    public static Figures of(String categoryHeader, ChartOptions options, Locale locale) {
        return of(categoryHeader, options, value -> number(value, locale));
    }

    /** The same, each figure written as the page writes it (an indicator's own decimals). */
    public static Figures of(String categoryHeader, ChartOptions options, Function<Number, String> writer) {
        List<String> headers = new ArrayList<>(List.of(categoryHeader));
        options.series().forEach(series -> headers.add(series.name()));
        List<String> categories = options.xaxis().categories();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>(List.of(categories.get(i)));
            for (ChartOptions.Series series : options.series()) {
                Number value = i < series.data().size() ? series.data().get(i) : null;
                row.add(value == null ? "" : writer.apply(value));
            }
            rows.add(row);
        }
        return new Figures(headers, rows);
    }

    /** A number as a Danish (or English) reader writes it, without thousands separators. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
