package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.time.LocalDate;
import java.util.Set;

/**
 * One network meeting as generated, with the sectors that attended. Until the meetings of a
 * municipality are put in date order, {@code id} is 0 and {@code meetingRef} null.
 *
 * @param nextFollowUpOn the follow-up agreed at the meeting; null when none was agreed
 */
record MeetingRow(long id, long caseId, int municipalityCode, String meetingRef, LocalDate heldOn,
                  String meetingType, boolean citizenPresent, String planStatus, int actionsAgreed,
                  LocalDate nextFollowUpOn, int durationMinutes, int participants, Set<Sector> sectors) {

    MeetingRow numbered(long newId, String newRef) {
        return new MeetingRow(newId, caseId, municipalityCode, newRef, heldOn, meetingType, citizenPresent,
                planStatus, actionsAgreed, nextFollowUpOn, durationMinutes, participants, sectors);
    }
}
