package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.samspil.importing.batch.ImportParameters;
import dk.samspil.importing.batch.ImportRunner;
import dk.samspil.importing.batch.RunLocks;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files a dead process left in the inbox's {@code claimed/} (docs/decisions/0021): each is finished,
 * run again from Samspil's private copy, or imported — once, whichever instance finds it — and one
 * older than the upload retention is deleted unread.
 */
@SpringBootTest
class ClaimedInboxFilesTest {

    @Autowired
    ImportService imports;
    @Autowired
    ImportHistory history;
    @Autowired
    ImportRunner runner;
    @Autowired
    UploadFolder uploads;
    @Autowired
    RunLocks locks;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path inbox;
    String name;

    @BeforeEach
    void aFileName() {
        // letters only: six digits in a row would be hidden in the stored name
        name = "cases-2026-10-" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "claimed.csv";
    }

    @Test
    void a_file_claimed_by_a_process_that_died_before_its_import_began_is_imported_once_by_one_of_two_instances()
            throws Exception {
        claimed(deadLock(), Files.readAllBytes(Samples.path("cases-2026-10.csv")));

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<List<ImportSummary>>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                ImportInbox instance = inbox();
                runs.add(two.submit(() -> {
                    together.await();
                    return instance.processInbox();
                }));
            }
            assertThat(runs.get(0).get().size() + runs.get(1).get().size()).isEqualTo(1);
        } finally {
            two.shutdownNow();
        }
        inbox().processInbox();

        assertThat(records()).as("imported once").containsExactly("COMPLETED");
        assertThat(claimedFiles()).isEmpty();
        assertThat(inbox.resolve("processed").resolve(name + ".report.csv")).exists();
    }

    @Test
    void a_completed_import_whose_process_died_before_it_deleted_the_file_is_not_imported_again() throws IOException {
        byte[] content = Files.readAllBytes(Samples.path("cases-2026-10.csv"));
        String lockName;
        try (RunLocks.RunLock lock = locks.acquire()) {
            lockName = lock.name();
            assertThat(imports.importAs("inbox", new ByteArrayInputStream(content), request(), lock).status())
                    .isEqualTo(ImportStatus.COMPLETED);
        }
        claimed(lockName, content);

        inbox().processInbox();

        assertThat(records()).as("not a second time").containsExactly("COMPLETED");
        assertThat(claimedFiles()).isEmpty();
        assertThat(inbox.resolve("processed").resolve(name + ".report.csv")).exists();
    }

    @Test
    void an_import_cut_off_after_its_file_arrived_runs_again_from_the_private_copy_as_the_same_import() throws IOException {
        byte[] content = Files.readAllBytes(Samples.path("cases-2026-10.csv"));
        long importId;
        String lockName;
        // what a process killed in the middle of its import leaves: a running import, its execution, its copy
        try (RunLocks.RunLock lock = locks.acquire()) {
            lockName = lock.name();
            importId = history.start("cases", ImportPeriod.parse("2026-10").firstDay(), ImportService.safeFileName(name),
                    "inbox", "STRICT", lock.name());
            Path copy = uploads.workCopyFor(importId);
            runner.prepare(new ImportParameters(importId, copy, FileKind.CASES, ImportPeriod.parse("2026-10"),
                    ImportMode.STRICT));
            uploads.receive(copy, new ByteArrayInputStream(content));
        }
        claimed(lockName, content);

        List<ImportSummary> done = inbox().processInbox();

        assertThat(done).extracting(ImportSummary::id).containsExactly(importId);
        assertThat(records()).as("the same import, completed; no second one").containsExactly("COMPLETED");
        assertThat(claimedFiles()).isEmpty();
        assertThat(uploads.hasWorkCopy(importId)).as("the private copy goes with success").isFalse();
    }

    @Test
    void a_claimed_file_whose_process_is_alive_is_left_alone() throws IOException {
        try (RunLocks.RunLock alive = locks.acquire()) {
            Path file = claimed(alive.name(), Files.readAllBytes(Samples.path("cases-2026-10.csv")));

            inbox().processInbox();

            assertThat(file).exists();
            assertThat(records()).isEmpty();
        }
    }

    @Test
    void a_claimed_file_older_than_the_upload_retention_or_of_an_older_version_is_deleted_unread() throws IOException {
        Path old = claimed(deadLock(), Files.readAllBytes(Samples.path("cases-2026-10.csv")));
        Files.setLastModifiedTime(old, FileTime.from(clock.instant().minus(TestInbox.RETENTION).minusSeconds(60)));
        Path unnamed = Files.write(inbox.resolve(ImportInbox.CLAIMED).resolve(name),
                Files.readAllBytes(Samples.path("cases-2026-10.csv")));

        assertThat(inbox().processInbox()).isEmpty();

        assertThat(old).doesNotExist();
        assertThat(unnamed).doesNotExist();
        assertThat(records()).isEmpty();
    }

    private ImportInbox inbox() {
        return TestInbox.at(context, inbox);
    }

    private ImportService.ImportRequest request() {
        return new ImportService.ImportRequest(name, FileKind.CASES, ImportPeriod.parse("2026-10"), ImportMode.STRICT);
    }

    /** A lock name no live process holds: its process is gone. */
    private static String deadLock() {
        return "samspil-import-" + UUID.randomUUID();
    }

    private Path claimed(String lockName, byte[] content) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve(ImportInbox.CLAIMED));
        return Files.write(folder.resolve(lockName + ImportInbox.LOCK_SEPARATOR + name), content);
    }

    private List<String> records() {
        return jdbc.sql("SELECT status FROM import_record WHERE file_name = ? ORDER BY id")
                .param(ImportService.safeFileName(name)).query(String.class).list();
    }

    private List<Path> claimedFiles() throws IOException {
        try (var files = Files.list(inbox.resolve(ImportInbox.CLAIMED))) {
            return files.toList();
        }
    }
}
