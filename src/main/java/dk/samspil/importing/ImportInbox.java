package dk.samspil.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.samspil.base.ServerTask;
import dk.samspil.base.csv.DanishCsv;
import dk.samspil.base.privacy.CprNumbers;
import dk.samspil.importing.batch.InterruptedImports;
import dk.samspil.importing.batch.RunLocks;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ProposedImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The inbox folder: files dropped there are imported on a schedule (monthly by default,
 * {@code samspil.import.inbox-cron}) and then deleted, leaving their report in {@code processed/} or
 * {@code failed/}; a failed import is run again from Samspil's own private copy (see UploadFolder).
 * A file whose name says no kind is never read and is moved to {@code failed/} as it is. Several
 * instances may share one inbox: each file is claimed (moved into {@code claimed/}) by exactly one
 * of them before it is read, under a run lock whose name the claimed file carries and its import
 * records ({@code claimed/<run lock>~<name>}).
 * <p>
 * A file left in {@code claimed/} means the process that claimed it died (docs/decisions/0021). On the
 * next turn, once the lock is free and this instance has taken it again: an import that completed, or
 * whose file was rejected, only has its report written and the file deleted; an import cut off after
 * its file was received runs again from Samspil's private copy (one import record, never two); a file
 * with no import, or whose import never received it, is imported from {@code claimed/}. A claimed file
 * older than the upload retention is deleted unread, as is one whose name carries no lock.
 */
@Component
@ServerTask
public class ImportInbox {

    private static final Logger log = LoggerFactory.getLogger(ImportInbox.class);

    /** Where an instance puts a file it has taken, while it imports it. */
    static final String CLAIMED = "claimed";

    /** Between the run lock's name and the file's own name in {@code claimed/}. */
    static final String LOCK_SEPARATOR = "~";

    private final ImportService imports;
    private final ImportHistory history;
    private final RunLocks locks;
    private final InterruptedImports recovery;
    private final Clock clock;
    private final Duration retention;
    private final String folder;

    ImportInbox(ImportService imports, ImportHistory history, RunLocks locks, InterruptedImports recovery, Clock clock,
                @Value("${samspil.import.failed-upload-retention:P30D}") Duration retention,
                @Value("${samspil.import.inbox:}") String folder) {
        this.imports = imports;
        this.history = history;
        this.locks = locks;
        this.recovery = recovery;
        this.clock = clock;
        this.retention = retention;
        this.folder = folder;
    }

    // a whole inbox of monthly files may take a while; each file is also claimed on its own (processInbox).
    // At least a minute, so instances whose clocks differ by seconds take one cron turn once, not twice
    @SchedulerLock(name = "import-inbox", lockAtMostFor = "PT4H",
            lockAtLeastFor = "${samspil.import.inbox-lock-at-least-for:PT1M}")
    @Scheduled(cron = "${samspil.import.inbox-cron:0 0 6 3 * *}", zone = "Europe/Copenhagen")
    public void scheduled() {
        if (!folder.isBlank()) {
            processInbox();
        }
    }

