package dk.samspil.dashboard;

import java.util.List;

/**
 * The municipality × indicator heatmap of the Overview.
 *
 * @param columns   the indicators, in column order (outcome indicators, then survey constructs)
 * @param programme the programme's figure per column
 * @param rows      one row per municipality with figures, in Danish alphabetical order
 */
public record Heatmap(List<String> columns, List<Double> programme, List<Row> rows) {

    /** One municipality's figures; {@code own} marks the signed-in lead's municipality. */
    public record Row(int municipalityCode, String name, boolean own, List<Cell> cells) {
    }

    /**
     * A figure (null when there is none or it is hidden), where it lies against the programme, and
     * what that means in the column's direction.
     */
    public record Cell(Double value, HeatmapZone zone, HeatmapReading reading) {

        static Cell of(Double value, HeatmapZone zone, Indicator.Direction direction) {
            return new Cell(value, zone, HeatmapReading.of(zone, direction));
        }

        static Cell none() {
            return new Cell(null, HeatmapZone.NONE, HeatmapReading.NONE);
        }
    }
}
