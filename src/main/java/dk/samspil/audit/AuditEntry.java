package dk.samspil.audit;

import java.time.LocalDateTime;

/** One line of the audit log. Targets name ids (case 17), never personal data. */
public record AuditEntry(LocalDateTime occurredAt, String username, String action, String target,
                         AuditOutcome outcome) {
}
