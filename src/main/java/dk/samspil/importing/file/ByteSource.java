package dk.samspil.importing.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a file's bytes afresh for each pass; tests pass a source that counts what is read. */
@FunctionalInterface
interface ByteSource {

    InputStream open() throws IOException;

    static ByteSource of(Path file) {
        return () -> Files.newInputStream(file);
    }
}
