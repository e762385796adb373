package dk.samspil.security;

import java.time.LocalDateTime;

/**
 * A user as the user administration lists it: never the password hash. Times are in the
 * application's zone (Danish time); either may be null (made before V025, never signed in).
 */
public record ManagedUser(long id, String username, AccountDetails details, boolean enabled, LocalDateTime createdAt,
                          LocalDateTime lastSignInAt) {

    public Role role() {
        return details.role();
    }
}
