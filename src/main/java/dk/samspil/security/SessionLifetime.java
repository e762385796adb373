package dk.samspil.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Ends a signed-in session a fixed time after sign-in however active it is (OWASP ASVS 3.3.2), beside
 * the container's idle timeout. The sign-in time is noted on the first request that arrives signed
 * in; once the lifetime is over the session ends.
 */
final class SessionLifetime extends SignedInSessionCheck {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

    private final Duration lifetime;
    private final Clock clock;
    private final SignInAudit audit;

    SessionLifetime(Duration lifetime, Clock clock, SecurityContextHolderStrategy contexts, SignInAudit audit) {
        super(contexts);
        this.lifetime = lifetime;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    boolean ends(HttpSession session, Authentication authentication) {
        Instant now = clock.instant();
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
            session.setAttribute(SIGNED_IN_AT, now);
            return false;
        }
        return !now.isBefore(signedInAt.plus(lifetime));
    }

    @Override
    void ended(Authentication authentication, HttpServletRequest request) {
        audit.sessionLifetimeEnded(authentication.getName(), request.getRemoteAddr());
    }
}
