package dk.samspil.importing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One import as the Imports page lists it. */
public record ImportSummary(long id, String kind, Integer municipalityCode, LocalDate period, String fileName,
                            String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt, ImportStatus status,
                            int rowsRead, int rowsWritten, int rowsRejected, String mode, String rejection,
                            Long jobExecutionId) {

    /** Refused by the validation or by the anonymity rules, not failed for another reason. */
    public boolean rejected() {
        return rejection != null && rejection.startsWith("import.rejected.");
    }

    /**
     * Refused for what the file holds, so the same file would be refused again: nothing to run
     * again. (A wave closed while the file was read is the one refusal a second run can pass.)
     */
    public boolean refusedForItsContent() {
        return rejected() && !"import.rejected.wave-closed-meanwhile".equals(rejection);
    }

    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
