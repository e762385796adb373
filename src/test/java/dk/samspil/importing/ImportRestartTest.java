package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import dk.samspil.importing.batch.InterruptedImportsProbe;
import dk.samspil.support.Samples;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A job that stops half way through its write (here: the database refuses the end of the write)
 * leaves nothing behind, and run again it ends with exactly the file's rows, none lost, none twice.
 */
@SpringBootTest
class ImportRestartTest {

    /**
     * Throws inside the write transaction, after every row is written, like a database that goes
     * away before the commit. Added to the running context, not declared as a bean, so the test
     * shares the suite's one application context.
     */
    private static final class Interruption implements ApplicationListener<PayloadApplicationEvent<?>> {

        final AtomicBoolean on = new AtomicBoolean(true);

        @Override
        public void onApplicationEvent(PayloadApplicationEvent<?> event) {
            if (on.get() && event.getPayload() instanceof ImportCompleted) {
                throw new IllegalStateException("the database went away");
            }
        }
    }

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    ImportService imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;

    @Test
    void an_interrupted_import_changes_nothing_and_run_again_writes_the_file_exactly_once() throws IOException {
        importFile("cases-2026-10.csv");
        long before = meetingsOfOdenseInOctober();
        Interruption interruption = new Interruption();
        context.addApplicationListener(interruption);
        ImportSummary failed;
        try {
            failed = importFile("meetings-2026-10.csv");
        } finally {
            interruption.on.set(false);
        }

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(meetingsOfOdenseInOctober()).as("nothing of the interrupted write").isEqualTo(before);
        assertThat(imports.canRunAgain(failed)).as("Run again is offered after a failure that is not the file's").isTrue();

        SignIn.as(users, "data");
        try {
            ImportSummary again = imports.restart(failed.id());
            assertThat(again.status()).isEqualTo(ImportStatus.COMPLETED);
        } finally {
            SignIn.out();
        }
        long inFile = Files.readAllLines(Samples.path("meetings-2026-10.csv")).stream()
                .filter(line -> line.contains(",461,")).count();
        assertThat(meetingsOfOdenseInOctober()).as("exactly the file's rows").isEqualTo(inFile);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT meeting_ref) FROM network_meeting WHERE municipality_code = 461 "
                + "AND held_on >= '2026-10-01' AND held_on < '2026-11-01'").query(Long.class).single()).isEqualTo(inFile);
    }

    @Test
    void a_database_connection_killed_mid_write_loses_nothing_and_doubles_nothing_after_a_restart(@TempDir Path dir)
            throws Exception {
        int respondents = 15_000;
        Path file = dir.resolve("survey-responses-2026-08.csv");
        StringBuilder csv = new StringBuilder("response_ref,wave,municipality_code,sector,item_code,score\n");
        for (int r = 0; r < respondents; r++) {
            for (String item : new String[] {"PS1", "PS4", "PS7", "RCL1", "RCL2", "RCL3", "RCL4", "RC1", "RC2", "RC3",
                    "RC4", "RC5", "RC6", "RC7"}) {
                csv.append("K").append(r).append(",2026-08,461,NGO,").append(item).append(',').append(1 + r % 5).append('\n');
            }
        }
        Files.writeString(file, csv);
        long rows = respondents * 14L;
        // other tests of this context may have imported Odense's August before: the killed write must leave that
        long before = importedAnswersIn2026August();

        CompletableFuture<ImportSummary> running = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return imports.importAs("test", in, new ImportService.ImportRequest(file.getFileName().toString(),
                        FileKind.SURVEY_RESPONSES, ImportPeriod.parse("2026-08"), ImportMode.STRICT));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long killed = killTheWritingConnection(running);
        ImportSummary failed = running.get(60, TimeUnit.SECONDS);

        assertThat(killed).as("a connection was killed mid-write").isPositive();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.rejection()).as("the report says why").isEqualTo("import.failed.connection-lost");
        assertThat(importedAnswersIn2026August()).as("nothing of the killed write").isEqualTo(before);

        SignIn.as(users, "data");
        try {
            assertThat(imports.restart(failed.id()).status()).isEqualTo(ImportStatus.COMPLETED);
        } finally {
            SignIn.out();
        }
        assertThat(importedAnswersIn2026August()).as("exactly the file's rows").isEqualTo(rows);
    }

    /** Waits until the import's write is loading answers, then kills that connection on the server. */
    private long killTheWritingConnection(CompletableFuture<?> running) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!running.isDone() && System.currentTimeMillis() < deadline) {
            List<Long> writers = jdbc.sql("""
                            SELECT ID FROM information_schema.PROCESSLIST
                            WHERE DB = DATABASE() AND (INFO LIKE 'INSERT INTO survey_answer%'
                                OR INFO LIKE 'LOAD DATA LOCAL INFILE%survey_answer%')""")
                    .query(Long.class).list();
            if (!writers.isEmpty()) {
                jdbc.sql("KILL CONNECTION " + writers.getFirst()).update();
                return writers.getFirst();
            }
            Thread.sleep(5);
        }
        return 0;
    }

    private long importedAnswersIn2026August() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                        JOIN survey_wave w ON w.id = r.wave_id
                        WHERE r.source = 'IMPORT' AND r.municipality_code = 461 AND w.period = '2026-08-01'""")
                .query(Long.class).single();
    }

    @Test
    void an_import_cut_off_by_a_stopped_process_is_marked_failed_at_start_up() {
        long id = jdbc.sql("SELECT MAX(id) FROM import_record").query(Long.class).optional().orElse(0L);
        jdbc.sql("""
                INSERT INTO import_record (kind, period, file_name, started_by, started_at, status)
                VALUES ('meetings', '2026-10-01', 'meetings-2026-10.csv', 'test', NOW(3), 'STARTED')""").update();
        long started = jdbc.sql("SELECT MAX(id) FROM import_record").query(Long.class).single();
        assertThat(started).isGreaterThan(id);

        new InterruptedImportsProbe(template).runAtStartUp();

        assertThat(jdbc.sql("SELECT status FROM import_record WHERE id = ?").param(started).query(String.class).single())
                .isEqualTo("FAILED");
    }

    private ImportSummary importFile(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Samples.path(name))) {
            return imports.importAs("test", in, new ImportService.ImportRequest(name, FileKind.fromFileName(name).orElseThrow(),
                    ImportPeriod.parse("2026-10"), ImportMode.STRICT));
        }
    }

    private long meetingsOfOdenseInOctober() {
        return jdbc.sql("SELECT COUNT(*) FROM network_meeting WHERE municipality_code = 461 "
                + "AND held_on >= '2026-10-01' AND held_on < '2026-11-01'").query(Long.class).single();
    }
}
