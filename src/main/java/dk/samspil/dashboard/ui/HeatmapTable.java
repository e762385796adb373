package dk.samspil.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dk.samspil.base.chart.DefinitionHelp;
import dk.samspil.base.chart.Figures;
import dk.samspil.base.chart.FiguresBlock;
import dk.samspil.base.period.Period;
import dk.samspil.dashboard.Heatmap;
import dk.samspil.dashboard.HeatmapZone;
import dk.samspil.dashboard.HeatmapReading;

/**
 * The municipality × indicator heatmap as a real table: screen readers read it as one, each cell
 * carries its figure, an arrow (up or down) and a word (better or worse, in the indicator's
 * direction) as well as a colour, so colour is never the only carrier.
 */
class HeatmapTable extends Section {

    private static final Map<HeatmapZone, String> MARKS = Map.of(HeatmapZone.FAR_ABOVE, " ▲▲", HeatmapZone.ABOVE, " ▲",
            HeatmapZone.AS_EXPECTED, "", HeatmapZone.BELOW, " ▼", HeatmapZone.FAR_BELOW, " ▼▼", HeatmapZone.NONE, "");

    final NativeTable table = new NativeTable();
    final FiguresBlock figures = new FiguresBlock("overview-heatmap");
    private final Paragraph note = new Paragraph();
    /** Said in words, since a narrow screen (1024 px and less) hides columns without any other sign. */
    final Paragraph scrollCue = new Paragraph();
    private final DefinitionHelp help = new DefinitionHelp();

    HeatmapTable() {
        addClassName("chart-card");
        table.addClassName("heatmap");
        note.addClassName("figure-note");
        Div legend = new Div();
        legend.addClassName("heatmap-legend");
        for (HeatmapReading reading : List.of(HeatmapReading.FAR_BETTER, HeatmapReading.BETTER, HeatmapReading.AS_EXPECTED,
                HeatmapReading.WORSE, HeatmapReading.FAR_WORSE, HeatmapReading.DIFFERENT)) {
            Span key = new Span(getTranslation("overview.reading.legend." + reading));
            key.addClassName(cssClass(reading));
            legend.add(key);
        }
        Div scroller = new Div(table);
        scroller.addClassName("heatmap-scroll");
        // a table wider than a phone scrolls sideways: keyboard users must be able to reach it (WCAG 2.1.1)
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("overview.heatmap"));
        scroller.getElement().setAttribute("aria-describedby", "heatmap-scroll-cue");
        scrollCue.setId("heatmap-scroll-cue");
        scrollCue.addClassName("figure-note");
        scrollCue.setText("↔ " + getTranslation("overview.heatmap.scroll"));
        // inline, so the theme (and with it Vaadin's dev bundle) stays as it is
        scrollCue.getStyle().set("margin", "var(--lumo-space-xs) 0").set("font-weight", "600");
        add(new H3(getTranslation("overview.heatmap")), help, note, legend, scrollCue, scroller, figures);
    }

    void show(Heatmap heatmap, Period period) {
        table.getBody().removeAllRows();
        table.getHead().removeAllRows();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        table.setCaptionText(getTranslation("overview.heatmap.caption", month.format(period.from()), month.format(period.to())));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("filter.municipality"));
        List<String> headers = new ArrayList<>(List.of(getTranslation("filter.municipality")));
        List<String> definitions = new ArrayList<>();
        for (String column : heatmap.columns()) {
            String title = columnName(column);
            head.addHeaderCell().setText(title);
            headers.add(title);
            definitions.add(title + ": " + IndicatorText.help(this, column));
        }
        help.setDefinition(String.join(" ", definitions));
        List<List<String>> rows = new ArrayList<>();
        List<String> programme = new ArrayList<>(List.of(getTranslation("csv.programme")));
        NativeTableRow total = table.getBody().addRow();
        NativeTableHeaderCell totalName = total.addHeaderCell();
        totalName.setText(getTranslation("csv.programme"));
        totalName.getElement().setAttribute("scope", "row");
        for (int i = 0; i < heatmap.columns().size(); i++) {
            String figure = format(heatmap.columns().get(i), heatmap.programme().get(i));
            total.addDataCell().setText(figure.isEmpty() ? "–" : figure);
            programme.add(figure);
        }
        total.addClassName("heatmap-programme");
        rows.add(programme);
        for (Heatmap.Row row : heatmap.rows()) {
            NativeTableRow line = table.getBody().addRow();
            NativeTableHeaderCell name = line.addHeaderCell();
            name.setText(row.name() + (row.own() ? " (" + getTranslation("overview.own") + ")" : ""));
            name.getElement().setAttribute("scope", "row");
            if (row.own()) {
                line.addClassName("heatmap-own");
            }
            List<String> cells = new ArrayList<>(List.of(row.name()));
            for (int i = 0; i < row.cells().size(); i++) {
                Heatmap.Cell cell = row.cells().get(i);
                String figure = format(heatmap.columns().get(i), cell.value());
                NativeTableCell shown = line.addDataCell();
                boolean marked = cell.zone() != HeatmapZone.NONE && cell.zone() != HeatmapZone.AS_EXPECTED;
                String word = marked ? getTranslation("overview.reading.short." + cell.reading()) : "";
                shown.setText(figure.isEmpty() ? "–" : figure + MARKS.get(cell.zone()) + (word.isEmpty() ? "" : " " + word));
                shown.addClassName(cssClass(cell.reading()));
                String meaning = getTranslation("overview.zone." + cell.zone()) + ", " + getTranslation("overview.reading." + cell.reading());
                if (marked) {
                    shown.getElement().setAttribute("title", meaning);
                }
                cells.add(figure.isEmpty() ? "" : figure + (marked ? " (" + meaning + ")" : ""));
            }
            rows.add(cells);
        }
        scrollCue.setVisible(!heatmap.rows().isEmpty());
        note.setText(heatmap.rows().isEmpty() ? getTranslation("overview.heatmap.empty")
                : getTranslation("overview.heatmap.note"));
        figures.show(new Figures(headers, rows));
    }

    private String columnName(String column) {
        return IndicatorText.name(this, column);
    }

    private static String cssClass(HeatmapReading reading) {
        return "reading-" + reading.name().toLowerCase().replace('_', '-');
    }

    private String format(String column, Double value) {
        return value == null ? "" : IndicatorFormat.ofColumn(column, getLocale()).withUnit(value);
    }
}
