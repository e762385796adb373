package dk.samspil.dashboard;

import dk.samspil.dashboard.Indicator.Direction;

/**
 * What a heatmap cell's place against the programme means, given the indicator's direction
 * (issue 12, defect 6): fewer admissions is better, not "far below" in alarm red. A neutral
 * indicator is only different, never better or worse. The page draws better in one hue, worse in
 * another and different in grey, and writes the word beside the mark.
 */
public enum HeatmapReading {
    FAR_BETTER, BETTER, AS_EXPECTED, WORSE, FAR_WORSE, FAR_DIFFERENT, DIFFERENT, NONE;

    static HeatmapReading of(HeatmapZone zone, Direction direction) {
        boolean far = zone == HeatmapZone.FAR_ABOVE || zone == HeatmapZone.FAR_BELOW;
        boolean above = zone == HeatmapZone.FAR_ABOVE || zone == HeatmapZone.ABOVE;
        return switch (zone) {
            case NONE -> NONE;
            case AS_EXPECTED -> AS_EXPECTED;
            default -> switch (direction) {
                case NEUTRAL -> far ? FAR_DIFFERENT : DIFFERENT;
                case HIGHER_IS_BETTER -> above ? (far ? FAR_BETTER : BETTER) : (far ? FAR_WORSE : WORSE);
                case LOWER_IS_BETTER -> above ? (far ? FAR_WORSE : WORSE) : (far ? FAR_BETTER : BETTER);
            };
        };
    }
}
