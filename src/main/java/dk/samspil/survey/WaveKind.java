package dk.samspil.survey;

/** A monthly pulse (at most 14 items, about a minute) or the full instruments. */
public enum WaveKind {
    PULSE,
    FULL
}
