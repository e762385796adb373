package dk.samspil.dashboard.ui;

import dk.samspil.dashboard.TileIndicator;

/** How a tile's figures are scaled and rounded for reading: shares as percentages, counts whole. */
final class TileFormat {

    private TileFormat() {
    }

    static double scaled(TileIndicator indicator, double value) {
        return switch (indicator.unit()) {
            case COUNT, DAYS -> Math.round(value);
            case SHARE -> Math.round(value * 1000) / 10.0;
            case PER_MEETING -> Math.round(value * 10) / 10.0;
            case SCORE, PER_CASE_MONTH -> Math.round(value * 100) / 100.0;
        };
    }
}
