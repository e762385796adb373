package dk.samspil.dashboard;

import java.time.YearMonth;

/**
 * One month of network meetings.
 *
 * @param citizenPresentShare share of meetings with the citizen present (null without meetings)
 * @param meanParticipants    people per meeting, the citizen included (null when not reported)
 * @param followUpsKeptShare  of the follow-ups agreed for this month, the share met by a meeting on
 *                            or before the agreed day
 * @param meanSectors         sectors present per meeting (null without meetings)
 * @param activeCases         cases in the programme during the month
 * @param currentPlanShare    of the active cases, the share with a current action plan
 * @param meanCoherence       citizen-experienced coherence (1–5) reported for the month, for reading
 *                            beside the size of the meetings (null when none was reported)
 */
public record MeetingMonth(YearMonth month, long meetings, Double citizenPresentShare, Double meanParticipants,
                           Double followUpsKeptShare, Double meanSectors, long activeCases, Double currentPlanShare,
                           Double meanCoherence) {
}
