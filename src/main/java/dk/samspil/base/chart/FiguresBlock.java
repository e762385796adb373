package dk.samspil.base.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import dk.samspil.base.csv.DanishCsv;

/** The figures behind a chart: a folded table to read, and the same rows as a Danish-Excel CSV. */
public class FiguresBlock extends Div {

    public final Grid<List<String>> table = new Grid<>();
    public final Anchor csv = new Anchor();
    private final String fileName;

    /** @param fileName the CSV's name without extension, e.g. {@code meetings-per-month} */
    public FiguresBlock(String fileName) {
        this.fileName = fileName;
        table.setAllRowsVisible(true);
        csv.setText(getTranslation("chart.csv"));
        csv.addClassName("figures-csv");
        csv.getElement().setAttribute("download", true);
        add(new Details(getTranslation("chart.figures"), table), csv);
    }

    public void show(Figures shown) {
        table.removeAllColumns();
        for (int column = 0; column < shown.headers().size(); column++) {
            int index = column;
            table.addColumn(row -> index < row.size() ? row.get(index) : "").setHeader(shown.headers().get(index))
                    .setAutoWidth(true);
        }
        table.setItems(shown.rows());
        byte[] bytes = DanishCsv.of(shown.headers(), shown.rows()).getBytes(StandardCharsets.UTF_8);
        csv.setHref(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event ->
                new com.vaadin.flow.server.streams.DownloadResponse(new ByteArrayInputStream(bytes), fileName + ".csv",
                        "text/csv;charset=utf-8", bytes.length)));
    }
}
