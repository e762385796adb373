package dk.samspil.improvement;

import java.time.LocalDate;
import java.util.Set;

/**
 * An improvement action as the list shows it.
 *
 * @param reviewOverdue the review date has passed and the action is still planned or active
 */
public record ActionSummary(long id, String title, String responsibleRole, LocalDate start, LocalDate review,
                            ActionStatus status, Integer municipalityCode, Set<String> indicatorCodes,
                            boolean reviewOverdue) {
}
