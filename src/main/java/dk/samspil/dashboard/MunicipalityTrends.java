package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * Chosen municipalities' trends side by side, with the programme as the reference line.
 *
 * @param programme      the whole programme per month; null where nothing was reported
 * @param municipalities in the order they were chosen
 */
public record MunicipalityTrends(OutcomeIndicator indicator, List<YearMonth> months, List<Double> programme,
                                 List<MunicipalityTrend> municipalities) {
}
