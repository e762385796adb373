package dk.samspil.security;

/**
 * What a one-time link is when someone opens it.
 *
 * @param username whose password the link sets; null unless the link is open
 */
public record PasswordLink(State state, String username) {

    public enum State {
        OPEN,
        USED,
        EXPIRED,
        /** No such link, or one closed by a newer link or by disabling the user. */
        UNKNOWN
    }

    static final PasswordLink UNKNOWN = new PasswordLink(State.UNKNOWN, null);

    public boolean open() {
        return state == State.OPEN;
    }
}
