package dk.samspil.support;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Two Spring applications started at the same moment in one JVM race to set up the one Logback
 * context ("Unable to find Spring Environment in logger context"). The tests that start two
 * instances at once add these listeners: one application at a time passes through logging's set-up,
 * and the rest of the two start-ups — the start-up tasks the tests are about — still run side by side.
 */
public final class OneLoggingSetUpAtATime {

    private static final Semaphore SETTING_UP = new Semaphore(1);

    private final AtomicBoolean holding = new AtomicBoolean();

    /** The listeners for one application: add them with {@code SpringApplicationBuilder.listeners}. */
    public static ApplicationListener<?>[] listeners() {
        OneLoggingSetUpAtATime gate = new OneLoggingSetUpAtATime();
        return List.of(new Around(gate, LoggingApplicationListener.DEFAULT_ORDER - 1, true),
                new Around(gate, LoggingApplicationListener.DEFAULT_ORDER + 1, false)).toArray(ApplicationListener[]::new);
    }

    private void enter() {
        SETTING_UP.acquireUninterruptibly();
        holding.set(true);
    }

    private void leave() {
        if (holding.compareAndSet(true, false)) {
            SETTING_UP.release();
        }
    }

    private record Around(OneLoggingSetUpAtATime gate, int order, boolean before)
            implements ApplicationListener<ApplicationEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationEnvironmentPreparedEvent) {
                if (before) {
                    gate.enter();
                } else {
                    gate.leave();
                }
            } else if (event instanceof ApplicationFailedEvent) {
                gate.leave();
            }
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
