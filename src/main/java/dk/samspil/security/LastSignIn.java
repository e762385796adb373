package dk.samspil.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps each account's last successful sign-in, from Spring Security's success event (Boot publishes
 * it for the sign-in's authentication manager), so any way of signing in that ends at a Samspil
 * account is counted.
 */
@Component
class LastSignIn {

    private final UserAccounts accounts;

    LastSignIn(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SamspilPrincipal details) {
            accounts.signedIn(details.signedInUser().username());
        }
    }
}
