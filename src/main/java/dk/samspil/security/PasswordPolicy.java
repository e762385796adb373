package dk.samspil.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The rule for a local password set from now on (OWASP ASVS 2.1; docs/decisions/0014): at least 12
 * characters, at most what bcrypt reads (72 bytes), not one of the common passwords shipped with the
 * app ({@code common-passwords.txt}), and not holding the user name. No rules about kinds of
 * characters: they make passwords harder to remember, not to guess.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt ignores everything after 72 bytes, and Spring's encoder refuses longer ones. */
    public static final int MAXIMUM_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why the password may not be used, if it may not. Never says what the password was. */
    public Optional<PasswordProblem> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (common.contains(folded) || common.contains(folded.strip())) {
            return Optional.of(PasswordProblem.TOO_COMMON);
        }
        if (username != null && username.strip().length() >= 3 && folded.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordProblem.HOLDS_USER_NAME);
        }
        return Optional.empty();
    }

    /** @throws PasswordRejected when {@link #check} finds a problem */
    public void require(String username, String password) {
        check(username, password).ifPresent(problem -> {
            throw new PasswordRejected(problem);
        });
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
