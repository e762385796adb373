package dk.samspil.security;

import java.io.IOException;

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
 * A check on every request of a signed-in session that may end it: the session is invalidated and
 * the request goes on signed out, so the page asks for the login again (Vaadin's own requests see an
 * expired session and reload).
 */
abstract class SignedInSessionCheck extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy contexts;

    SignedInSessionCheck(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    /** Whether the session must end now; called for signed-in sessions only. */
    abstract boolean ends(HttpSession session, Authentication authentication);

    /** After the session ended, e.g. to audit why. */
    abstract void ended(Authentication authentication, HttpServletRequest request);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken) && ends(session, authentication)) {
            session.invalidate();
            contexts.clearContext();
            ended(authentication, request);
        }
        chain.doFilter(request, response);
    }
}
