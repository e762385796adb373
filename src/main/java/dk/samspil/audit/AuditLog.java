package dk.samspil.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dk.samspil.base.StoredTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the audit log, append-only and hash-chained (docs/decisions/0019). Every entry is
 * written here: the chain head is locked for each insert, so writers in several instances take
 * turns and each entry follows exactly one other.
 */
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
        record(username, action, target, outcome, null);
    }

    /**
     * The same, for an action on one municipality's data, so the audit page can show what was done
     * with that municipality's data.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, String target, AuditOutcome outcome, Integer municipalityCode) {
        AuditChain.Head head = jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new AuditChain.Head(rs.getLong("last_id"), rs.getString("last_hash"))).single();
        // stored in UTC, whatever the zones of the JVM and the database (docs/decisions/0015), to the
        // millisecond the column keeps: the hash is over what is stored
        ChainedEntry entry = new ChainedEntry(head.id() + 1,
                StoredTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                fit(username == null ? "-" : username, 60), fit(action, 40), fit(target, 200), outcome.name(),
                municipalityCode);
        String hash = entry.hash(head.hash());
        jdbc.sql("""
                        INSERT INTO audit_log (id, occurred_at, username, action, target, outcome, municipality_code,
                                               prev_hash, entry_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), entry.occurredAt(), entry.username(), entry.action(), entry.target(),
                        entry.outcome(), entry.municipalityCode(), head.hash(), hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1").params(entry.id(), hash).update();
    }

    /** The newest entries first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql(AuditEntry.SELECT + " ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(AuditEntry.mapper(clock.getZone()))
                .list();
    }

    /** A text cut to its column's width, so what is hashed is what the column keeps. */
    private static String fit(String text, int width) {
        if (text == null || text.codePointCount(0, text.length()) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, width));
    }
}
