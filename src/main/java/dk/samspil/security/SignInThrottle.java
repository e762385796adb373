package dk.samspil.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account name and per client address and locks either for a while
 * once it has too many (OWASP ASVS 2.2.1; docs/decisions/0014). The counts live in the database so
 * that every instance sees the same lockout and a restart lifts none. A counter table, not an edited
 * aggregate: plain SQL, with the rows locked while they are counted, so two instances counting the
 * same failure at once cannot both miss the limit.
 */
@Service
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInLimits limits;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInLimits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /** Whether the name or the address is locked now; then no password is to be checked. */
    @Transactional(readOnly = true)
    public boolean locked(String attemptedName, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        return subjects(attemptedName, address).stream().anyMatch(subject -> jdbc.sql("""
                        SELECT COUNT(*) FROM sign_in_throttle
                        WHERE subject_kind = ? AND subject = ? AND locked_until > ?""")
                .params(subject.kind().name(), subject.subject(), now).query(Long.class).single() > 0);
    }

    /** Counts a failed sign-in; returns the lockouts it starts (none, the name's, the address's or both). */
    @Transactional
    public List<SignInLockout> failed(String attemptedName, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<SignInLockout> started = new ArrayList<>();
        for (ThrottledSubject subject : subjects(attemptedName, address)) {
            int limit = subject.kind() == ThrottledSubject.Kind.ACCOUNT ? limits.accountFailures() : limits.addressFailures();
            count(subject, limit, now).ifPresent(started::add);
        }
        return started;
    }

    /** A successful sign-in forgets the account's failures; the address's stay, or one valid account would reset them. */
    @Transactional
    public void succeeded(String username) {
        if (ThrottledSubject.countable(username)) {
            ThrottledSubject account = ThrottledSubject.account(username);
            jdbc.sql("DELETE FROM sign_in_throttle WHERE subject_kind = ? AND subject = ?")
                    .params(account.kind().name(), account.subject()).update();
        }
    }

    /** The lockouts in force now, the latest ending first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public List<SignInLockout> active() {
        return jdbc.sql("""
                        SELECT subject_kind, subject, failures, locked_until FROM sign_in_throttle
                        WHERE locked_until > ? ORDER BY locked_until DESC, subject_kind, subject""")
                .param(LocalDateTime.now(clock))
                .query((rs, row) -> new SignInLockout(rs.getString("subject_kind"), rs.getString("subject"),
                        rs.getInt("failures"), rs.getObject("locked_until", LocalDateTime.class)))
                .list();
    }

    private Optional<SignInLockout> count(ThrottledSubject subject, int limit, LocalDateTime now) {
        String kind = subject.kind().name();
        jdbc.sql("INSERT IGNORE INTO sign_in_throttle (subject_kind, subject, failures, first_failure_at) VALUES (?, ?, 0, ?)")
                .params(kind, subject.subject(), now).update();
        Counted before = jdbc.sql("""
                        SELECT failures, first_failure_at, locked_until FROM sign_in_throttle
                        WHERE subject_kind = ? AND subject = ? FOR UPDATE""")
                .params(kind, subject.subject())
                .query((rs, row) -> new Counted(rs.getInt("failures"), rs.getObject("first_failure_at", LocalDateTime.class),
                        rs.getObject("locked_until", LocalDateTime.class)))
                .single();
        if (before.lockedUntil() != null && before.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        boolean afresh = before.firstFailureAt().isBefore(now.minus(limits.window())) || before.lockedUntil() != null;
        int failures = afresh ? 1 : before.failures() + 1;
        LocalDateTime lockedUntil = failures >= limit ? now.plus(limits.lockout()) : null;
        jdbc.sql("""
                        UPDATE sign_in_throttle SET failures = ?, first_failure_at = ?, locked_until = ?
                        WHERE subject_kind = ? AND subject = ?""")
                .params(failures, afresh ? now : before.firstFailureAt(), lockedUntil, kind, subject.subject()).update();
        return Optional.ofNullable(lockedUntil).map(until -> new SignInLockout(kind, subject.subject(), failures, until));
    }

    private static List<ThrottledSubject> subjects(String attemptedName, String address) {
        List<ThrottledSubject> subjects = new ArrayList<>(2);
        if (ThrottledSubject.countable(attemptedName)) {
            subjects.add(ThrottledSubject.account(attemptedName));
        }
        if (address != null && !address.isBlank()) {
            subjects.add(ThrottledSubject.address(address));
        }
        return subjects;
    }

    private record Counted(int failures, LocalDateTime firstFailureAt, LocalDateTime lockedUntil) {
    }
}
