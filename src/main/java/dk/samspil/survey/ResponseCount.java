package dk.samspil.survey;

/**
 * How many answered in a group, and what share of those who could. Counts are not answers, and
 * they are all an open wave shows (docs/decisions/0011); a count below the threshold is still shown
 * only as "fewer than" it (the {@code n} and the rate are then null).
 *
 * @param ratePercent answers as a share of those the sector's channel reaches — the links made, or
 *                    the professionals who may answer in the app, or both while no channel is fixed —
 *                    rounded; null below the threshold, where nobody could answer, or where
 *                    imported answers make the share meaningless (more answers than could answer)
 */
public record ResponseCount(int municipalityCode, String sectorCode, Integer n, boolean belowThreshold,
                            Integer ratePercent) {
}
