package dk.samspil.dashboard;

import java.util.List;
import java.util.Optional;

/**
 * The VIVE six-element self-assessment of one quarter (scores 1–5, E1..E6).
 *
 * @param quarter      e.g. "2026 Q3"; empty when no municipality has assessed itself yet
 * @param programme    the mean over the municipalities that assessed themselves that quarter
 * @param assessed     how many municipalities that is
 * @param municipality the chosen municipality's own scores; empty when none is chosen or it did not assess
 */
public record CoreElementRadar(Optional<String> quarter, List<Double> programme, int assessed,
                               Optional<List<Double>> municipality) {

    public static final List<String> ELEMENTS = List.of("E1", "E2", "E3", "E4", "E5", "E6");
}
