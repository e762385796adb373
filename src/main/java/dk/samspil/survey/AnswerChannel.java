package dk.samspil.survey;

/** How a municipality's sector answers a wave: one of the two, never both (docs/decisions/0012). */
public enum AnswerChannel {
    /** One-time invitation links, answered without signing in. */
    LINKS,
    /** Inside Samspil, signed in as a professional of the municipality and sector. */
    APP
}
