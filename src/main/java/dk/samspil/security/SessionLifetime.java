package dk.samspil.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after sign-in however active it is (OWASP ASVS 3.3.2), beside
 * the container's idle timeout. The sign-in time is noted on the first request that arrives signed
 * in; once the lifetime is over the session is invalidated and the request goes on signed out, so
 * the page asks for the login again (Vaadin's own requests see an expired session and reload).
 */
final class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

    private final Duration lifetime;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;
    private final SignInAudit audit;

    SessionLifetime(Duration lifetime, Clock clock, SecurityContextHolderStrategy contexts, SignInAudit audit) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.contexts = contexts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (!now.isBefore(signedInAt.plus(lifetime))) {
                session.invalidate();
                contexts.clearContext();
                audit.sessionLifetimeEnded(authentication.getName(), request.getRemoteAddr());
            }
        }
        chain.doFilter(request, response);
    }
}
