package dk.samspil.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links that need no sign-in: the user's id and the mail kind, signed with HMAC-SHA256
 * under a server secret, so nobody can make or alter one for someone else. The secret is
 * {@code samspil.mail.signing-secret} when set, otherwise a random key that the first instance stores in
 * {@code mail_signing_key}, so every instance on one database signs alike without configuration.
 * Nothing is stored per link: a link stays good as long as the secret does.
 */
@Component
public class UnsubscribeTokens {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})-([A-Z_]{1,32})-([A-Za-z0-9_-]{43})");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final String configuredSecret;
    private volatile byte[] key;

    UnsubscribeTokens(JdbcClient jdbc, @Value("${samspil.mail.signing-secret:}") String configuredSecret) {
        this.jdbc = jdbc;
        this.configuredSecret = configuredSecret;
    }

    public String token(long userId, MailKind kind) {
        String payload = userId + "-" + kind.name();
        return payload + "-" + BASE64.encodeToString(sign(payload));
    }

    /** The user and kind of a genuine token; empty for anything made or altered without the secret. */
    public Optional<Unsubscribe> verify(String token) {
        Matcher parts = token == null ? null : FORMAT.matcher(token);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        String payload = parts.group(1) + "-" + parts.group(2);
        // the signature's one spelling, not its decoded bytes: base64's last character has spare bits, and a
        // decoder that ignores them would take a changed link for the same one
        byte[] expected = BASE64.encodeToString(sign(payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            MailKind kind = MailKind.valueOf(parts.group(2));
            return kind.toUsers() ? Optional.of(new Unsubscribe(Long.parseLong(parts.group(1)), kind)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(("unsubscribe:" + payload).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = configuredSecret.isBlank() ? storedKey() : configuredSecret.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    private byte[] storedKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // the first instance's key wins; the others read it
        jdbc.sql("INSERT IGNORE INTO mail_signing_key (id, secret) VALUES (1, ?)").param(fresh).update();
        return jdbc.sql("SELECT secret FROM mail_signing_key WHERE id = 1").query(byte[].class).single();
    }

    /** What a genuine unsubscribe link stops: one kind of mail to one user. */
    public record Unsubscribe(long userId, MailKind kind) {
    }
}
