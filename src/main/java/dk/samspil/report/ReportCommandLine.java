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
import dk.samspil.dashboard.Scope;
import dk.samspil.security.CommandLineReader;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar samspil.jar report --quarter 2026-Q3 [--municipality 461] [--lang da|en] --out q3.pdf}:
 * writes the quarterly report without starting the web server, read as the steering group reads
 * ({@link CommandLineReader}): aggregates only, small counts withheld. Exits {@value #WRITTEN} when
 * written, {@value #USAGE} on a usage error, {@value #FAILED} when the application could not start
 * or the report could not be made.
 */
public final class ReportCommandLine {

    public static final String COMMAND = "report";
    public static final int WRITTEN = 0;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private ReportCommandLine() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
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
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                // no web server, so none of Vaadin's web set-up either
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run()) {
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
