package dk.samspil.dashboard;

import java.util.List;

/**
 * One municipality's row of the "one sector across municipalities" attendance heatmap.
 *
 * @param shares month by month, the share of the municipality's meetings the sector attended;
 *               null in a month without meetings
 */
public record MunicipalitySectorShares(int municipalityCode, String name, List<Double> shares) {

    public MunicipalitySectorShares {
        shares = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(shares));
    }
}
