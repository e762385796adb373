package dk.samspil.statistics;

/**
 * The assurance icon of NHS England's "Making Data Count": can the process, as it runs now, be
 * relied on to meet its target? Read from where the target lies against the process limits.
 */
public enum Assurance {
    /** The whole band between the limits lies on the better side of the target. */
    WILL_MEET,
    /** The whole band lies on the worse side: the target will not be met without a change. */
    WILL_MISS,
    /** The target lies between the limits: some months will meet it, some will not, by chance. */
    MAY_MEET_OR_MISS,
    /** No target is set, or the indicator has no better side. */
    NO_TARGET,
    /** Fewer than two figures, so there are no limits to compare with. */
    TOO_FEW_POINTS
}
