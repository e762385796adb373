package dk.samspil.importing.file;

/**
 * A row of a {@code self-assessments} file: one VIVE core element's score ({@code E1} … {@code E6},
 * 1..5) for one quarter. {@code note} is free text of at most 2000 characters, or null; show it escaped.
 */
public record SelfAssessmentLine(int municipalityCode, YearQuarter quarter, String element, int score, String note)
        implements ImportLine {
}
