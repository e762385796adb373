package dk.samspil.improvement;

import java.time.LocalDate;
import java.util.Set;

/**
 * A new improvement action as a form fills it in.
 *
 * @param responsibleRole who carries it, as a role ("teamleder i socialpsykiatrien"), never a name
 * @param municipalityCode null for the whole programme
 * @param indicatorCodes  catalogue keys of the indicators or survey constructs it should move
 */
public record ActionDraft(String title, String responsibleRole, LocalDate start, LocalDate review, ActionStatus status,
                          Integer municipalityCode, Set<String> indicatorCodes) {

    public ActionDraft {
        indicatorCodes = indicatorCodes == null ? Set.of() : Set.copyOf(indicatorCodes);
    }
}
