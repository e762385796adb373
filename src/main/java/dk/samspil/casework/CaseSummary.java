package dk.samspil.casework;

import java.time.LocalDate;

/** One line of a municipality's case list. */
public record CaseSummary(long id, int municipalityCode, String caseRef, LocalDate enrolledOn, CaseStatus status,
                          LocalDate lastMeetingOn, LocalDate nextFollowUpOn, long meetings) {

    /** The next follow-up agreed at the last meeting has passed without a meeting. */
    public boolean followUpOverdue(LocalDate today) {
        return status == CaseStatus.ACTIVE && nextFollowUpOn != null && nextFollowUpOn.isBefore(today);
    }
}
