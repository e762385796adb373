package dk.samspil.importing.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Gathers what one validation pass finds and decides (docs/import-formats.md: strict and lenient, CPR numbers). */
final class ReportCollector {

    private final List<RowError> errors = new ArrayList<>();
    private final List<RowError> warnings = new ArrayList<>();
    private long errorCount;
    private long rowsRead;
    private long validRows;
    private long invalidRows;
    private final Set<Integer> municipalities = new TreeSet<>();
    private boolean cprFound;
    private boolean refused;
    private boolean headerRejected;
    private boolean readToEnd;
    private String encoding = "";
    private String delimiter = "";

    void opened(DelimitedFileReader reader) {
        encoding = reader.charset().name();
        delimiter = String.valueOf(reader.delimiter());
    }

    /** Reading stopped: the file is unreadable from here on. */
    void refused(RowError error) {
        refused = true;
        add(error);
    }

    void headerError(RowError error) {
        headerRejected = true;
        add(error);
    }

    void warning(RowError warning) {
        if (warnings.size() < ValidationReport.MAX_STORED_ERRORS) {
            warnings.add(warning);
        }
    }

    void validRow(int municipalityCode) {
        rowsRead++;
        validRows++;
        municipalities.add(municipalityCode);
    }

    /** A row no check could reach because the header is unusable. */
    void uncheckedRow() {
        rowsRead++;
    }

    void invalidRow(List<RowError> rowErrors) {
        rowsRead++;
        invalidRows++;
        rowErrors.forEach(this::add);
    }

    void cprInRow() {
        cprFound = true;
    }

    boolean cprFound() {
        return cprFound;
    }

    /** The first error found; there must be one. */
    RowError firstError() {
        return errors.getFirst();
    }

    void cprInHeader(List<RowError> headerErrors) {
        cprFound = true;
        headerErrors.forEach(this::headerError);
    }

    void readToEnd() {
        readToEnd = true;
        if (rowsRead == 0) {
            refused(RowError.ofFile("import.error.no-rows"));
        }
    }

    long rowsRead() {
        return rowsRead;
    }

    private void add(RowError error) {
        errorCount++;
        if (errors.size() < ValidationReport.MAX_STORED_ERRORS) {
            errors.add(error);
        }
    }

    ValidationReport build(FileKind kind, ImportMode mode) {
        return new ValidationReport(kind, mode, decide(mode), rowsRead, validRows, invalidRows, errors, errorCount,
                warnings, cprFound, readToEnd, encoding, delimiter, refused, headerRejected, municipalities);
    }

    /** Whether what has been read so far already rejects the file, whatever the rest holds. */
    boolean doomed(ImportMode mode) {
        return refused || cprFound || headerRejected || mode == ImportMode.STRICT && invalidRows > 0;
    }

    private ValidationReport.Decision decide(ImportMode mode) {
        boolean tooMany = mode == ImportMode.STRICT ? invalidRows > 0 : invalidRows * 100 > rowsRead;
        boolean rejected = refused || cprFound || headerRejected || tooMany || !readToEnd;
        return rejected ? ValidationReport.Decision.REJECTED : ValidationReport.Decision.ACCEPTED;
    }
}
