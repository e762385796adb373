package dk.samspil.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import dk.samspil.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Uploads and work copies (issue: failed uploads world-readable in the temporary folder, never
 * deleted): private, deleted after a successful import or a CPR rejection, and a failed one kept
 * only for its retention.
 */
@SpringBootTest
class UploadFolderTest {

    @Autowired
    ImportService imports;
    @Autowired
    ImportHistory history;
    @Autowired
    UploadFolder uploads;
    @Autowired
    UploadRetention retention;
    @Autowired
    Clock clock;

    @Test
    void the_folder_is_the_owners_only_and_so_is_every_file_in_it(@TempDir Path dir) throws IOException {
        Path existing = dir.resolve("data/imports");
        Files.createDirectories(existing);
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));
        UploadFolder folder = new UploadFolder(existing);

        Path copy = folder.workCopy(7, new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        File upload = folder.newUpload();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upload.toPath()))).isEqualTo("rw-------");
        assertThat(Files.readString(copy)).isEqualTo("a,b\n1,2\n");
        assertThat(copy.getParent()).isEqualTo(existing);

        UploadFolder fresh = new UploadFolder(dir.resolve("new/imports"));
        fresh.newUpload();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new/imports"))))
                .isEqualTo("rwx------");
    }

    @Test
    void by_default_the_folder_is_under_the_applications_data_directory_not_the_temporary_folder() throws IOException {
        java.util.Properties defaults = new java.util.Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("samspil.import.work-dir")).isEqualTo("${samspil.data-dir}/imports");
        assertThat(defaults.getProperty("samspil.data-dir")).doesNotContain("tmp");
        assertThat(defaults.getProperty("samspil.import.failed-upload-retention")).endsWith(":P30D}");
    }

    @Test
    void a_folder_outside_cannot_be_deleted_through_it(@TempDir Path dir) throws IOException {
        Path outside = Files.writeString(dir.resolve("keep.csv"), "x");
        assertThat(uploads.delete(outside)).isFalse();
        assertThat(outside).exists();
    }

    @Test
    void a_successful_import_and_a_cpr_rejection_leave_no_file_and_a_failed_one_is_kept_privately() throws IOException {
        ImportSummary completed = run(Files.readString(Samples.path("cases-2026-10.csv")), ImportMode.STRICT);
        String withCpr = Files.readString(Samples.path("cases-2026-10.csv")).replaceFirst("ODE-0002", "010190 4821");
        ImportSummary cpr = run(withCpr, ImportMode.LENIENT);
        String invalid = Files.readString(Samples.path("cases-2026-10.csv")).replaceFirst("ACTIVE", "SOMETIMES");
        ImportSummary failed = run(invalid, ImportMode.STRICT);

        assertThat(completed.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(cpr.rejection()).isEqualTo("import.rejected.cpr");
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.rejection()).isEqualTo("import.rejected.invalid");
        assertThat(filesOf(completed)).as("after success").isEmpty();
        assertThat(filesOf(cpr)).as("after a CPR rejection").isEmpty();
        assertThat(filesOf(failed)).as("kept privately for the retention, as every failed import's").hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(filesOf(failed).getFirst())))
                .isEqualTo("rw-------");
        assertThat(imports.reportOf(failed.id())).isNotEmpty();
        assertThat(imports.canRunAgain(failed)).as("the validation would refuse the same file again").isFalse();
        assertThat(imports.canRunAgain(cpr)).as("nothing to run again after a CPR rejection").isFalse();
    }

    @Test
    void a_failed_upload_is_kept_for_its_retention_then_deleted_and_a_running_import_keeps_its_file() throws IOException {
        String invalid = Files.readString(Samples.path("cases-2026-10.csv")).replaceFirst("ACTIVE", "SOMETIMES");
        ImportSummary failed = run(invalid, ImportMode.STRICT);
        Path kept = filesOf(failed).getFirst();
        long runningId = history.start("cases", ImportPeriod.parse("2026-10").firstDay(), "cases-2026-10.csv", "test",
                "STRICT", null);
        Path running = uploads.workCopy(runningId, new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));
        Path orphan = uploads.workCopy(999_999_999, new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));
        Path neverImported = uploads.newUpload().toPath();
        Instant received = Files.getLastModifiedTime(kept).toInstant();
        UploadRetention sevenDays = new UploadRetention(uploads, history, clock, Duration.ofDays(7));

        sevenDays.deleteExpired(received.plus(Duration.ofHours(20)));
        assertThat(List.of(kept, running, orphan, neverImported)).as("all young enough").allMatch(Files::exists);

        sevenDays.deleteExpired(received.plus(Duration.ofDays(2)));
        assertThat(neverImported).as("an upload never imported: a day").doesNotExist();
        assertThat(List.of(kept, running, orphan)).allMatch(Files::exists);

        retention.deleteExpired(received.plus(Duration.ofDays(29)));
        assertThat(List.of(kept, running, orphan)).as("the default 30 days").allMatch(Files::exists);

        sevenDays.deleteExpired(received.plus(Duration.ofDays(8)));
        assertThat(kept).as("a failed import's copy after the configured 7 days").doesNotExist();
        assertThat(imports.canRunAgain(failed)).as("Run again is no longer offered").isFalse();
        assertThat(orphan).as("a copy no import of this database owns").doesNotExist();
        assertThat(running).as("a running import's file, however old").exists();

        history.finish(runningId, ImportStatus.FAILED, 0);
        Files.setLastModifiedTime(running, FileTime.from(received.minus(Duration.ofDays(31))));
        retention.scheduled();
        assertThat(running).as("the scheduled task with the default 30 days").doesNotExist();
    }

    @Test
    void a_completed_imports_leftover_is_deleted_at_the_next_round_whatever_its_age() throws IOException {
        ImportSummary completed = run(Files.readString(Samples.path("cases-2026-10.csv")), ImportMode.STRICT);
        Path leftover = uploads.workCopy(completed.id(), new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));

        retention.deleteExpired(Instant.now(clock));

        assertThat(leftover).doesNotExist();
    }

    private List<Path> filesOf(ImportSummary summary) throws IOException {
        try (Stream<Path> files = Files.list(uploads.folder())) {
            return files.filter(f -> f.getFileName().toString().startsWith(summary.id() + "-")).toList();
        }
    }

    private ImportSummary run(String content, ImportMode mode) {
        return imports.importAs("test", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                new ImportService.ImportRequest("cases-2026-10.csv", FileKind.CASES, ImportPeriod.parse("2026-10"), mode));
    }
}
