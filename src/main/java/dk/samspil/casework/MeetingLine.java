package dk.samspil.casework;

import java.time.LocalDate;
import java.util.List;

/** A network meeting as the case page lists it. */
public record MeetingLine(LocalDate heldOn, String meetingType, boolean citizenPresent, Integer participants,
                          List<String> sectors, String planStatus, int actionsAgreed, LocalDate nextFollowUpOn) {
}
