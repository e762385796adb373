package dk.samspil.security;

import java.util.Locale;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The identity provider signed the person in, but Samspil will not: the claims grant no role, or
 * not one Samspil can scope. Carries the name the provider gave, for the audit log.
 */
final class SsoRefusal extends OAuth2AuthenticationException {

    /** Why, as the refusal page and the audit log name it. */
    enum Reason {
        NO_ROLE, SEVERAL_ROLES, UNKNOWN_MUNICIPALITY, UNKNOWN_SECTOR, NO_USERNAME, USERNAME_TAKEN, DISABLED;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final transient String username;
    private final Reason reason;

    SsoRefusal(String username, Reason reason) {
        super(new OAuth2Error("samspil_" + reason.code()), "Sign-in refused: " + reason.code());
        this.username = username;
        this.reason = reason;
    }

    String username() {
        return username;
    }

    Reason reason() {
        return reason;
    }
}
