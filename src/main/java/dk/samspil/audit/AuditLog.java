package dk.samspil.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the audit log. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an action in its own transaction, so a refusal is kept even though the caller's
     * transaction then rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, String target, AuditOutcome outcome) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, username, action, target, outcome) VALUES (?, ?, ?, ?, ?)")
                // stored in UTC, whatever the zones of the JVM and the database (docs/decisions/0015)
                .params(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), username, action, target,
                        outcome.name())
                .update();
    }

    /** The newest entries first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("""
                        SELECT occurred_at, username, action, target, outcome FROM audit_log
                        ORDER BY occurred_at DESC, id DESC LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new AuditEntry(rs.getObject("occurred_at", LocalDateTime.class)
                        .atOffset(ZoneOffset.UTC).atZoneSameInstant(clock.getZone()).toLocalDateTime(),
                        rs.getString("username"), rs.getString("action"), rs.getString("target"),
                        AuditOutcome.valueOf(rs.getString("outcome"))))
                .list();
    }
}
