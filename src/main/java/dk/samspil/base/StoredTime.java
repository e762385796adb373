package dk.samspil.base;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one rule for the moments Samspil writes into DATETIME columns: UTC, computed in Java from the
 * application's clock, never the database's NOW() (which follows the session's or the server's zone)
 * nor the JVM's default zone. The screens show them in the clock's zone, Danish time.
 * (docs/decisions/0015)
 */
public final class StoredTime {

    private StoredTime() {
    }

    /** Now, as stored: UTC wall-clock time. */
    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A stored (UTC) time as the clock's zone shows it; null stays null. */
    public static LocalDateTime shown(LocalDateTime stored, ZoneId zone) {
        return stored == null ? null : stored.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }
}
