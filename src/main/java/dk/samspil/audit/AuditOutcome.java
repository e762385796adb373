package dk.samspil.audit;

/** Whether the recorded action was allowed, refused, or failed. */
public enum AuditOutcome {
    ALLOWED,
    DENIED,
    FAILED
}
