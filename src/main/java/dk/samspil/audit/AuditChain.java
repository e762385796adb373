package dk.samspil.audit;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the hash chain of the audit log from its first entry to the chain head. Read in pages by
 * id, so a log of millions of entries is checked without holding it in memory. No role check: the
 * command line ({@link AuditVerifyCommand}) has no signed-in user; the page asks through
 * {@link AuditTrail#verifyChain()}.
 */
@Service
public class AuditChain {

    private static final int PAGE = 5_000;

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(ChainedEntry entry, String prevHash, String entryHash) {
    }

    @Transactional(readOnly = true)
    public ChainCheck verify() {
        Head head = jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("last_id"), rs.getString("last_hash"))).single();
        String expectedPrev = ChainedEntry.GENESIS;
        long lastId = 0;
        long entries = 0;
        List<Row> page;
        do {
            page = page(lastId);
            for (Row row : page) {
                entries++;
                if (!row.prevHash().equals(expectedPrev)) {
                    return ChainCheck.broken(entries, row.entry().id(), "missing-before", head.id(), head.hash());
                }
                if (!row.entry().hash(row.prevHash()).equals(row.entryHash())) {
                    return ChainCheck.broken(entries, row.entry().id(), "changed", head.id(), head.hash());
                }
                expectedPrev = row.entryHash();
                lastId = row.entry().id();
            }
        } while (page.size() == PAGE);
        if (lastId != head.id() || !expectedPrev.equals(head.hash())) {
            // the newest entries are gone (or the head was moved): the head names the last one written
            return ChainCheck.broken(entries, head.id(), "missing-at-end", head.id(), head.hash());
        }
        return ChainCheck.intact(entries, head.id(), head.hash());
    }

    private List<Row> page(long afterId) {
        return jdbc.sql("""
                        SELECT id, occurred_at, username, action, target, outcome, municipality_code, prev_hash, entry_hash
                        FROM audit_log WHERE id > ? ORDER BY id LIMIT ?""")
                .params(afterId, PAGE)
                .query((rs, n) -> new Row(new ChainedEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", LocalDateTime.class), rs.getString("username"),
                        rs.getString("action"), rs.getString("target"), rs.getString("outcome"),
                        (Integer) rs.getObject("municipality_code", Integer.class)),
                        rs.getString("prev_hash"), rs.getString("entry_hash")))
                .list();
    }

    record Head(long id, String hash) {
    }
}
