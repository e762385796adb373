package dk.samspil.statistics;

import java.util.List;

/**
 * One phase of a run chart split at a change (qicharts2's {@code part}): its own median, runs and
 * crossings, read on its own points only.
 *
 * @param firstIndex the index in the whole series of the phase's first point
 * @param values     the phase's values, oldest first
 * @param analysis   the Anhøj reading of the phase, its indices counting from {@code firstIndex};
 *                   null only when the whole series has no figure
 */
public record Phase(int firstIndex, List<Double> values, RunChartAnalysis analysis) {

    public Phase {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** The index in the whole series after the phase's last point. */
    public int endIndex() {
        return firstIndex + values.size();
    }
}
