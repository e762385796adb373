package dk.samspil.importing.file;

import java.time.LocalDate;
import java.util.Set;

import dk.samspil.municipality.Sector;

/**
 * A row of a {@code meetings} file. {@code sectorsPresent} has at least one sector, each once;
 * {@code nextFollowUpOn}, {@code durationMinutes} and {@code participants} may be null.
 */
public record MeetingLine(int municipalityCode, String meetingRef, String caseRef, LocalDate heldOn,
                          MeetingType meetingType, Set<Sector> sectorsPresent, boolean citizenPresent,
                          PlanStatus planStatus, int actionsAgreed, LocalDate nextFollowUpOn, Integer durationMinutes,
                          Integer participants) implements ImportLine {
}
