package dk.samspil.importing.file;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Validates a monthly import file against the data contract (docs/import-formats.md) and hands its valid
 * lines to the writer. Plain Java: the importing module's batch job wraps it.
 * <p>
 * Meant to be used in two streaming passes over the same, unchanged file (keep a private copy):
 * <ol>
 * <li>The validation step calls {@link #validate} once. It reads the whole file and returns the
 * {@link ValidationReport}; nothing is written. If the report is not {@linkplain
 * ValidationReport#accepted() accepted}, the job fails with the report (and deletes an upload whose
 * report has {@code cprFound}, or that was not read to the end).
 * <li>The write step reads the lines again with {@link #openValidLines} (an {@code ItemReader}
 * calls {@link ValidLines#next()} until null) or {@link #forEachValidLine}. Each row is checked
 * again, and only valid rows come out, so in lenient mode the invalid ones are skipped. Should the
 * file prove invalid in a way that rejects it as a whole, this pass throws
 * {@link ImportFileException} instead of going on.
 * </ol>
 * Memory stays small whatever the file: one record at a time (at most {@value
 * DelimitedFileReader#MAX_RECORD_CHARS} characters) and at most {@value
 * ValidationReport#MAX_STORED_ERRORS} stored errors.
 * <p>
 * <b>today</b> is the date rows may not lie after (a meeting held in the future). <b>period</b>, when
 * not null, is the month or quarter the file delivers: rows dated outside it are invalid (the writer
 * replaces exactly that period).
 */
public final class FileValidation {

    private final ReferenceCheck references;
    private final int maxRecordChars;

    public FileValidation(ReferenceCheck references) {
        this(references, DelimitedFileReader.MAX_RECORD_CHARS);
    }

    FileValidation(ReferenceCheck references, int maxRecordChars) {
        this.references = Objects.requireNonNull(references, "references");
        this.maxRecordChars = maxRecordChars;
    }

    /** Validates without a period check. */
    public ValidationReport validate(Path file, FileKind kind, ImportMode mode, LocalDate today) throws IOException {
        return validate(file, kind, mode, today, null);
    }

    public ValidationReport validate(Path file, FileKind kind, ImportMode mode, LocalDate today, ImportPeriod period)
            throws IOException {
        return validate(ByteSource.of(file), new FileScan.Settings(kind, mode, today, period, references));
    }

    ValidationReport validate(ByteSource source, FileScan.Settings settings) throws IOException {
        // the same pass as a check while writing, with nothing written: one way to read a file's report
        try (CheckedLines lines = check(source, settings)) {
            return lines.report();
        }
    }

    /**
     * Opens the file for validating while its valid lines are written (one pass instead of two):
     * see {@link CheckedLines}; close it when done.
     */
    public CheckedLines check(Path file, FileKind kind, ImportMode mode, LocalDate today, ImportPeriod period)
            throws IOException {
        return check(ByteSource.of(file), new FileScan.Settings(kind, mode, today, period, references));
    }

    CheckedLines check(ByteSource source, FileScan.Settings settings) throws IOException {
        ReportCollector report = new ReportCollector();
        FileScan scan;
        try {
            scan = new FileScan(source, maxRecordChars, settings, report, false);
        } catch (ImportFileException e) {
            report.refused(e.error());
            scan = null;
        }
        return new CheckedLines(scan, report, settings.kind(), settings.mode());
    }

    /**
     * Opens the file's valid lines for writing; close it when done. Call only for a file whose
     * {@link #validate} report was accepted, with the same kind, today and period.
     */
    public ValidLines openValidLines(Path file, FileKind kind, LocalDate today, ImportPeriod period) throws IOException {
        return openValidLines(ByteSource.of(file), new FileScan.Settings(kind, ImportMode.LENIENT, today, period, references));
    }

    ValidLines openValidLines(ByteSource source, FileScan.Settings settings) throws IOException {
        return new ValidLines(new FileScan(source, maxRecordChars, settings, new ReportCollector(), true));
    }

    /** Gives each valid line, in file order, to the action; see {@link #openValidLines}. */
    public void forEachValidLine(Path file, FileKind kind, LocalDate today, ImportPeriod period,
                                 Consumer<? super ImportLine> action) throws IOException {
        try (ValidLines lines = openValidLines(file, kind, today, period)) {
            for (ImportLine line = lines.next(); line != null; line = lines.next()) {
                action.accept(line);
            }
        }
    }
}
