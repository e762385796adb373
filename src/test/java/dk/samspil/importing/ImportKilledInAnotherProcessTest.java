package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dk.samspil.importing.batch.InterruptedImportsProbe;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.support.Samples;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 14, items 1, 4 and 5, with real second processes: an import runs in another JVM (as a
 * command-line import beside the web application does) and is killed with SIGKILL in the middle of
 * its write. While it runs, this process's recovery must leave it alone; once it is dead, the next
 * command-line import starts (it used to abort), its start-up marks the killed one failed — in a JVM
 * in Danish time with database sessions in another zone, without breaking ck_import_finished — and
 * the killed import can be run again, ending with exactly the file's rows.
 */
@SpringBootTest
class ImportKilledInAnotherProcessTest {

    private static final String MEETINGS = "meetings-2026-10.csv";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportService imports;
    @Autowired
    UserDetailsService users;

    @Test
    void a_running_import_of_another_process_survives_recovery_and_once_killed_is_failed_and_runs_again(
            @TempDir Path dir) throws Exception {
        importSample("cases-2026-10.csv");
        long before = meetingsOfOdenseInOctober();
        Path marker = dir.resolve("writing");
        Process other = startOtherProcess(marker, dir);
        long importId;
        TimeZone zone = TimeZone.getDefault();
        try (SingleConnectionDataSource westOfGreenwich = session("-10:00")) {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Copenhagen"));
            awaitMarker(other, marker);
            importId = jdbc.sql("SELECT MAX(id) FROM import_record WHERE started_by = 'other-process'")
                    .query(Long.class).single();
            InterruptedImportsProbe recovery = new InterruptedImportsProbe(new JdbcTemplate(westOfGreenwich));

            recovery.runAtStartUp();
            assertThat(status(importId)).as("running in a live process: left alone").isEqualTo("STARTED");
            assertThat(jdbc.sql("""
                            SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN import_record i
                            ON i.job_execution_id = e.JOB_EXECUTION_ID WHERE i.id = ?""").param(importId)
                    .query(String.class).single()).as("and its job too").isEqualTo("STARTED");

            other.destroyForcibly();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(jdbc.sql("SELECT job_execution_id FROM import_record WHERE id = ?").param(importId)
                    .query(Long.class).optional()).as("the job execution is known after a kill").isPresent();

            awaitLockFreed(importId);
            // the failure: after a kill, the next start aborted ("Application run failed")
            Process cli = startCommandLine(dir);
            assertThat(cli.waitFor(4, TimeUnit.MINUTES)).as("the command line ends").isTrue();
            assertThat(cli.exitValue()).as(Files.readString(dir.resolve("command-line.log"))).isZero();
            assertThat(Files.readString(dir.resolve("command-line.log"))).contains("cases-2026-10.csv er indlæst");
        } finally {
            TimeZone.setDefault(zone);
            if (other.isAlive()) {
                other.destroyForcibly();
            }
        }
        assertThat(status(importId)).as("dead: marked failed").isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT rejection FROM import_record WHERE id = ?").param(importId).query(String.class)
                .single()).isEqualTo("import.failed.interrupted");
        LocalDateTime startedAt = jdbc.sql("SELECT started_at FROM import_record WHERE id = ?").param(importId)
                .query(LocalDateTime.class).single();
        LocalDateTime finishedAt = jdbc.sql("SELECT finished_at FROM import_record WHERE id = ?").param(importId)
                .query(LocalDateTime.class).single();
        LocalDateTime utcNow = LocalDateTime.now(ZoneOffset.UTC);
        assertThat(finishedAt).as("ck_import_finished").isAfterOrEqualTo(startedAt);
        assertThat(startedAt).as("stored in UTC").isBetween(utcNow.minusMinutes(30), utcNow);
        assertThat(finishedAt).as("stored in UTC").isBetween(utcNow.minusMinutes(30), utcNow.plusSeconds(1));
        assertThat(meetingsOfOdenseInOctober()).as("nothing of the killed write").isEqualTo(before);

