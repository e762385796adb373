package dk.samspil.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dk.samspil.base.csv.DanishCsv;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data manager's reading of the audit log: any page of the filtered entries, counted and
 * sorted in SQL; the filtered entries as CSV; and the chain check. Exporting and checking are
 * themselves recorded.
 */
@Service
@PreAuthorize("hasRole('DATA_MANAGER')")
public class AuditTrail {

    public static final String EXPORT = "EXPORT_AUDIT_LOG";
    public static final String VERIFY = "VERIFY_AUDIT_CHAIN";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog log;
    private final AuditChain chain;

    AuditTrail(JdbcClient jdbc, Clock clock, AuditLog log, AuditChain chain) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.log = log;
        this.chain = chain;
    }

    /** The newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql(AuditEntry.SELECT + where.sql() + " ORDER BY id DESC LIMIT ? OFFSET ?").params(params)
                .query(AuditEntry.mapper(clock.getZone())).list();
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_log" + where.sql()).params(where.params()).query(Integer.class).single();
    }

    /** The actions recorded so far, for the filter's list. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action").query(String.class).list();
    }

    /**
     * Every entry the filter lets through, newest first, as CSV in the reader's language's variant
     * (Danish: semicolons, dd-mm-åååå; English: commas, ISO dates); the export is recorded.
     */
    @Transactional(readOnly = true)
    public String csv(AuditFilter filter, Locale locale, Function<String, String> translate) {
        DateTimeFormatter time = DanishCsv.dateTime(locale);
        List<List<String>> rows = page(filter, 0, Integer.MAX_VALUE).stream()
                .map(e -> List.of(String.valueOf(e.id()), time.format(e.occurredAt()), e.username(),
                        e.action(), e.target() == null ? "" : e.target(),
                        translate.apply("audit.outcome." + e.outcome()),
                        e.municipalityCode() == null ? "" : String.valueOf(e.municipalityCode())))
                .toList();
        log.record(currentUsername(), EXPORT, filter.described() + ", " + rows.size() + " entries", AuditOutcome.ALLOWED,
                filter.municipalityCode());
        return DanishCsv.of(locale, List.of(translate.apply("audit.id"), translate.apply("audit.when"),
                translate.apply("audit.who"), translate.apply("audit.what"), translate.apply("audit.target"),
                translate.apply("audit.outcome"), translate.apply("audit.municipality")), rows);
    }

    /** Checks the whole chain and records that it was checked, and what was found. */
    public ChainCheck verifyChain() {
        ChainCheck check = chain.verify();
        log.record(currentUsername(), VERIFY, check.intact() ? check.entries() + " entries, head " + check.headHash()
                : "broken at entry " + check.firstBroken() + " (" + check.problem() + ")",
                check.intact() ? AuditOutcome.ALLOWED : AuditOutcome.FAILED);
        return check;
    }

    private record Where(String sql, List<Object> params) {
    }

    private Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            conditions.add("username = ?");
            params.add(filter.username().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("action = ?");
            params.add(filter.action());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(stored(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(stored(filter.to().plusDays(1)));
        }
        if (filter.municipalityCode() != null) {
            conditions.add("municipality_code = ?");
            params.add(filter.municipalityCode());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    /** The start of a day in the clock's zone, as the UTC time the column holds. */
    private LocalDateTime stored(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
    }

    private static String currentUsername() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
