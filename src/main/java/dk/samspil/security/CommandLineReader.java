package dk.samspil.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reader a command run on the server reads as: the steering group's view (aggregates of every
 * municipality, small counts withheld), never the data manager's exact counts. Whoever can run the
 * jar on the server can read the database anyway; this only lets the command go through the same
 * role-scoped services as the pages, so its output hides what the pages hide.
 */
public final class CommandLineReader {

    public static final String USERNAME = "command-line";

    private CommandLineReader() {
    }

    /** Runs {@code work} signed in as the steering group on this thread, and signs out after. */
    public static <T> T asSteeringGroup(Supplier<T> work) {
        SamspilUserDetails reader = new SamspilUserDetails(
                new SignedInUser(USERNAME, "Command line", Role.STEERING, null, null));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(reader, null, reader.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
