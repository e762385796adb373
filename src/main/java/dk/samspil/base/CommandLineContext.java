package dk.samspil.base;

import dk.samspil.base.cli.LeanContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A started lean context ({@link LeanContext}: no web server, no Vaadin, no server tasks) with the
 * users' JPA, for the commands that are not yet {@link dk.samspil.base.cli.CommandLine}s of their
 * own ({@code report}, {@code audit-verify}); closing the returned context ends it.
 */
public final class CommandLineContext {

    private CommandLineContext() {
    }

    public static ConfigurableApplicationContext start(Class<?> application) {
        return new LeanContext(application, true).start();
    }
}
