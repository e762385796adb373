package dk.samspil.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.samspil.base.CommandLineOptions;
import dk.samspil.base.cli.CommandLine;
import dk.samspil.base.cli.CommandLines;
import dk.samspil.base.cli.LeanContext;
import dk.samspil.dashboard.Scope;
import dk.samspil.security.CommandLineReader;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar samspil.jar report --quarter 2026-Q3 [--municipality 461] [--lang da|en] --out q3.pdf}:
 * writes the quarterly report in a lean context ({@link LeanContext}, registered in
 * {@code META-INF/spring.factories}), read as the steering group reads ({@link CommandLineReader}):
 * aggregates only, small counts withheld. Exits {@value #WRITTEN} when written, {@value #USAGE} on a
 * usage error, {@value #FAILED} when the application could not start or the report could not be made.
 */
public final class ReportCommandLine implements CommandLine {

    public static final String COMMAND = "report";
    public static final int WRITTEN = DONE;

    /** For {@code spring.factories}. */
    public ReportCommandLine() {
    }

    /** Runs {@code report ...} as {@code main} does: in a lean context of the application, closed at the end. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        return CommandLines.run(application, new ReportCommandLine(), args, out);
    }

    @Override
    public String name() {
        return COMMAND;
    }

    /** The report reads the users (who the steering group is) as the web application does. */
    @Override
    public boolean usesJpa() {
        return true;
    }

    @Override
    public int run(String[] args, LeanContext lean, PrintStream out) {
        Map<String, String> options = CommandLineOptions.parse(args);
        ReportText text = new ReportText("en".equals(options.get("lang")) ? Locale.ENGLISH : ReportText.DANISH);
        Optional<Quarter> quarter = Quarter.parse(options.get("quarter"));
        Optional<Integer> municipality = Optional.ofNullable(options.get("municipality")).map(ReportCommandLine::code);
        String file = options.get("out");
        if (quarter.isEmpty() || file == null || (options.containsKey("municipality") && municipality.isEmpty())) {
            out.println(text.text("report.cli.usage"));
            return USAGE;
        }
        Scope scope = municipality.map(Scope::municipality).orElse(Scope.programme());
        try {
            ConfigurableApplicationContext context = lean.start();
            QuarterlyReports reports = context.getBean(QuarterlyReports.class);
            Path target = Path.of(file);
            CommandLineReader.asSteeringGroup(() -> {
                try (OutputStream pdf = Files.newOutputStream(target)) {
                    reports.write(quarter.get(), scope, text.locale(), pdf);
                    return target;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            out.println(text.text("report.cli.written", target.toAbsolutePath()));
            return WRITTEN;
        } catch (RuntimeException | Error e) {
            out.println(text.text("report.cli.failed", e.getClass().getSimpleName() + ": " + e.getMessage()));
            return FAILED;
        }
    }

    private static Integer code(String value) {
        try {
            int code = Integer.parseInt(value.strip());
            return code > 0 ? code : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
