package dk.samspil.importing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One import as the Imports page lists it. */
public record ImportSummary(long id, String kind, Integer municipalityCode, LocalDate period, String fileName,
                            String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt, ImportStatus status,
                            int rowsRead, int rowsWritten, int rowsRejected, String mode, String rejection,
                            Long jobExecutionId) {

    /** Refused for what the file holds (its report says why), not failed for another reason. */
    public boolean rejected() {
        return status == ImportStatus.FAILED && rejection != null && rejection.startsWith("import.rejected.");
    }

    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
