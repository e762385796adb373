package dk.samspil.importing.file;

/**
 * A file the importer cannot read on: empty, binary, a row too long, a quote never closed, or (when
 * reading the valid lines for writing) a file that turned out to be invalid. Its message is the
 * error's key and line, never a value from the file.
 */
public final class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RowError error;

    ImportFileException(RowError error) {
        super(error.reasonKey() + (error.line() > 0 ? " at line " + error.line() : ""), null, false, false);
        this.error = error;
    }

    public RowError error() {
        return error;
    }
}
