package dk.samspil.base.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The registered {@link CommandLine}s, and how {@code main} runs one: each in a {@link LeanContext}
 * that is closed when it ends. Commands are listed in {@code META-INF/spring.factories}, so the
 * application's {@code main} needs no change when a feature adds one.
 */
public final class CommandLines {

    private CommandLines() {
    }

    public static List<CommandLine> registered() {
        return SpringFactoriesLoader.forDefaultResourceLocation(CommandLines.class.getClassLoader())
                .load(CommandLine.class);
    }

    /** The command the first argument names, if any (otherwise the web application starts). */
    public static Optional<CommandLine> named(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        return registered().stream().filter(command -> command.name().equals(args[0])).findFirst();
    }

    /** Runs the command in a lean context of the application and returns its exit code. */
    public static int run(Class<?> application, CommandLine command, String[] args, PrintStream out) {
        try (LeanContext context = new LeanContext(application, command.usesJpa())) {
            return command.run(args, context, out);
        } catch (RuntimeException | Error e) {
            // a command that let the context's failure escape: never its message, which can quote values
            out.println(command.name() + ": could not run (" + e.getClass().getSimpleName() + ")");
            return CommandLine.FAILED;
        }
    }
}
