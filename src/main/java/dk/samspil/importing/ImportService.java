package dk.samspil.importing;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.csv.DanishCsv;
import dk.samspil.base.privacy.CprNumbers;
import dk.samspil.importing.batch.ImportParameters;
import dk.samspil.importing.batch.ImportRunner;
import dk.samspil.importing.batch.RunLocks;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.security.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Importing a monthly file, and the history of imports with their row-level reports. Every way of
 * starting an import (upload, inbox, command line) runs the same job through this service.
 */
@Service
public class ImportService {

    public static final String IMPORT = "IMPORT";
    public static final String RESTART_IMPORT = "RESTART_IMPORT";
    public static final String DOWNLOAD_REPORT = "DOWNLOAD_IMPORT_REPORT";

    private final ImportHistory history;
    private final ImportRunner runner;
    private final RunLocks locks;
    private final CurrentUser currentUser;
    private final UploadFolder uploads;
    private final MeterRegistry meters;
    private final AuditLog auditLog;

    ImportService(ImportHistory history, ImportRunner runner, RunLocks locks, CurrentUser currentUser,
                  UploadFolder uploads, MeterRegistry meters, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.history = history;
        this.runner = runner;
        this.locks = locks;
        this.currentUser = currentUser;
        this.uploads = uploads;
        this.meters = meters;
    }

    /**
     * Every import in the audit log, whoever started it (a data manager, {@code inbox},
     * {@code command-line}): which file, and how it went. A file refused as a whole is DENIED.
     */
    private void audit(String startedBy, String action, ImportSummary summary) {
        AuditOutcome outcome = switch (summary.status()) {
            case COMPLETED -> AuditOutcome.ALLOWED;
            default -> summary.rejected()
                    ? AuditOutcome.DENIED : AuditOutcome.FAILED;
        };
        auditLog.record(startedBy, action, "import " + summary.id() + ", " + summary.kind() + " " + summary.period()
                + ", " + summary.fileName() + ", " + summary.rowsWritten() + " rows", outcome, summary.municipalityCode());
    }

    /** A file to import: its content, its name as delivered, and what it is. */
    public record ImportRequest(String fileName, FileKind kind, ImportPeriod period, ImportMode mode) {
    }

    /** Imports an uploaded file as the signed-in data manager and returns how it went. */
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public ImportSummary upload(InputStream content, ImportRequest request) {
        return importAs(currentUser.require().username(), content, request);
    }

    /**
     * Imports a file for a trigger without a signed-in user (inbox, command line). The file is
     * copied into the private upload folder first ({@link UploadFolder}); the copy is deleted when
     * the import succeeds or finds a CPR number, and otherwise kept for "Run again" until
     * {@link UploadRetention} deletes it.
     */
    public ImportSummary importAs(String startedBy, InputStream content, ImportRequest request) {
        // held while this process runs the import: another process's recovery leaves it alone
        try (RunLocks.RunLock lock = locks.acquire()) {
            return importAs(startedBy, content, request, lock);
        }
    }

    /**
     * The same under a run lock the caller holds (and closes): the inbox names a claimed file after
     * it, so that after a crash the file leads to its import ({@link ImportHistory#findByRunLock}).
     */
    public ImportSummary importAs(String startedBy, InputStream content, ImportRequest request, RunLocks.RunLock lock) {
        return timed(request.kind().fileName(), () -> run(startedBy, content, request, lock));
    }

    private ImportSummary run(String startedBy, InputStream content, ImportRequest request, RunLocks.RunLock lock) {
        long importId = history.start(request.kind().fileName(), request.period().firstDay(),
                safeFileName(request.fileName()), startedBy, request.mode().name(), lock.name());
        Path file = uploads.workCopyFor(importId);
        // the job's execution is recorded before the file is received: whatever stops it, it can be run again
        ImportRunner.PreparedJob job = runner.prepare(new ImportParameters(importId, file, request.kind(),
                request.period(), request.mode()));
        try {
            uploads.receive(file, content);
        } catch (UncheckedIOException e) {
            runner.abandon(job);
            auditLog.record(startedBy, IMPORT, "import " + importId + ", " + request.kind().fileName() + " "
                    + request.period() + ", file not received", AuditOutcome.FAILED);
            throw e;
        }
        try {
            runner.run(job);
        } catch (RuntimeException e) {
            auditLog.record(startedBy, IMPORT, "import " + importId + ", " + e.getClass().getSimpleName(),
                    AuditOutcome.FAILED);
            throw e;
        }
        ImportSummary summary = history.find(importId).orElseThrow();
        audit(startedBy, IMPORT, summary);
        if (summary.status() == ImportStatus.COMPLETED || "import.rejected.cpr".equals(summary.rejection())) {
            // the job deletes it too; this covers a job that stopped after its own deletion failed
            uploads.delete(file);
        }
        return summary;
    }

