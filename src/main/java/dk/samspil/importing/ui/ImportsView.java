package dk.samspil.importing.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.samspil.base.i18n.TimeFormats;
import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportStatus;
import dk.samspil.importing.ImportSummary;
import dk.samspil.importing.UploadFolder;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.importing.file.ProposedImport;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The monthly files: upload one (kind and period proposed from its name), watch it run, see every
 * import with its counts and row-level report, and run a failed one again.
 */
@Route("imports")
@Menu(title = "nav.imports", order = 4)
@RolesAllowed("DATA_MANAGER")
class ImportsView extends Main implements HasDynamicTitle {

    final Upload upload = new Upload();
    final Select<FileKind> kind = new Select<>();
    final TextField period = new TextField();
    final Select<ImportMode> mode = new Select<>();
    final Button start = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Grid<ImportSummary> grid = new Grid<>();
    private final ImportService imports;
    private final UploadFolder uploads;
    private Path received;
    private String receivedName;

    ImportsView(ImportService imports, UploadFolder uploads) {
        this.imports = imports;
        this.uploads = uploads;
        addClassName("page");
        configureForm();
        configureGrid();
        add(new H2(getTranslation("imports.title")), upload, form(), new HorizontalLayout(start, progress), status, grid);
        refresh();
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(kind, period, mode);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private void configureForm() {
        // into the private upload folder, not the system's temporary one: it may hold personal data
        upload.setUploadHandler(UploadHandler.toFile((metadata, file) -> {
            UI ui = getUI().orElseThrow();
            ui.access(() -> received(metadata.fileName(), file.toPath()));
        }, metadata -> uploads.newUpload()));
        // an upload left without starting its import is not kept
        addDetachListener(detach -> uploads.delete(received));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("imports.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("imports.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setIncorrectFileType(getTranslation("imports.upload.not-csv"))
                        .setFileIsTooBig(getTranslation("imports.upload.too-big"))
                        .setTooManyFiles(getTranslation("imports.upload.one-file"))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(500 * 1024 * 1024);
        kind.setLabel(getTranslation("imports.kind"));
        kind.setItems(FileKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("imports.kind." + value.fileName()));
        period.setLabel(getTranslation("imports.period"));
        period.setHelperText(getTranslation("imports.period.help"));
        mode.setLabel(getTranslation("imports.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("imports.mode." + value));
        mode.setValue(ImportMode.STRICT);
        start.setText(getTranslation("imports.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("10rem");
        status.getElement().setAttribute("role", "status");
        status.addClassName("import-status");
    }

    private void received(String fileName, Path file) {
        uploads.delete(received);
        receivedName = ImportService.safeFileName(fileName);
        received = file;
        // the status says what was received, by its safe name; the list would show the name as chosen
        upload.clearFileList();
        ProposedImport.fromFileName(fileName).ifPresent(proposed -> {
            kind.setValue(proposed.kind());
            period.setValue(proposed.period().toString());
        });
        start.setEnabled(true);
        status.setText(getTranslation("imports.received", receivedName));
    }

    private void startImport() {
        ImportPeriod chosen;
        try {
            chosen = ImportPeriod.parse(period.getValue());
        } catch (RuntimeException e) {
            chosen = null;
        }
        if (received == null || kind.isEmpty() || chosen == null) {
            status.setText(getTranslation("imports.choose"));
            return;
        }
        ImportService.ImportRequest request = new ImportService.ImportRequest(receivedName, kind.getValue(), chosen,
                mode.getValue());
        Path file = received;
        received = null;
        start.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("imports.running", receivedName));
        UI ui = getUI().orElseThrow();
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportSummary summary = run(file, request);
                ui.access(() -> finished(summary));
            } catch (RuntimeException e) {
                // the job could not even start (e.g. the database is gone): say so, never spin forever
                ui.access(() -> notStarted());
            }
        }));
    }

    private ImportSummary run(Path file, ImportService.ImportRequest request) {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.upload(in, request);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            // the service works on its own copy
            uploads.delete(file);
        }
    }

    private void notStarted() {
        progress.setVisible(false);
        status.setText(getTranslation("imports.not-started"));
        refresh();
    }

    private void finished(ImportSummary summary) {
        progress.setVisible(false);
        status.setText(getTranslation(summary.status() == ImportStatus.COMPLETED ? "imports.completed" : "imports.failed",
                summary.fileName(), summary.rowsWritten(), summary.rowsRejected()));
        refresh();
    }

    private void configureGrid() {
        DateTimeFormatter time = TimeFormats.dateTime(getLocale());
        grid.addColumn(s -> time.format(s.startedAt())).setHeader(getTranslation("imports.started")).setAutoWidth(true);
        grid.addColumn(ImportSummary::startedBy).setHeader(getTranslation("imports.by"));
        // long file names wrap rather than push the report and "run again" off a 1280 px screen
        grid.addColumn(ImportSummary::fileName).setHeader(getTranslation("imports.file")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("imports.kind." + s.kind())).setHeader(getTranslation("imports.kind"));
        grid.addColumn(s -> getTranslation("imports.status." + s.status())).setHeader(getTranslation("imports.status"));
        grid.addColumn(ImportSummary::rowsRead).setHeader(getTranslation("imports.read"));
        grid.addColumn(ImportSummary::rowsWritten).setHeader(getTranslation("imports.written"));
        grid.addColumn(ImportSummary::rowsRejected).setHeader(getTranslation("imports.rejected"));
        grid.addColumn(s -> s.duration() == null ? "" : String.format(getLocale(), "%.1f s", s.duration().toMillis() / 1000.0))
                .setHeader(getTranslation("imports.duration"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("imports.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("imports.title"));
        grid.setEmptyStateText(getTranslation("imports.empty"));
    }

    private HorizontalLayout actions(ImportSummary summary) {
        Button report = new Button(getTranslation("imports.report"), click -> new ImportReportDialog(summary, imports).open());
        report.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(report);
        if (imports.canRunAgain(summary)) {
            Button again = new Button(getTranslation("imports.restart"), click -> {
                try {
                    finished(imports.restart(summary.id()));
                } catch (RuntimeException e) {
                    notStarted();
                }
            });
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(again);
        }
        return actions;
    }

    private void refresh() {
        grid.setItems(imports.recent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title") + " · Samspil";
    }
}
