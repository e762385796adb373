package dk.samspil.importing.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Writes test files and validates them the way the batch job will. */
final class TestFiles {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 5);

    private TestFiles() {
    }

    static Path write(Path dir, String content) {
        return write(dir, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String content, Charset charset) {
        return write(dir, content.getBytes(charset));
    }

    static Path write(Path dir, byte[] content) {
        try {
            return Files.write(Files.createTempFile(dir, "import", ".csv"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the header and rows, one a line, LF. */
    static String csv(String header, String... rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    static ValidationReport validate(Path file, FileKind kind, ImportMode mode) throws IOException {
        return new FileValidation(new FakeReferences()).validate(file, kind, mode, TODAY);
    }

    static List<ImportLine> validLines(Path file, FileKind kind) throws IOException {
        List<ImportLine> lines = new ArrayList<>();
        new FileValidation(new FakeReferences()).forEachValidLine(file, kind, TODAY, null, lines::add);
        return lines;
    }

    /** A source that counts the bytes read from it, over every time it is opened. */
    static final class CountingSource implements ByteSource {
        private final Path file;
        final AtomicLong bytesRead = new AtomicLong();

        CountingSource(Path file) {
            this.file = file;
        }

        @Override
        public InputStream open() throws IOException {
            return new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        bytesRead.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        bytesRead.addAndGet(n);
                    }
                    return n;
                }
            };
        }
    }
}