        SignIn.as(users, "data");
        try {
            assertThat(imports.restart(importId).status()).isEqualTo(ImportStatus.COMPLETED);
        } finally {
            SignIn.out();
        }
        long inFile = Files.readAllLines(Samples.path(MEETINGS)).stream().filter(line -> line.contains(",461,")).count();
        assertThat(meetingsOfOdenseInOctober()).as("exactly the file's rows").isEqualTo(inFile);
    }

    /** The same Samspil, in a JVM of its own on this test's schema, importing the meetings sample. */
    private Process startOtherProcess(Path marker, Path dir) throws IOException, java.sql.SQLException {
        HikariDataSource settings = dataSource.unwrap(HikariDataSource.class);
        Path file = dir.resolve(MEETINGS);
        Files.copy(Samples.path(MEETINGS), file);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m", "-Duser.timezone=Europe/Copenhagen",
                // the log is read as UTF-8; without a locale (CI's shell may have none) "æ" would print as "?"
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-Dspring.datasource.url=" + settings.getJdbcUrl(),
                "-Dspring.datasource.username=" + settings.getUsername(),
                "-Dspring.datasource.password=" + (settings.getPassword() == null ? "" : settings.getPassword()),
                "-Dsamspil.demo.enabled=false", "-Dsamspil.import.work-dir=" + dir.resolve("work"),
                "-Dsamspil.figures.catch-up-every=PT6H",
                "-cp", System.getProperty("java.class.path"), ImportInAnotherProcess.class.getName(),
                marker.toString(), file.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("other-process.log").toFile()).start();
    }

    /**
     * {@code java -jar samspil.jar import} as a data manager runs it, in a JVM in Danish time whose
     * database sessions are in another zone again, importing the cases sample: its start-up runs the
     * recovery of the killed import.
     */
    private Process startCommandLine(Path dir) throws IOException, java.sql.SQLException {
        HikariDataSource settings = dataSource.unwrap(HikariDataSource.class);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m", "-Duser.timezone=Europe/Copenhagen",
                // the log is read as UTF-8; without a locale (CI's shell may have none) "æ" would print as "?"
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-Dspring.datasource.url=" + settings.getJdbcUrl(),
                "-Dspring.datasource.username=" + settings.getUsername(),
                "-Dspring.datasource.password=" + (settings.getPassword() == null ? "" : settings.getPassword()),
                "-Dspring.datasource.hikari.connection-init-sql=SET time_zone = '-10:00'",
                "-Dsamspil.demo.enabled=false", "-Dsamspil.import.work-dir=" + dir.resolve("cli-work"),
                "-Dsamspil.figures.catch-up-every=PT6H",
                "-cp", System.getProperty("java.class.path"), dk.samspil.SamspilApplication.class.getName(),
                "import", "--file", Samples.path("cases-2026-10.csv").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("command-line.log").toFile()).start();
    }

    private static void awaitMarker(Process other, Path marker) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (!Files.exists(marker)) {
            if (!other.isAlive()) {
                throw new AssertionError("the other process ended before its write: "
                        + Files.readString(marker.resolveSibling("other-process.log")));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the other process did not reach its write");
            }
            Thread.sleep(100);
        }
    }

    /** The server frees a dead connection's locks as soon as it sees the connection close. */
    private void awaitLockFreed(long importId) throws InterruptedException {
        String lock = jdbc.sql("SELECT run_lock FROM import_record WHERE id = ?").param(importId).query(String.class)
                .single();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (jdbc.sql("SELECT IS_USED_LOCK(?) IS NOT NULL").param(lock).query(Boolean.class).single()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** One connection whose session is in another time zone than the JVM and the server. */
    private SingleConnectionDataSource session(String timeZone) throws java.sql.SQLException {
        HikariDataSource settings = dataSource.unwrap(HikariDataSource.class);
        SingleConnectionDataSource single = new SingleConnectionDataSource(settings.getJdbcUrl(),
                settings.getUsername(), settings.getPassword() == null ? "" : settings.getPassword(), true);
        new JdbcTemplate(single).execute("SET time_zone = '" + timeZone + "'");
        return single;
    }

    private String status(long importId) {
        return jdbc.sql("SELECT status FROM import_record WHERE id = ?").param(importId).query(String.class).single();
    }

    private void importSample(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Samples.path(name))) {
            imports.importAs("test", in, new ImportService.ImportRequest(name, FileKind.fromFileName(name).orElseThrow(),
                    ImportPeriod.parse("2026-10"), ImportMode.STRICT));
        }
    }

    private long meetingsOfOdenseInOctober() {
        return jdbc.sql("SELECT COUNT(*) FROM network_meeting WHERE municipality_code = 461 "
                + "AND held_on >= '2026-10-01' AND held_on < '2026-11-01'").query(Long.class).single();
    }
}
