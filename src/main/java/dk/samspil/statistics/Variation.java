package dk.samspil.statistics;

/**
 * The variation icon of NHS England's "Making Data Count": is the process only varying by chance,
 * or is there a signal, and is it good news given the indicator's direction.
 */
public enum Variation {
    /** No Anhøj rule fires and no point lies beyond the limits: random variation only. */
    COMMON_CAUSE,
    /** A signal on the side the direction calls better. */
    SPECIAL_CAUSE_IMPROVING,
    /** A signal on the side the direction calls worse. */
    SPECIAL_CAUSE_CONCERNING,
    /** A signal on an indicator without a better side. */
    SPECIAL_CAUSE_NEUTRAL,
    /** Fewer than two figures: there is nothing to read. */
    TOO_FEW_POINTS
}
