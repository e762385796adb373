package dk.samspil.importing.file;

/** The citizen's employment that month ({@code monthly_outcome.employment}). */
public enum Employment {
    NONE,
    ACTIVATION,
    EDUCATION,
    FLEX,
    EMPLOYED
}
