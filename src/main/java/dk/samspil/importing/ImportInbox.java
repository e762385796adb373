package dk.samspil.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.samspil.base.csv.DanishCsv;
import dk.samspil.base.privacy.CprNumbers;
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
 * of them before it is read; one left there means its import was cut off, and it runs again from
 * Samspil's private copy, not from the inbox.
 */
@Component
public class ImportInbox {

    private static final Logger log = LoggerFactory.getLogger(ImportInbox.class);

    /** Where an instance puts a file it has taken, while it imports it. */
    static final String CLAIMED = "claimed";

    private final ImportService imports;
    private final ImportHistory history;
    private final String folder;

    ImportInbox(ImportService imports, ImportHistory history, @Value("${samspil.import.inbox:}") String folder) {
        this.imports = imports;
        this.history = history;
        this.folder = folder;
    }

    // a whole inbox of monthly files may take a while; each file is also claimed on its own (processInbox)
    @SchedulerLock(name = "import-inbox", lockAtMostFor = "PT4H", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "${samspil.import.inbox-cron:0 0 6 3 * *}", zone = "Europe/Copenhagen")
    public void scheduled() {
        if (!folder.isBlank()) {
            processInbox();
        }
    }

    /** Imports every CSV file in the inbox, oldest name first (cases before meetings and outcomes). */
    public List<ImportSummary> processInbox() {
        Path inbox = Path.of(folder);
        List<ImportSummary> done = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> csv = Files.newDirectoryStream(inbox, "*.csv")) {
            csv.forEach(files::add);
        } catch (IOException e) {
            log.warn("The import inbox {} cannot be read: {}", inbox, e.getMessage());
            return done;
        }
        files.sort((a, b) -> order(a).compareTo(order(b)));
        for (Path file : files) {
            claim(inbox, file).flatMap(claimed -> process(inbox, claimed)).ifPresent(done::add);
        }
        return done;
    }

    /**
     * Takes the file out of the inbox into {@code claimed/} by one atomic rename, so with several
     * instances on one inbox exactly one of them imports it: the others find it gone and skip it.
     */
    private static Optional<Path> claim(Path inbox, Path file) {
        try {
            Path claimed = Files.createDirectories(inbox.resolve(CLAIMED)).resolve(file.getFileName());
            return Optional.of(Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("Inbox file {} could not be claimed: {}", ImportService.safeFileName(file.getFileName().toString()),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** An import that could not even run gives the file back, to be tried on the next turn. */
    private static void release(Path inbox, Path claimed) {
        try {
            Files.move(claimed, inbox.resolve(claimed.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Inbox file {} stays in {}/: {}", ImportService.safeFileName(claimed.getFileName().toString()),
                    CLAIMED, e.getClass().getSimpleName());
        }
    }

    private Optional<ImportSummary> process(Path inbox, Path file) {
        String name = file.getFileName().toString();
        Optional<ProposedImport> proposed = ProposedImport.fromFileName(name);
        try {
            if (proposed.isEmpty()) {
                move(inbox, file, "failed", List.of(List.of("0", "", new ImportReportText(Locale.of("da")).text("cli.kind-period"))));
                return Optional.empty();
            }
            ImportSummary summary;
            try (InputStream in = Files.newInputStream(file)) {
                summary = imports.importAs("inbox", in, new ImportService.ImportRequest(name, proposed.get().kind(),
                        proposed.get().period(), ImportMode.STRICT));
            }
            ImportReportText text = new ImportReportText(Locale.of("da"));
            List<List<String>> report = imports.withWhy(summary.id()).stream()
                    .map(e -> List.of(String.valueOf(e.line()), e.column() == null ? "" : e.column(), text.line(e))).toList();
            // Samspil has its own copy for "run again", kept private and for the retention only; a
            // second copy left in the drop folder would outlive both
            Files.delete(file);
            write(inbox.resolve(summary.status() == ImportStatus.COMPLETED ? "processed" : "failed"),
                    ImportService.safeFileName(name) + ".report.csv", report);
            return Optional.of(summary);
        } catch (IOException | RuntimeException e) {
            // neither the name nor the message (which may quote the path) could carry a CPR number
            log.warn("Inbox file {} could not be processed: {}", ImportService.safeFileName(name),
                    CprNumbers.hidden(String.valueOf(e.getMessage())));
            if (Files.exists(file)) {
                release(inbox, file);
            }
            return Optional.empty();
        }
    }

    private static void move(Path inbox, Path file, String to, List<List<String>> report) throws IOException {
        Path target = inbox.resolve(to);
        Files.createDirectories(target);
        Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        write(target, file.getFileName() + ".report.csv", report);
    }

    private static void write(Path folder, String name, List<List<String>> report) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), DanishCsv.of(List.of("linje", "kolonne", "fejl"), report),
                StandardCharsets.UTF_8);
    }

    /** The data contract's order: cases first, since meetings and outcomes refer to them. */
    private static String order(Path file) {
        String name = file.getFileName().toString();
        return (name.startsWith("cases") ? "0" : "1") + name;
    }
}
