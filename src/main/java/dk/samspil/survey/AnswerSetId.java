package dk.samspil.survey;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The key of a stored answer set: a version-4 UUID (122 bits from the runtime's SecureRandom) kept
 * as 16 bytes. Unlike a counter it says nothing about when, or after whom, a set was answered, and
 * it needs no lock on the table's end to hand out (docs/decisions/0012).
 */
final class AnswerSetId {

    private AnswerSetId() {
    }

    static byte[] random() {
        UUID id = UUID.randomUUID();
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    /** The stored bytes as a value with equality, for grouping a set's answers in memory. */
    static UUID of(byte[] stored) {
        ByteBuffer bytes = ByteBuffer.wrap(stored);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
