package dk.samspil.dashboard;

import java.util.List;

/**
 * The before/after comparison for the programme or one municipality, for the cases enrolled in the
 * chosen months.
 *
 * @param scope            the programme or one municipality
 * @param smallCells       the reader may not see these cases one by one, so counts of 1–4 are shown
 *                         as "&lt; 5" (STATISTICS.md, "Small cells")
 */
public record BeforeAfterOverview(Scope scope, boolean smallCells, List<OutcomeChange> changes) {

    public BeforeAfterOverview {
        changes = List.copyOf(changes);
    }
}
