package dk.samspil.survey;

import java.util.Map;

/**
 * The answers to one item by scale value, or the fact that too few answered it to show.
 *
 * @param counts      answers per scale value (empty when suppressed)
 * @param notRelevant answers "not relevant"
 */
public record ItemDistribution(String itemCode, int respondents, boolean suppressed, Map<Integer, Long> counts,
                               long notRelevant) {
}
