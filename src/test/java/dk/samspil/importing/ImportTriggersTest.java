package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dk.samspil.SamspilApplication;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The command line and the inbox run the same job as the upload. */
@SpringBootTest
class ImportTriggersTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void the_command_line_imports_a_file_and_exits_0_or_1_with_the_report(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ok = ImportCommandLine.run(SamspilApplication.class,
                new String[] {"import", "--file", Samples.path("cases-2026-10.csv").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(ok).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("cases-2026-10.csv er indlæst");

        Path broken = dir.resolve("meetings-2026-10.csv");
        Files.writeString(broken, Files.readString(Samples.path("meetings-2026-10.csv")).replaceFirst("M-461-00003", "1212121212"));
        out.reset();
        int rejected = ImportCommandLine.run(SamspilApplication.class,
                new String[] {"import", "--file", broken.toString(), "--lenient"}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(rejected).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CPR").contains("Linje 4").doesNotContain("1212121212");

        out.reset();
        assertThat(ImportCommandLine.run(SamspilApplication.class, new String[] {"import", "--file", "nowhere.csv"},
                new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Brug:");
    }

    @Test
    void the_command_line_exits_3_when_the_import_cannot_run_at_all_not_1_as_for_a_rejected_file() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a database that is not there: the application cannot start
        System.setProperty("spring.datasource.url", "jdbc:mariadb://127.0.0.1:9/samspil_nowhere");
        System.setProperty("spring.datasource.hikari.connection-timeout", "1000");
        int exit;
        try {
            exit = ImportCommandLine.run(SamspilApplication.class,
                    new String[] {"import", "--file", Samples.path("cases-2026-10.csv").toString(), "--lang", "en"},
                    new PrintStream(out, true, StandardCharsets.UTF_8));
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.datasource.hikari.connection-timeout");
        }
        assertThat(exit).isEqualTo(ImportCommandLine.FAILED).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("The import could not be run")
                .contains("nothing was changed");
    }

    @Test
    void the_inbox_imports_its_files_and_keeps_only_their_reports(@TempDir Path inbox) throws IOException {
        Files.copy(Samples.path("cases-2026-10.csv"), inbox.resolve("cases-2026-10.csv"));
        Files.writeString(inbox.resolve("outcomes-2026-10.csv"),
                Files.readString(Samples.path("outcomes-2026-10.csv")).replaceFirst(",461,", ",999,"));
        Files.writeString(inbox.resolve("notes.csv"), "a,b\n1,2\n");

        List<ImportSummary> done = TestInbox.at(context, inbox).processInbox();

        assertThat(done).extracting(ImportSummary::status).containsExactly(ImportStatus.COMPLETED, ImportStatus.FAILED);
        assertThat(done).allMatch(s -> s.startedBy().equals("inbox"));
        assertThat(inbox.resolve("processed/cases-2026-10.csv.report.csv")).exists();
        assertThat(Files.readString(inbox.resolve("failed/outcomes-2026-10.csv.report.csv"))).contains("999");
        assertThat(inbox.resolve("failed/notes.csv")).as("a name that says no kind is never read, only moved").exists();
        assertThat(inbox.resolve("cases-2026-10.csv")).doesNotExist();
        assertThat(inbox.resolve("outcomes-2026-10.csv")).doesNotExist();
        assertThat(inbox.resolve("processed/cases-2026-10.csv")).as("no second copy of the data outlives the import").doesNotExist();
        assertThat(inbox.resolve("failed/outcomes-2026-10.csv")).doesNotExist();
    }
}
