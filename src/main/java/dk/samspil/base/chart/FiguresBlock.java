package dk.samspil.base.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.samspil.base.csv.DanishCsv;

/** The figures behind a chart: a folded table to read, and the same rows as a Danish-Excel CSV. */
public class FiguresBlock extends Div {

    public final Grid<List<String>> table = new Grid<>();
    public final Anchor csv = new Anchor();
    private final String fileName;
    private byte[] shownCsv = new byte[0];

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
        shownCsv = DanishCsv.of(getLocale(), shown.headers(), shown.rows()).getBytes(StandardCharsets.UTF_8);
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = download(event.getUI());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName + ".csv", "text/csv;charset=utf-8",
                    bytes.length);
        }));
    }

    /**
     * The CSV of the figures shown, its download recorded first ({@link FiguresDownloads}): a
     * download that cannot be recorded is not sent. The page's filters are read under the session's
     * lock, as the download runs outside it.
     */
    public byte[] download(UI ui) {
        String[] filters = new String[1];
        Integer[] municipality = new Integer[1];
        ui.accessSynchronously(() -> {
            QueryParameters query = ui.getActiveViewLocation().getQueryParameters();
            filters[0] = query.getQueryString();
            List<String> codes = query.getParameters().getOrDefault("municipality", List.of());
            municipality[0] = codes.size() == 1 && codes.getFirst().matches("\\d{1,4}") ? Integer.valueOf(codes.getFirst()) : null;
        });
        ui.getSession().getService().getInstantiator().getOrCreate(FiguresDownloads.class)
                .downloaded(fileName + ".csv", filters[0], municipality[0]);
        return shownCsv;
    }
}
