package dk.samspil.importing;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.importing.file.ProposedImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar samspil.jar import --file meetings-2026-10.csv [--kind meetings] [--period 2026-10]
 * [--lenient] [--lang en]}: imports one file without starting the web server, prints the report,
 * and exits {@value #IMPORTED} when the file was imported, {@value #REJECTED} when it was rejected
 * (the report says why), {@value #USAGE} on a usage error, and {@value #FAILED} when the import failed
 * for another reason — the application could not start, the database was lost, another import held
 * the rows — which the report names too when the import got that far.
 */
public final class ImportCommandLine {

    public static final String COMMAND = "import";
    public static final int IMPORTED = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private ImportCommandLine() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        Map<String, String> options = options(args);
        ImportReportText text = new ImportReportText("en".equals(options.get("lang")) ? Locale.ENGLISH : Locale.of("da"));
        String fileName = options.get("file");
        if (fileName == null || !Files.isReadable(Path.of(fileName))) {
            out.println(text.text("cli.usage"));
            return USAGE;
        }
        Path file = Path.of(fileName);
        Optional<ProposedImport> proposed = ProposedImport.fromFileName(file.getFileName().toString());
        Optional<FileKind> kind = Optional.ofNullable(options.get("kind")).flatMap(FileKind::fromCode)
                .or(() -> proposed.map(ProposedImport::kind));
        Optional<ImportPeriod> period = Optional.ofNullable(options.get("period")).map(ImportCommandLine::period)
                .orElseGet(() -> proposed.map(ProposedImport::period));
        if (kind.isEmpty() || period.isEmpty()) {
            out.println(text.text("cli.kind-period"));
            return USAGE;
        }
        ImportMode mode = options.containsKey("lenient") ? ImportMode.LENIENT : ImportMode.STRICT;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                // no web server, so none of Vaadin's web set-up either
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run();
             InputStream in = Files.newInputStream(file)) {
            ImportService imports = context.getBean(ImportService.class);
            ImportSummary summary = imports.importAs("command-line", in,
                    new ImportService.ImportRequest(file.getFileName().toString(), kind.get(), period.get(), mode));
            ImportHistory history = context.getBean(ImportHistory.class);
            out.println(text.text(summary.status() == ImportStatus.COMPLETED ? "imports.completed" : "imports.failed",
                    summary.fileName(), summary.rowsWritten(), summary.rowsRejected()));
            if (summary.rejection() != null) {
                out.println(text.text(summary.rejection()));
            }
            history.errors(summary.id()).forEach(error -> out.println("  " + text.line(error)));
            return exitCode(summary);
        } catch (java.io.IOException e) {
            out.println(text.text("cli.unreadable"));
            return USAGE;
        } catch (RuntimeException | Error e) {
            // the application did not start, or the import could not be run at all
            out.println(text.text("cli.failed", e.getClass().getSimpleName()));
            return FAILED;
        }
    }

    static int exitCode(ImportSummary summary) {
        if (summary.status() == ImportStatus.COMPLETED) {
            return IMPORTED;
        }
        return summary.rejected() ? REJECTED : FAILED;
    }

    private static Optional<ImportPeriod> period(String value) {
        try {
            return Optional.of(ImportPeriod.parse(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                options.put(name, hasValue ? args[++i] : "true");
            }
        }
        return options;
    }
}
