package dk.samspil.survey;

import java.util.Map;
import java.util.Optional;

import dk.samspil.municipality.Sector;

/**
 * A respondent's answers as submitted: item id to score, where an empty score is "not relevant".
 * The target sector is the one the form named.
 */
public record AnswerSet(Sector targetSector, Map<Long, Optional<Integer>> answers) {
}
