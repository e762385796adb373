package dk.samspil.dashboard.ui;

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
import dk.samspil.base.chart.Figures;
import dk.samspil.base.chart.FiguresBlock;
import dk.samspil.base.period.Period;
import dk.samspil.dashboard.Heatmap;
import dk.samspil.dashboard.HeatmapZone;
import dk.samspil.dashboard.OutcomeIndicator;

/**
 * The municipality × indicator heatmap as a real table: screen readers read it as one, each cell
 * carries its figure and an arrow as well as a colour, so colour is never the only carrier.
 */
class HeatmapTable extends Section {

    private static final Map<HeatmapZone, String> MARKS = Map.of(HeatmapZone.FAR_ABOVE, " ▲▲", HeatmapZone.ABOVE, " ▲",
            HeatmapZone.AS_EXPECTED, "", HeatmapZone.BELOW, " ▼", HeatmapZone.FAR_BELOW, " ▼▼", HeatmapZone.NONE, "");

    final NativeTable table = new NativeTable();
    final FiguresBlock figures = new FiguresBlock("overview-heatmap");
    private final Paragraph note = new Paragraph();

    HeatmapTable() {
        addClassName("chart-card");
        table.addClassName("heatmap");
        note.addClassName("figure-note");
        Div legend = new Div();
        legend.addClassName("heatmap-legend");
        for (HeatmapZone zone : List.of(HeatmapZone.FAR_ABOVE, HeatmapZone.ABOVE, HeatmapZone.AS_EXPECTED,
                HeatmapZone.BELOW, HeatmapZone.FAR_BELOW)) {
            Span key = new Span(MARKS.get(zone).strip() + " " + getTranslation("overview.zone." + zone));
            key.addClassName("zone-" + zone.name().toLowerCase().replace('_', '-'));
            legend.add(key);
        }
        Div scroller = new Div(table);
        scroller.addClassName("heatmap-scroll");
        // a table wider than a phone scrolls sideways: keyboard users must be able to reach it (WCAG 2.1.1)
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("overview.heatmap"));
        add(new H3(getTranslation("overview.heatmap")), note, legend, scroller, figures);
    }

    void show(Heatmap heatmap, Period period) {
        table.getBody().removeAllRows();
        table.getHead().removeAllRows();
        table.setCaptionText(getTranslation("overview.heatmap.caption", period.from().toString(), period.to().toString()));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("filter.municipality"));
        List<String> headers = new ArrayList<>(List.of(getTranslation("filter.municipality")));
        for (String column : heatmap.columns()) {
            String title = columnName(column);
            head.addHeaderCell().setText(title);
            headers.add(title);
        }
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
                shown.setText(figure.isEmpty() ? "–" : figure + MARKS.get(cell.zone()));
                shown.addClassName("zone-" + cell.zone().name().toLowerCase().replace('_', '-'));
                if (cell.zone() != HeatmapZone.NONE && cell.zone() != HeatmapZone.AS_EXPECTED) {
                    shown.getElement().setAttribute("title", getTranslation("overview.zone." + cell.zone()));
                }
                cells.add(figure.isEmpty() ? "" : figure + (cell.zone() == HeatmapZone.AS_EXPECTED || cell.zone() == HeatmapZone.NONE
                        ? "" : " (" + getTranslation("overview.zone." + cell.zone()) + ")"));
            }
            rows.add(cells);
        }
        note.setText(heatmap.rows().isEmpty() ? getTranslation("overview.heatmap.empty")
                : getTranslation("overview.heatmap.note"));
        figures.show(new Figures(headers, rows));
    }

    private String columnName(String column) {
        return isOutcome(column) ? getTranslation("outcomes.indicator." + column) : getTranslation("overview.construct." + column);
    }

    private static boolean isOutcome(String column) {
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            if (indicator.name().equals(column)) {
                return true;
            }
        }
        return false;
    }

    private String format(String column, Double value) {
        return value == null ? "" : IndicatorFormat.ofColumn(column, getLocale()).withUnit(value);
    }
}
