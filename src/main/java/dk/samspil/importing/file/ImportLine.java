package dk.samspil.importing.file;

/**
 * One valid row of an import file, with its values parsed: what the writer step receives. A line
 * never holds a CPR-like value (such a row is invalid and rejects the file), so lines may be logged.
 * Nullable components are the contract's optional columns.
 */
public sealed interface ImportLine permits CaseLine, MeetingLine, OutcomeLine, SurveyResponseLine, SelfAssessmentLine {

    /** The municipality the row belongs to: with the kind and period, the scope the writer replaces. */
    int municipalityCode();
}
