package dk.samspil.security;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins in the audit log. A failed attempt is kept without what was typed: it may be anything. */
@Component
class SignInAudit {

    private final AuditLog auditLog;

    SignInAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        auditLog.record(event.getAuthentication().getName(), "SIGN_IN", null, AuditOutcome.ALLOWED);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        auditLog.record("-", "SIGN_IN", null, AuditOutcome.FAILED);
    }
}
