package dk.samspil.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's sample monthly files ({@code src/test/resources/samples}, described in
 * {@code docs/import-formats.md}): one file of each kind as UTF-8 with English headers, and in
 * {@code danish-excel/} its twin as Danish Excel writes it, which must import to the same rows.
 * Read from the test class path, so a test finds them whatever its working directory.
 */
public final class Samples {

    private static final Path FOLDER = folder("/samples");
    private static final Path DANISH_EXCEL = FOLDER.resolve("danish-excel");

    private Samples() {
    }

    /** The UTF-8 sample of that name, e.g. {@code cases-2026-10.csv}. */
    public static Path path(String name) {
        return existing(FOLDER.resolve(name));
    }

    /** The Danish-Excel twin (Windows-1252, {@code ;}, Danish headers) of the sample of that name. */
    public static Path danishExcel(String name) {
        return existing(DANISH_EXCEL.resolve(name));
    }

    /** The folder of the UTF-8 samples. */
    public static Path folder() {
        return FOLDER;
    }

    /** The folder of the Danish-Excel twins. */
    public static Path danishExcelFolder() {
        return DANISH_EXCEL;
    }

    /** The names of the CSV files in a folder, sorted: a sample added there is picked up by every test that asks. */
    public static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No sample file " + file);
        }
        return file;
    }

    private static Path folder(String resource) {
        URL url = Samples.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("The samples are not on the test class path: " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
