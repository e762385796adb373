package dk.samspil.dashboard;

import java.time.YearMonth;

/**
 * One month of network meetings.
 *
 * @param citizenPresentShare share of meetings with the citizen present (null without meetings)
 * @param meanParticipants    people per meeting, the citizen included (null when not reported)
 * @param followUpsKeptShare  of the follow-ups agreed for this month, the share met by a meeting on
 *                            or before the agreed day
 */
public record MeetingMonth(YearMonth month, long meetings, Double citizenPresentShare, Double meanParticipants,
                           Double followUpsKeptShare) {
}
