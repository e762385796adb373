package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * The improvement actions to mark on a run chart. Implemented by the improvement module, so the
 * dashboards read actions without depending on the module that records them.
 */
public interface ActionMarkers {

    /**
     * The actions aimed at the indicator for the scope (a municipality's own and the programme's)
     * that start within the months, oldest first, for the signed-in reader.
     */
    List<ActionMarker> markers(String indicatorCode, Scope scope, YearMonth from, YearMonth to);

    /**
     * One action on a chart.
     *
     * @param id    the action's id, for the page to name it
     * @param title what is tried, as recorded
     * @param start the month it starts, where the marker and a new phase begin
     */
    record ActionMarker(long id, String title, YearMonth start) {
    }
}
