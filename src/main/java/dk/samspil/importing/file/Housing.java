package dk.samspil.importing.file;

/** The citizen's housing that month ({@code monthly_outcome.housing}). */
public enum Housing {
    STABLE,
    UNSTABLE,
    HOMELESS
}
