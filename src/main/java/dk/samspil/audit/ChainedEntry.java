package dk.samspil.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * An entry's fields as the chain hashes them. The canonical encoding is the one V026 computed in SQL
 * for the entries before it: id, time to the microsecond, each text prefixed by its length in
 * characters (so no field can borrow from the next), {@code -} for an empty one, then the previous
 * hash, all joined by {@code |} and hashed with SHA-256 over UTF-8.
 */
record ChainedEntry(long id, LocalDateTime occurredAt, String username, String action, String target,
                    String outcome, Integer municipalityCode) {

    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    String hash(String previousHash) {
        String canonical = String.join("|", String.valueOf(id), TIME.format(occurredAt), text(username), text(action),
                text(target), outcome, municipalityCode == null ? "-" : String.valueOf(municipalityCode), previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String text(String value) {
        return value == null ? "-" : value.codePointCount(0, value.length()) + ":" + value;
    }
}
