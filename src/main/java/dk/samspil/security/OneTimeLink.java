package dk.samspil.security;

import java.time.LocalDateTime;

/**
 * A link with which a user sets their own password, once, before it expires. The token is shown
 * once, to the administrator who hands it over; only its hash is stored.
 *
 * @param expiresAt in the application's zone (Danish time)
 */
public record OneTimeLink(String token, LocalDateTime expiresAt) {

    /** The path under the application's address: {@value #PATH}/&lt;token&gt;. */
    public static final String PATH = "adgangskode";

    public String path() {
        return PATH + "/" + token;
    }

    @Override
    public String toString() {
        return "OneTimeLink[until " + expiresAt + "]";
    }
}
