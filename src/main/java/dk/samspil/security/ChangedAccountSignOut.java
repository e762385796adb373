package dk.samspil.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Ends a signed-in session on its next request once its account is disabled, or its role or scope
 * changed (docs/decisions/0018): the session carries the scope from sign-in, and a disabled user must
 * not keep working until the session times out. One indexed look-up per signed-in request; it is the
 * database's answer, so it holds on every instance at once.
 */
final class ChangedAccountSignOut extends SignedInSessionCheck {

    static final String SESSION_ENDED = "SESSION_ENDED_ACCOUNT_CHANGED";

    private final UserAccounts accounts;
    private final SignInAudit audit;

    ChangedAccountSignOut(UserAccounts accounts, SecurityContextHolderStrategy contexts, SignInAudit audit) {
        super(contexts);
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    boolean ends(HttpSession session, Authentication authentication) {
        return authentication.getPrincipal() instanceof SamspilPrincipal details
                && !accounts.stillValid(details.signedInUser());
    }

    @Override
    void ended(Authentication authentication, HttpServletRequest request) {
        audit.sessionEnded(authentication.getName(), request.getRemoteAddr());
    }
}
