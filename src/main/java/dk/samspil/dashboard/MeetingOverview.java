package dk.samspil.dashboard;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dk.samspil.municipality.Sector;

/**
 * The Network meetings page's figures for the programme or one municipality.
 *
 * @param sectorShares     per sector, month by month, the share of meetings it attended
 * @param daysToFirst      cases enrolled in the period by days from enrolment to first meeting, in
 *                         the buckets of {@link #DAY_BUCKETS}; the last bucket is "no meeting yet";
 *                         empty where the small-cell rule hides a bucket
 * @param currentPlanChart the share of active cases with a current action plan as a P chart
 *                         (STATISTICS.md), aligned with {@code months}
 */
public record MeetingOverview(List<MeetingMonth> months, Map<Sector, List<Double>> sectorShares,
                              List<OptionalLong> daysToFirst, ControlSeries currentPlanChart) {

    public static final List<String> DAY_BUCKETS = List.of("0-14", "15-30", "31-60", "61-90", "91+", "none");

    /** No case enrolled in the months shown (a hidden bucket holds some). */
    public boolean noEnrolments() {
        return daysToFirst.stream().allMatch(count -> count.isPresent() && count.getAsLong() == 0);
    }

    /** No network meeting at all in the months shown. */
    public boolean noMeetings() {
        return months.stream().allMatch(month -> month.meetings() == 0);
    }
}
