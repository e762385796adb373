package dk.samspil.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dk.samspil.SamspilApplication;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ProposedImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * A second Samspil process for {@link ImportKilledInAnotherProcessTest}, started as its own JVM on
 * the test's schema: it imports one file and, once every row is written but before the commit,
 * says so in a marker file and waits there, to be killed. {@code main(markerFile, csvFile)}; the
 * database comes from the system properties {@code spring.datasource.*}.
 */
public final class ImportInAnotherProcess {

    private ImportInAnotherProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path marker = Path.of(args[0]);
        Path file = Path.of(args[1]);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SamspilApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                .run();
        context.addApplicationListener((ApplicationListener<PayloadApplicationEvent<?>>) event -> {
            if (event.getPayload() instanceof ImportCompleted) {
                try {
                    Files.writeString(marker, "writing");
                    Thread.sleep(Long.MAX_VALUE);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            context.getBean(ImportService.class).importAs("other-process", in, new ImportService.ImportRequest(name,
                    FileKind.fromFileName(name).orElseThrow(), ProposedImport.fromFileName(name).orElseThrow().period(),
                    ImportMode.STRICT));
        }
    }
}
