package dk.samspil.casework;

/** Where a case stands in the programme (the `cases` file's status column). */
public enum CaseStatus {
    ACTIVE,
    PAUSED,
    ENDED
}