    /** Imports every CSV file in the inbox, oldest name first (cases before meetings and outcomes). */
    public List<ImportSummary> processInbox() {
        Path inbox = Path.of(folder);
        List<ImportSummary> done = new ArrayList<>(leftClaimed(inbox));
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> csv = Files.newDirectoryStream(inbox, "*.csv")) {
            csv.forEach(files::add);
        } catch (IOException e) {
            log.warn("The import inbox {} cannot be read: {}", inbox, e.getMessage());
            return done;
        }
        files.sort((a, b) -> order(a).compareTo(order(b)));
        for (Path file : files) {
            RunLocks.RunLock lock = locks.acquire();
            try (lock) {
                claim(inbox, file, lock).flatMap(claimed -> process(inbox, claimed, file.getFileName().toString(), lock))
                        .ifPresent(done::add);
            }
        }
        return done;
    }

    /**
     * Takes the file out of the inbox into {@code claimed/} by one atomic rename, so with several
     * instances on one inbox exactly one of them imports it: the others find it gone and skip it.
     * The claimed name starts with the run lock the import will record.
     */
    private static Optional<Path> claim(Path inbox, Path file, RunLocks.RunLock lock) {
        try {
            Path claimed = Files.createDirectories(inbox.resolve(CLAIMED))
                    .resolve(lock.name() + LOCK_SEPARATOR + file.getFileName());
            return Optional.of(Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Inbox file {} could not be claimed: {}", ImportService.safeFileName(file.getFileName().toString()),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * The files a process that died left in {@code claimed/}: each taken by one instance (the one
     * that takes its lock again), and led by its lock to its import, so no file is imported twice.
     */
    private List<ImportSummary> leftClaimed(Path inbox) {
        List<ImportSummary> done = new ArrayList<>();
        List<Path> claimed = new ArrayList<>();
        try (DirectoryStream<Path> csv = Files.newDirectoryStream(inbox.resolve(CLAIMED), "*.csv")) {
            csv.forEach(claimed::add);
        } catch (NoSuchFileException e) {
            return done;
        } catch (IOException e) {
            log.warn("The inbox's {}/ folder cannot be read: {}", CLAIMED, e.getClass().getSimpleName());
            return done;
        }
        if (claimed.isEmpty()) {
            return done;
        }
        // a dead process's import still marked as running becomes FAILED, and can then be run again
        recovery.recoverNow();
        claimed.sort((a, b) -> order(a).compareTo(order(b)));
        for (Path file : claimed) {
            String name = file.getFileName().toString();
            int separator = name.indexOf(LOCK_SEPARATOR);
            String runLock = separator > 0 ? name.substring(0, separator) : "";
            if (!runLock.isEmpty() && locks.held(runLock)) {
                continue; // its process is alive, here or on another instance, and still importing it
            }
            if (runLock.isEmpty() || expired(file)) {
                // an older version's claim leads to no import, and an old one is kept no longer than an upload
                deleteUnread(file);
                continue;
            }
            Optional<RunLocks.RunLock> taken = locks.take(runLock);
            if (taken.isEmpty()) {
                continue; // another instance took it just now
            }
            try (RunLocks.RunLock lock = taken.get()) {
                // another instance may have finished it between the listing and the lock
                if (Files.exists(file)) {
                    resume(inbox, file, name.substring(separator + 1), lock).ifPresent(done::add);
                }
            }
        }
        return done;
    }

    /** A claimed file of a dead process, under its lock taken again: finished, run again or imported. */
    private Optional<ImportSummary> resume(Path inbox, Path file, String name, RunLocks.RunLock lock) {
        Optional<ImportSummary> record = history.findByRunLock(lock.name());
        try {
            if (record.isEmpty() || neverReceived(record.get())) {
                return process(inbox, file, name, lock);
            }
            ImportSummary summary = record.get();
            return switch (summary.status()) {
                // the process died before it could write the report and delete the file
                case COMPLETED -> finish(inbox, file, name, summary);
                case FAILED -> summary.rejected()
                        ? finish(inbox, file, name, summary)
                        : finish(inbox, file, name, imports.runAgainAs(summary.id(), lock));
                // the recovery did not mark it: left for the next turn
                case STARTED -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) {
            log.warn("Claimed inbox file {} could not be resumed: {}", ImportService.safeFileName(name),
                    CprNumbers.hidden(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** An import cut off before its file was whole has no copy to run again from: the claimed file is it. */
    private boolean neverReceived(ImportSummary summary) {
        return summary.status() == ImportStatus.FAILED && !imports.canRunAgain(summary) && !summary.rejected();
    }

    private boolean expired(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().plus(retention).isBefore(clock.instant());
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteUnread(Path file) {
        try {
            Files.deleteIfExists(file);
            log.info("Claimed inbox file {} deleted unread (older than the upload retention, or claimed by an older version)",
                    ImportService.safeFileName(file.getFileName().toString()));
        } catch (IOException e) {
            log.warn("Claimed inbox file {} could not be deleted: {}", ImportService.safeFileName(file.getFileName().toString()),
                    e.getClass().getSimpleName());
        }
    }

    /** An import that could not even run gives the file back under its own name, to be tried on the next turn. */
    private static void release(Path inbox, Path claimed, String name) {
        try {
            Files.move(claimed, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Inbox file {} stays in {}/: {}", ImportService.safeFileName(name), CLAIMED, e.getClass().getSimpleName());
        }
    }

    private Optional<ImportSummary> process(Path inbox, Path file, String name, RunLocks.RunLock lock) {
        Optional<ProposedImport> proposed = ProposedImport.fromFileName(name);
        try {
            if (proposed.isEmpty()) {
                move(inbox, file, name, "failed", List.of(List.of("0", "",
                        new ImportReportText(Locale.of("da")).text("cli.kind-period"))));
                return Optional.empty();
            }
            ImportSummary summary;
            try (InputStream in = Files.newInputStream(file)) {
                summary = imports.importAs("inbox", in, new ImportService.ImportRequest(name, proposed.get().kind(),
                        proposed.get().period(), ImportMode.STRICT), lock);
            }
            return finish(inbox, file, name, summary);
        } catch (IOException | RuntimeException e) {
            // neither the name nor the message (which may quote the path) could carry a CPR number
            log.warn("Inbox file {} could not be processed: {}", ImportService.safeFileName(name),
                    CprNumbers.hidden(String.valueOf(e.getMessage())));
            if (Files.exists(file)) {
                release(inbox, file, name);
            }
            return Optional.empty();
        }
    }

    /** The report beside the inbox, and the claimed file deleted. */
    private Optional<ImportSummary> finish(Path inbox, Path file, String name, ImportSummary summary) throws IOException {
        ImportReportText text = new ImportReportText(Locale.of("da"));
        List<List<String>> report = imports.withWhy(summary.id()).stream()
                .map(e -> List.of(String.valueOf(e.line()), e.column() == null ? "" : e.column(), text.line(e))).toList();
        // Samspil has its own copy for "run again", kept private and for the retention only; a
        // second copy left in the drop folder would outlive both
        Files.deleteIfExists(file);
        write(inbox.resolve(summary.status() == ImportStatus.COMPLETED ? "processed" : "failed"),
                ImportService.safeFileName(name) + ".report.csv", report);
        return Optional.of(summary);
    }

    private static void move(Path inbox, Path file, String name, String to, List<List<String>> report) throws IOException {
        Path target = inbox.resolve(to);
        Files.createDirectories(target);
        Files.move(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        write(target, name + ".report.csv", report);
    }

    private static void write(Path folder, String name, List<List<String>> report) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), DanishCsv.of(List.of("linje", "kolonne", "fejl"), report),
                StandardCharsets.UTF_8);
    }

    /** The data contract's order: cases first, since meetings and outcomes refer to them. */
    private static String order(Path file) {
        String name = file.getFileName().toString();
        name = name.substring(name.indexOf(LOCK_SEPARATOR) + 1);
        return (name.startsWith("cases") ? "0" : "1") + name;
    }
}
