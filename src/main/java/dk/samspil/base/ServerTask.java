package dk.samspil.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dk.samspil.base.cli.LeanContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * A bean that runs at the server's start or on its schedule (an {@code ApplicationRunner}, an
 * {@code ApplicationReadyEvent} listener, a {@code @Scheduled} method): part of the running
 * application, never of a command-line process ({@link LeanContext}), which runs one job and exits.
 * ArchitectureTest requires it on every such class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnBooleanProperty(name = LeanContext.SERVER_TASKS, matchIfMissing = true)
public @interface ServerTask {
}
