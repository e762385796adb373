package dk.samspil.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import dk.samspil.importing.batch.InterruptedImports;
import dk.samspil.importing.batch.RunLocks;
import org.springframework.context.ApplicationContext;

/** An inbox at a test's own folder, wired as the application wires its own (30 days' retention). */
final class TestInbox {

    static final Duration RETENTION = Duration.ofDays(30);

    private TestInbox() {
    }

    static ImportInbox at(ApplicationContext context, Path folder) {
        return new ImportInbox(context.getBean(ImportService.class), context.getBean(ImportHistory.class),
                context.getBean(RunLocks.class), context.getBean(InterruptedImports.class), context.getBean(Clock.class),
                RETENTION, folder.toString());
    }
}
