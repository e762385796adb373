package dk.samspil.importing;

/** Where an import stands. */
public enum ImportStatus {
    STARTED,
    COMPLETED,
    FAILED
}
