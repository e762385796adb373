package dk.samspil.importing.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportSummary;
import dk.samspil.importing.ReportedError;

/** An import's row-level report: line, column and the reason in plain words; also as CSV. */
class ImportReportDialog extends Dialog {

    final Grid<ReportedError> errors = new Grid<>();

    ImportReportDialog(ImportSummary summary, ImportService imports) {
        setHeaderTitle(getTranslation("imports.report.title", summary.fileName()));
        setWidth("min(60rem, 95vw)");
        List<ReportedError> report = imports.report(summary.id());
        if (summary.rejection() != null) {
            add(new Paragraph(getTranslation(summary.rejection())));
        }
        errors.addColumn(ReportedError::line).setHeader(getTranslation("imports.report.line")).setAutoWidth(true);
        errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(getTranslation("imports.report.column"))
                .setAutoWidth(true);
        errors.addColumn(this::reason).setHeader(getTranslation("imports.report.reason")).setFlexGrow(3);
        errors.setItems(report);
        errors.setEmptyStateText(getTranslation("imports.report.empty"));
        add(errors);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = imports.reportCsv(summary.id(), getLocale(), this::getTranslation, this::reason)
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "report-" + summary.id() + ".csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("imports.report.csv"));
        csv.getElement().setAttribute("download", true);
        getFooter().add(csv, new Button(getTranslation("common.close"), click -> close()));
    }

    private String reason(ReportedError error) {
        return getTranslation(error.reasonKey(), error.arguments().toArray());
    }
}
