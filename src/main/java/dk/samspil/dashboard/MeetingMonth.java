package dk.samspil.dashboard;

import java.time.YearMonth;
import java.util.OptionalLong;

/**
 * One month of network meetings.
 *
 * @param citizenPresentShare share of meetings with the citizen present (null without meetings)
 * @param meanParticipants    people per meeting, the citizen included (null when not reported)
 * @param followUpsKeptShare  of the follow-ups agreed for this month, the share met by a meeting on
 *                            or before the agreed day
 * @param meanSectors         sectors present per meeting (null without meetings)
 * @param activeCases         cases in the programme during the month; empty where the small-cell rule
 *                            hides it (1–4 of cases the reader may not see one by one)
 * @param currentPlanShare    of the active cases, the share with a current action plan
 * @param meanCoherence       citizen-experienced coherence (1–5) reported for the month, for reading
 *                            beside the size of the meetings (null when none was reported)
 */
public record MeetingMonth(YearMonth month, long meetings, Double citizenPresentShare, Double meanParticipants,
                           Double followUpsKeptShare, Double meanSectors, OptionalLong activeCases, Double currentPlanShare,
                           Double meanCoherence) {
}
