package dk.samspil.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;

import dk.samspil.base.StoredTime;
import org.springframework.jdbc.core.RowMapper;

/**
 * One line of the audit log. Targets name ids (case 17), never personal data; the municipality
 * is the one whose data the action concerned, when it concerned one.
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String username, String action, String target,
                         AuditOutcome outcome, Integer municipalityCode) {

    static final String SELECT = "SELECT id, occurred_at, username, action, target, outcome, municipality_code FROM audit_log";

    /** Rows of {@link #SELECT}, their UTC times shown in {@code zone}. */
    static RowMapper<AuditEntry> mapper(ZoneId zone) {
        return (rs, row) -> new AuditEntry(rs.getLong("id"), StoredTime.shown(rs.getObject("occurred_at", LocalDateTime.class), zone),
                rs.getString("username"), rs.getString("action"), rs.getString("target"),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getObject("municipality_code", Integer.class));
    }
}
