package dk.samspil.importing.file;

import java.time.YearMonth;

import dk.samspil.municipality.Sector;

/**
 * A row of a {@code survey-responses} file: one answer of one respondent's answer set (rows with the
 * same {@code responseRef} belong together). {@code itemCode} is upper case; {@code score} lies in
 * the item's scale.
 */
public record SurveyResponseLine(int municipalityCode, String responseRef, YearMonth wave, Sector sector,
                                 String itemCode, int score) implements ImportLine {
}
