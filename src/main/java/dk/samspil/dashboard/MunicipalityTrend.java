package dk.samspil.dashboard;

import java.util.List;

/**
 * One municipality's indicator month by month, beside the others on the Compare page.
 *
 * @param own    the signed-in lead's own municipality, drawn highlighted
 * @param values one per month of the period; null where nothing was reported
 */
public record MunicipalityTrend(int code, String name, boolean own, List<Double> values) {
}
