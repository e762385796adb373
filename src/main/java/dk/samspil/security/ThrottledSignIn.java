package dk.samspil.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check behind the throttle: a locked name or address is refused before its password
 * is looked at, every failure is counted and audited, and a lockout it starts is audited too. All
 * refusals look the same to the person signing in (one message, a bcrypt's worth of time), so the
 * answer tells neither whether the user exists nor whether it is locked.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAudit audit;
    private final PasswordEncoder encoder;
    private final String decoyHash;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, SignInAudit audit, PasswordEncoder encoder) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.encoder = encoder;
        this.decoyHash = encoder.encode("a decoy to spend a password check's time on");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = addressOf(attempt);
        if (throttle.locked(name, address)) {
            encoder.matches(String.valueOf(attempt.getCredentials()), decoyHash);
            audit.refusedWhileLocked(name, address);
            throw new LockedException("Sign-in refused");
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException failure) {
            if (failure instanceof AccountStatusException) {
                // a disabled user is refused before the password check: spend its time all the same
                encoder.matches(String.valueOf(attempt.getCredentials()), decoyHash);
            }
            audit.failed(name, address);
            throttle.failed(name, address).forEach(audit::lockedOut);
            throw failure;
        }
        throttle.succeeded(signedIn.getName());
        audit.signedIn(signedIn.getName(), address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The client's address as the servlet container resolved it (behind a proxy: from X-Forwarded-For). */
    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
