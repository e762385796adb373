package dk.samspil.improvement;

/** How far an improvement action has come. */
public enum ActionStatus {
    PLANNED,
    ACTIVE,
    DONE,
    STOPPED;

    /** A finished or stopped action is not reviewed any more, so its review cannot be overdue. */
    public boolean open() {
        return this == PLANNED || this == ACTIVE;
    }
}
