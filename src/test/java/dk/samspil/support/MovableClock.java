package dk.samspil.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it on: lockouts and lifetimes end without waiting. */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MovableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    /** Starts at the system's time now, in Danish time as the application's clock. */
    public static MovableClock startingNow() {
        return new MovableClock(Instant.now(), ZoneId.of("Europe/Copenhagen"));
    }

    public void moveOn(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock moved = new MovableClock(now.get(), zone);
        return moved;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
