package dk.samspil.importing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dk.samspil.base.ServerTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what the upload folder keeps too long. A successful import and a CPR rejection delete
 * their file at once; a failed import's work copy is kept for "Run again" for at most
 * {@code samspil.import.failed-upload-retention} (default 30 days) from when it was received, an
 * upload that was never imported for at most a day. A file whose import is still running is left
 * alone, whichever process runs it. Each instance cleans its own data directory.
 */
@Component
@ServerTask
class UploadRetention {

    private static final Logger log = LoggerFactory.getLogger(UploadRetention.class);
    static final Duration NEVER_IMPORTED = Duration.ofDays(1);

    private final UploadFolder uploads;
    private final ImportHistory history;
    private final Clock clock;
    private final Duration retention;

    UploadRetention(UploadFolder uploads, ImportHistory history, Clock clock,
                    @Value("${samspil.import.failed-upload-retention:P30D}") Duration retention) {
        this.uploads = uploads;
        this.history = history;
        this.clock = clock;
        this.retention = retention;
    }

    // not locked across instances on purpose: each instance cleans its own data directory, which no
    // other instance can see, so each must run it
    @Scheduled(cron = "${samspil.import.clean-up-cron:0 20 * * * *}", zone = "Europe/Copenhagen")
    void scheduled() {
        deleteExpired(clock.instant());
    }

    /** Deletes every file that has outlived its time at {@code now}; returns how many. */
    int deleteExpired(Instant now) {
        Path folder = uploads.folder();
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && expired(file, now) && uploads.delete(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("The upload folder could not be cleaned: {}", e.getClass().getSimpleName());
        }
        if (deleted > 0) {
            log.info("{} expired upload(s) deleted", deleted);
        }
        return deleted;
    }

    private boolean expired(Path file, Instant now) throws IOException {
        Instant received = Files.getLastModifiedTime(file).toInstant();
        String name = file.getFileName().toString();
        if (name.startsWith(UploadFolder.RECEIVED)) {
            return received.plus(NEVER_IMPORTED).isBefore(now);
        }
        boolean old = received.plus(retention).isBefore(now);
        Optional<ImportSummary> owner = importId(name).flatMap(history::find);
        if (owner.isEmpty()) {
            return old;
        }
        ImportSummary summary = owner.get();
        return switch (summary.status()) {
            case STARTED -> false;
            // left behind when deleting right after the import failed: nothing to run again
            case COMPLETED -> true;
            case FAILED -> old || "import.rejected.cpr".equals(summary.rejection());
        };
    }

    private static Optional<Long> importId(String name) {
        int dash = name.indexOf('-');
        try {
            return dash > 0 ? Optional.of(Long.parseLong(name.substring(0, dash))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
