package dk.samspil.importing.file;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of validating one file, for the job's report and the Imports page.
 *
 * @param rowsRead      data rows read (the header and blank lines not counted)
 * @param validRows     rows that passed every check
 * @param invalidRows   rows with at least one error
 * @param errors        the first {@value #MAX_STORED_ERRORS} errors, in file order
 * @param errorCount    all errors, also those beyond the stored ones
 * @param warnings      problems that reject nothing, e.g. an unknown column in lenient mode
 * @param cprFound      a CPR-like value is in the file: rejected in every mode, and an uploaded
 *                      copy must be deleted (docs/import-formats.md)
 * @param readToEnd     false when reading stopped at a file-level error; the CPR search then did not
 *                      see the rest of the file, so treat the upload as possibly sensitive too
 * @param encoding      the detected encoding, e.g. {@code UTF-8} or {@code windows-1252}; empty when
 *                      the file could not be read that far
 * @param delimiter     the detected delimiter, {@code ;} or {@code ,}; empty as for encoding
 * @param unreadable    reading stopped at something that refuses the file as a whole: empty, no rows,
 *                      binary, UTF-16, a row too long, a quote never closed
 * @param headerRejected the header is unusable: a required column missing, one twice, or (strict) unknown
 * @param municipalities the municipalities of the valid rows (at most the country's, whatever the file's size)
 */
public record ValidationReport(FileKind kind, ImportMode mode, Decision decision, long rowsRead, long validRows,
                               long invalidRows, List<RowError> errors, long errorCount, List<RowError> warnings,
                               boolean cprFound, boolean readToEnd, String encoding, String delimiter,
                               boolean unreadable, boolean headerRejected, Set<Integer> municipalities) {

    /** At most this many errors and warnings are kept; {@link #errorCount()} counts them all. */
    public static final int MAX_STORED_ERRORS = 1000;

    /** Whether the file may be written: all of it (strict) or its valid rows (lenient). */
    public enum Decision {
        ACCEPTED,
        REJECTED
    }

    public ValidationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        municipalities = Collections.unmodifiableSet(new TreeSet<>(municipalities));
    }

    public boolean accepted() {
        return decision == Decision.ACCEPTED;
    }

    /** Whether there were more errors than {@link #errors()} holds. */
    public boolean errorsTruncated() {
        return errorCount > errors.size();
    }
}
