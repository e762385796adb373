package dk.samspil.importing.file;

/**
 * How strictly a file is judged (docs/import-formats.md, "Strict and lenient"). {@link #STRICT} is the default:
 * any invalid row, and any unknown column, rejects the file. {@link #LENIENT} is chosen
 * explicitly: invalid rows are skipped as long as they are at most 1 % of the rows, and unknown
 * columns are only reported. A CPR-like value rejects the file in both.
 */
public enum ImportMode {
    STRICT,
    LENIENT
}
