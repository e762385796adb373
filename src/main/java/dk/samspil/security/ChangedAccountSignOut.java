package dk.samspil.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on its next request once its account is disabled, or its role or scope
 * changed (docs/decisions/0018): the session carries the scope from sign-in, and a disabled user must
 * not keep working until the session times out. One indexed look-up per signed-in request; it is the
 * database's answer, so it holds on every instance at once.
 */
final class ChangedAccountSignOut extends OncePerRequestFilter {

    static final String SESSION_ENDED = "SESSION_ENDED_ACCOUNT_CHANGED";

    private final UserAccounts accounts;
    private final SecurityContextHolderStrategy contexts;
    private final SignInAudit audit;

    ChangedAccountSignOut(UserAccounts accounts, SecurityContextHolderStrategy contexts, SignInAudit audit) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SamspilUserDetails details
                && !accounts.stillValid(details.signedInUser())) {
            session.invalidate();
            contexts.clearContext();
            audit.sessionEnded(details.getUsername(), request.getRemoteAddr());
        }
        chain.doFilter(request, response);
    }
}