    /** Runs a failed import again (after a crash or a stopped database), with the file it was given. */
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public ImportSummary restart(long importId) {
        try (RunLocks.RunLock lock = locks.acquire()) {
            return runAgainAs(importId, lock);
        }
    }

    /**
     * Runs a failed import again under a run lock the caller holds, for a trigger without a signed-in
     * user: the inbox, for a file whose import a crash cut off. Claimed first (FAILED to STARTED in
     * one statement), so it runs once however many try.
     */
    public ImportSummary runAgainAs(long importId, RunLocks.RunLock lock) {
        ImportSummary summary = history.find(importId).orElseThrow();
        if (summary.status() != ImportStatus.FAILED || summary.jobExecutionId() == null) {
            throw new IllegalStateException("Only a failed import can be run again");
        }
        if (!history.claimForRestart(importId, lock.name())) {
            throw new IllegalStateException("The import is already being run again");
        }
        ImportSummary after = timed(summary.kind(), () -> {
            runner.restart(importId, summary.jobExecutionId());
            return history.find(importId).orElseThrow();
        });
        // a data manager's "Run again", or the inbox finishing what a crash cut off
        audit(currentUser.get().map(user -> user.username()).orElse("inbox"), RESTART_IMPORT, after);
        return after;
    }

    /**
     * {@code samspil.import} (Prometheus: {@code samspil_import_seconds_*}): how long each import took,
     * by kind and by outcome as the command line's exit codes say it — imported, rejected, failed.
     */
    private ImportSummary timed(String kind, Supplier<ImportSummary> importing) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            ImportSummary summary = importing.get();
            outcome = summary.status() == ImportStatus.COMPLETED ? "imported" : summary.rejected() ? "rejected" : "failed";
            return summary;
        } finally {
            sample.stop(Timer.builder("samspil.import").description("An import, from its start to its report")
                    .tags("kind", kind, "outcome", outcome).publishPercentileHistogram().register(meters));
        }
    }

    /**
     * A failed import whose file is still kept: the only kind "Run again" can run. A file the
     * validation refused would be refused again, so only a failure for another reason qualifies.
     */
    public boolean canRunAgain(ImportSummary summary) {
        return summary.status() == ImportStatus.FAILED && !summary.refusedForItsContent() && summary.jobExecutionId() != null
                && uploads.hasWorkCopy(summary.id());
    }

    @PreAuthorize("hasRole('DATA_MANAGER')")
    public List<ImportSummary> recent() {
        return history.recent(200);
    }

    /** The day of each municipality's last completed import: when its figures were last delivered. */
    public Map<Integer, LocalDate> lastImportedOn() {
        return history.lastCompletedOn();
    }

    @PreAuthorize("hasRole('DATA_MANAGER')")
    public List<ReportedError> report(long importId) {
        return reportOf(importId);
    }

    /** The report for a trigger without a signed-in user (the inbox, the command line, tests). */
    public List<ReportedError> reportOf(long importId) {
        return history.errors(importId);
    }

    /** The row-level report as CSV (Danish Excel variant), texts in the user's language. */
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public String reportCsv(long importId, Locale locale, Function<String, String> header,
                            Function<ReportedError, String> reason) {
        Integer municipality = history.find(importId).map(ImportSummary::municipalityCode).orElse(null);
        auditLog.record(currentUser.require().username(), DOWNLOAD_REPORT, "import " + importId, AuditOutcome.ALLOWED,
                municipality);
        return DanishCsv.of(List.of(header.apply("imports.report.line"), header.apply("imports.report.column"),
                        header.apply("imports.report.reason")),
                withWhy(importId).stream().map(e -> List.of(String.valueOf(e.line()),
                        e.column() == null ? "" : e.column(), reason.apply(e))).toList());
    }

    /**
     * The report's lines after why the file as a whole was refused or the import failed, when it
     * was: a report read on its own (a CSV, the inbox's) says why even when no row is to blame.
     */
    public List<ReportedError> withWhy(long importId) {
        String why = history.find(importId).map(ImportSummary::rejection).orElse(null);
        List<ReportedError> errors = history.errors(importId);
        if (why == null) {
            return errors;
        }
        List<ReportedError> all = new java.util.ArrayList<>(errors.size() + 1);
        all.add(new ReportedError(0, null, why, List.of()));
        all.addAll(errors);
        return all;
    }

    /**
     * Only the file's own name, so a crafted name cannot reach other folders or the report, and
     * never a CPR-like number typed into it (shown, logged and stored as {@value CprNumbers#HIDDEN}).
     */
    public static String safeFileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file.csv"
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (CprNumbers.containsCprNumber(name)) {
            return CprNumbers.HIDDEN + ".csv";
        }
        // long digit runs could be another personal number: never stored
        return name.replaceAll("[^A-Za-z0-9ÆØÅæøå._*#-]", "_").replaceAll("\\d{6,}", "#");
    }
}
