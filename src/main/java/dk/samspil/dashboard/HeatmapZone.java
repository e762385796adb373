package dk.samspil.dashboard;

/**
 * Where a municipality's figure lies against the programme in the heatmap: only outside the 99.8 %
 * funnel is it "different"; above and below say direction, not good or bad ({@link HeatmapReading} does).
 */
public enum HeatmapZone {
    FAR_ABOVE, ABOVE, AS_EXPECTED, BELOW, FAR_BELOW,
    /** no figure, or hidden by the anonymity rule */
    NONE
}
