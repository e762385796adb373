package dk.samspil.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dk.samspil.base.csv.DanishCsv;
import dk.samspil.importing.batch.ImportParameters;
import dk.samspil.importing.batch.ImportRunner;
import dk.samspil.importing.batch.RunLocks;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Importing a monthly file, and the history of imports with their row-level reports. Every way of
 * starting an import (upload, inbox, command line) runs the same job through this service.
 */
@Service
public class ImportService {

    private final ImportHistory history;
    private final ImportRunner runner;
    private final RunLocks locks;
    private final CurrentUser currentUser;
    private final Path workDir;

    ImportService(ImportHistory history, ImportRunner runner, RunLocks locks, CurrentUser currentUser,
                  @Value("${samspil.import.work-dir:${java.io.tmpdir}/samspil-imports}") Path workDir) {
        this.history = history;
        this.runner = runner;
        this.locks = locks;
        this.currentUser = currentUser;
        this.workDir = workDir;
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
     * copied into the work folder first; the job deletes its copy when done or when it holds a CPR number.
     */
    public ImportSummary importAs(String startedBy, InputStream content, ImportRequest request) {
        // held while this process runs the import: another process's recovery leaves it alone
        try (RunLocks.RunLock lock = locks.acquire()) {
            long importId = history.start(request.kind().fileName(), request.period().firstDay(),
                    safeName(request.fileName()), startedBy, request.mode().name(), lock.name());
            // unique across runs and databases sharing this machine's temporary folder
            Path file = workDir.resolve(importId + "-" + java.util.UUID.randomUUID() + ".csv");
            ImportRunner.PreparedJob job = runner.prepare(new ImportParameters(importId, file, request.kind(),
                    request.period(), request.mode()));
            try {
                receive(content, file);
            } catch (IOException e) {
                runner.abandon(job);
                throw new UncheckedIOException("The file could not be received", e);
            }
            runner.run(job);
            return history.find(importId).orElseThrow();
        }
    }

    /**
     * Copies the file in under a temporary name and then renames it: the job's file exists only
     * whole, so an import stopped while receiving it is never run again on half a file.
     */
    private void receive(InputStream content, Path file) throws IOException {
        Files.createDirectories(workDir);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.copy(content, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Runs a failed import again (after a crash or a stopped database), with the file it was given. */
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public ImportSummary restart(long importId) {
        ImportSummary summary = history.find(importId).orElseThrow();
        if (summary.status() != ImportStatus.FAILED || summary.jobExecutionId() == null) {
            throw new IllegalStateException("Only a failed import can be run again");
        }
        try (RunLocks.RunLock lock = locks.acquire()) {
            if (!history.claimForRestart(importId, lock.name())) {
                throw new IllegalStateException("The import is already being run again");
            }
            runner.restart(importId, summary.jobExecutionId());
        }
        return history.find(importId).orElseThrow();
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

    /** Only the file's own name, so a crafted name cannot reach other folders or the report. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "file.csv" : Path.of(fileName).getFileName().toString();
        // long digit runs could be a CPR number typed into a file name: never stored
        return name.replaceAll("[^A-Za-z0-9ÆØÅæøå._-]", "_").replaceAll("\\d{6,}", "#");
    }
}
