package dk.samspil.survey;

/**
 * How many answered in a group. Counts are not answers, but a count below the threshold is still
 * shown only as "fewer than" it (the {@code n} is then null).
 */
public record ResponseCount(int municipalityCode, String sectorCode, Integer n, boolean belowThreshold) {
}
