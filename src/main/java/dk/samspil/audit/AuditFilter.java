package dk.samspil.audit;

import java.time.LocalDate;

/**
 * Which entries the audit page shows; a null field does not filter. The days are in the clock's
 * zone (Danish time), both included.
 */
public record AuditFilter(String username, String action, LocalDate from, LocalDate to, Integer municipalityCode) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /** The filter in words for the audit log itself: what was exported. */
    String described() {
        StringBuilder text = new StringBuilder("filter");
        append(text, "user", username);
        append(text, "action", action);
        append(text, "from", from);
        append(text, "to", to);
        append(text, "municipality", municipalityCode);
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            text.append(' ').append(name).append('=').append(value);
        }
    }
}
