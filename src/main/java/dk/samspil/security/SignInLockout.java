package dk.samspil.security;

import java.time.LocalDateTime;

/**
 * A lockout of failed sign-ins, as the data manager sees it.
 *
 * @param kind        {@code ACCOUNT} (a user name as typed) or {@code ADDRESS} (a client IP address)
 * @param subject     the user name, lower-cased, or the address
 * @param failures    the failures that led to it
 * @param lockedUntil when sign-in is possible again
 */
public record SignInLockout(String kind, String subject, int failures, LocalDateTime lockedUntil) {
}
