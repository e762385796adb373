package dk.samspil.base.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.samspil.base.csv.DanishCsv;

/**
 * A titled chart with everything every chart owes its reader: a summary in words for screen readers
 * (WCAG 1.1.1), the figures as a table, the same figures as a Danish-Excel CSV, PNG/SVG through the
 * chart's own menu, and a sentence instead of an empty drawing when there is nothing to show.
 */
public class ChartPanel extends Section {

    public final ApexChart chart = new ApexChart();
    public final Paragraph note = new Paragraph();
    public final Grid<List<String>> table = new Grid<>();
    public final Anchor csv = new Anchor();
    private final Details figures;
    private final String fileName;

    /** @param fileName the CSV's name without extension, e.g. {@code meetings-per-month} */
    public ChartPanel(String title, String fileName) {
        this.fileName = fileName;
        addClassName("chart-card");
        chart.setHeight("300px");
        note.addClassName("figure-note");
        figures = new Details(getTranslation("chart.figures"), table);
        table.setAllRowsVisible(true);
        csv.setText(getTranslation("chart.csv"));
        csv.addClassName("figures-csv");
        csv.getElement().setAttribute("download", true);
        add(new H3(title), chart, note, figures, csv);
    }

    public void show(ChartOptions options, Figures shown, String summary) {
        chart.setOptions(options);
        showFigures(shown, summary);
    }

    public void show(XYChartOptions options, Figures shown, String summary) {
        chart.setOptions(options);
        showFigures(shown, summary);
    }

    public void show(ApexOptions options, Figures shown, String summary) {
        chart.setOptions(options);
        showFigures(shown, summary);
    }

    /** Nothing to draw: the reason in words, and no empty chart, table or file. */
    public void showEmpty(String why) {
        note.setText(why);
        chart.setVisible(false);
        figures.setVisible(false);
        csv.setVisible(false);
    }

    /** An extra line under the chart (a signal, a caveat), read after the summary. */
    public void setNote(String text) {
        note.setText(text);
    }

    private void showFigures(Figures shown, String summary) {
        chart.setVisible(true);
        figures.setVisible(true);
        csv.setVisible(true);
        chart.setTextAlternative(summary);
        table.removeAllColumns();
        for (int column = 0; column < shown.headers().size(); column++) {
            int index = column;
            table.addColumn(row -> index < row.size() ? row.get(index) : "").setHeader(shown.headers().get(index))
                    .setAutoWidth(true);
        }
        table.setItems(shown.rows());
        byte[] bytes = DanishCsv.of(shown.headers(), shown.rows()).getBytes(StandardCharsets.UTF_8);
        csv.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                fileName + ".csv", "text/csv;charset=utf-8", bytes.length)));
    }

    /** "A 3, B 4, C –." for a one-series summary. */
    public static String list(List<String> categories, List<String> values) {
        StringBuilder text = new StringBuilder();
        IntStream.range(0, Math.min(categories.size(), values.size())).forEach(i -> text.append(categories.get(i))
                .append(' ').append(values.get(i).isEmpty() ? "–" : values.get(i))
                .append(i < categories.size() - 1 ? ", " : "."));
        return text.toString();
    }
}
