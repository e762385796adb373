package dk.samspil.importing.file;

import java.io.IOException;

/**
 * The valid lines of a file, read one at a time: the shape of a Spring Batch {@code ItemReader}
 * ({@code open} → {@link FileValidation#openValidLines}, {@code read} → {@link #next()},
 * {@code close} → {@link #close()}). A restarted step skips the lines it has written by calling
 * {@link #next()} that many times. An unusable header or a CPR-like value throws
 * {@link ImportFileException}: such a file must not be written at all.
 */
public final class ValidLines implements AutoCloseable {

    private final FileScan scan;

    ValidLines(FileScan scan) {
        this.scan = scan;
    }

    /** The next valid line, or null after the last. */
    public ImportLine next() throws IOException {
        return scan.nextValid();
    }

    /** The line of the file the last line returned began on. */
    public long line() {
        return scan.line();
    }

    @Override
    public void close() throws IOException {
        scan.close();
    }
}
