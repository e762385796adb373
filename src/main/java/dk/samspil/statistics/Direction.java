package dk.samspil.statistics;

/**
 * Which way an indicator improves: the side of a signal that is good news. The indicator catalogue
 * says it once per indicator; the statistics only need to know it to name a signal.
 */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEUTRAL
}
