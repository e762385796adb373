package dk.samspil.dashboard.ui;

import java.util.ArrayList;
import java.util.List;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.dashboard.ActionMarkers;
import dk.samspil.dashboard.OutcomeSeries;

/** The improvement actions on a run chart: a line at each action's start month, labelled with its title. */
final class ActionLines {

    /** Longer titles overlap their neighbours on a 24-month axis; the full title is in the words below the chart. */
    private static final int LONGEST_LABEL = 28;

    private ActionLines() {
    }

    static List<ChartOptions.Marker> of(OutcomeSeries series, List<String> axis, String colour) {
        List<ChartOptions.Marker> markers = new ArrayList<>();
        for (ActionMarkers.ActionMarker action : series.actions()) {
            int at = series.months().indexOf(action.start());
            if (at >= 0) {
                markers.add(new ChartOptions.Marker(axis.get(at), shortTitle(action.title()), colour));
            }
        }
        return markers;
    }

    private static String shortTitle(String title) {
        return title.length() <= LONGEST_LABEL ? title : title.substring(0, LONGEST_LABEL - 1) + "…";
    }
}
