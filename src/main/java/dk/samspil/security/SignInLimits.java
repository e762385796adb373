package dk.samspil.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins lock an account or a client address, within what window, for how long
 * (docs/decisions/0014). An address gets more tries than an account: a municipality's staff sign in
 * from behind one address, and one person's typos must not lock out the whole town hall.
 *
 * @param accountFailures failures within {@code window} that lock the account name
 * @param addressFailures failures within {@code window} that lock the client address
 * @param window          how far back failures are counted
 * @param lockout         how long a lockout lasts
 */
@ConfigurationProperties("samspil.sign-in")
public record SignInLimits(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
                           @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

    public SignInLimits {
        if (accountFailures < 1 || addressFailures < 1 || window.isNegative() || window.isZero()
                || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("Sign-in limits must be positive: " + accountFailures + ", "
                    + addressFailures + ", " + window + ", " + lockout);
        }
    }
}
