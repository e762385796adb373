package dk.samspil.importing.file;

import java.io.IOException;

/**
 * A file's valid lines and, once they have all been read, its validation report: the check and the
 * write in one pass over the file, for a kind whose rows are loaded while they are read (the survey's
 * answers, docs/decisions/0030). The writer must keep what it writes undone until {@link #report()}
 * has said the file is accepted (one transaction, rolled back otherwise).
 * <p>
 * {@link #next()} stops giving lines as soon as the file is sure to be rejected (a CPR-like value, an
 * unusable header, in strict mode the first invalid row), so nothing more of it is written;
 * {@link #report()} then checks the rest, so the report is the same as the validation's alone.
 */
public final class CheckedLines implements AutoCloseable {

    private final FileScan scan;
    private final ReportCollector report;
    private final FileKind kind;
    private final ImportMode mode;
    private boolean ended;

    CheckedLines(FileScan scan, ReportCollector report, FileKind kind, ImportMode mode) {
        this.scan = scan;
        this.report = report;
        this.kind = kind;
        this.mode = mode;
        this.ended = scan == null;
    }

    /** The next valid line; null after the last, or once the file is sure to be rejected. */
    public ImportLine next() throws IOException {
        if (ended || report.doomed(mode)) {
            return null;
        }
        return scanOn();
    }

    private ImportLine scanOn() throws IOException {
        try {
            ImportLine line = scan.nextValid();
            ended = line == null;
            return line;
        } catch (ImportFileException e) {
            report.refused(e.error());
            ended = true;
            return null;
        }
    }

    /** Reads what is left of the file, checking every row, and answers the report of the whole file. */
    public ValidationReport report() throws IOException {
        while (!ended) {
            scanOn();
        }
        return report.build(kind, mode);
    }

    @Override
    public void close() throws IOException {
        if (scan != null) {
            scan.close();
        }
    }
}
