package dk.samspil.security;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins, lockouts and sign-outs in the audit log, with the client address. A
 * failed attempt keeps the name as typed, since that is what a data manager looks for after an
 * attack — but never the password, and a name that looks like a CPR number (someone typed the
 * wrong thing into the wrong field) is kept as {@value #HIDDEN_NAME}.
 */
@Component
class SignInAudit {

    static final String SIGN_IN = "SIGN_IN";
    static final String SIGN_OUT = "SIGN_OUT";
    static final String LOCKOUT = "SIGN_IN_LOCKOUT";
    static final String SESSION_ENDED = "SESSION_LIFETIME_ENDED";
    static final String HIDDEN_NAME = "(cpr-like name hidden)";

    private static final int MAX_NAME = 60;
    private static final int MAX_CODE = 40;
    private static final String THROUGH_PROVIDER = ", organisation login";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog auditLog;

    SignInAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void signedIn(String username, String address) {
        auditLog.record(username, SIGN_IN, from(address), AuditOutcome.ALLOWED);
    }

    void failed(String attemptedName, String address) {
        auditLog.record(safeName(attemptedName), SIGN_IN, from(address), AuditOutcome.FAILED);
    }

    /** Refused without checking the password: the name or the address is locked. */
    void refusedWhileLocked(String attemptedName, String address) {
        auditLog.record(safeName(attemptedName), SIGN_IN, from(address) + ", locked", AuditOutcome.DENIED);
    }

    void lockedOut(SignInLockout lockout) {
        String who = lockout.kind().equals(ThrottledSubject.Kind.ACCOUNT.name()) ? lockout.subject() : "-";
        auditLog.record(who, LOCKOUT, lockout.kind().toLowerCase(Locale.ROOT) + " " + lockout.subject()
                + ", " + lockout.failures() + " failures, until " + UNTIL.format(lockout.lockedUntil()), AuditOutcome.DENIED);
    }

    void signedInThroughProvider(String username, String address) {
        auditLog.record(username, SIGN_IN, from(address) + THROUGH_PROVIDER, AuditOutcome.ALLOWED);
    }

    /** The provider signed the person in, but their claims give them no Samspil role or scope. */
    void refusedThroughProvider(String providersName, String reason, String address) {
        auditLog.record(safeName(providersName), SIGN_IN, from(address) + THROUGH_PROVIDER + ", refused: " + reason,
                AuditOutcome.DENIED);
    }

    /** The callback failed Spring's checks or the provider answered with an error; nobody is known. */
    void providerSignInFailed(String errorCode, String address) {
        // the error code may come from the callback's query string: only a short plain word of it is kept
        String code = errorCode == null ? "unknown" : errorCode.replaceAll("[^A-Za-z0-9_.-]", "?");
        auditLog.record("-", SIGN_IN, from(address) + THROUGH_PROVIDER + ", failed: "
                + (code.length() <= MAX_CODE ? code : code.substring(0, MAX_CODE)), AuditOutcome.FAILED);
    }

    void sessionLifetimeEnded(String username, String address) {
        auditLog.record(username, SESSION_ENDED, from(address), AuditOutcome.ALLOWED);
    }

    /** The account was disabled or its scope changed while the session was open. */
    void sessionEnded(String username, String address) {
        auditLog.record(username, ChangedAccountSignOut.SESSION_ENDED, from(address), AuditOutcome.ALLOWED);
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        auditLog.record(event.getAuthentication().getName(), SIGN_OUT, null, AuditOutcome.ALLOWED);
    }

    /** What may be kept of a typed name: no CPR-like number, no control characters, at most the column's width. */
    static String safeName(String attempted) {
        if (attempted == null || attempted.isBlank()) {
            return "-";
        }
        if (ThrottledSubject.mayHoldCprNumber(attempted)) {
            return HIDDEN_NAME;
        }
        String printable = attempted.strip().replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= MAX_NAME ? printable : printable.substring(0, MAX_NAME - 1) + "…";
    }

    private static String from(String address) {
        return "from " + (address == null || address.isBlank() ? "unknown address" : address);
    }
}
