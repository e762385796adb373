package dk.samspil.base.cli;

import java.io.PrintStream;

/**
 * A command of {@code java -jar samspil.jar <name> ...}, run in a lean application context (no web
 * server, no Vaadin, no start-up or scheduled tasks: {@link LeanContext}) instead of the web
 * application. Registered in {@code META-INF/spring.factories} under this interface's name, with a
 * public no-argument constructor; {@link CommandLines} finds it by {@link #name()}.
 * <p>
 * Exit codes shared by every command: {@value #DONE} done, {@value #USAGE} a usage error (found
 * before the context starts), {@value #FAILED} it could not run (the context did not start, the
 * database was lost). A command may give 1 a meaning of its own (the import: rejected).
 */
public interface CommandLine {

    int DONE = 0;
    int USAGE = 2;
    int FAILED = 3;

    /** The first argument that selects this command, e.g. {@code import}. */
    String name();

    /**
     * Whether the command reads or writes JPA entities (the users): only then does its context start
     * JPA, which costs several seconds. Without it, a bean that needs the users cannot be made.
     */
    default boolean usesJpa() {
        return false;
    }

    /**
     * Runs the command. {@code args} includes the name at [0]; the context is started only when the
     * command asks for it, so a usage error costs no start, and is closed by {@link CommandLines}.
     */
    int run(String[] args, LeanContext context, PrintStream out);
}
