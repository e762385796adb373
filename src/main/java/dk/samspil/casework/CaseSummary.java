package dk.samspil.casework;

import java.time.LocalDate;

import dk.samspil.base.privacy.CprNumbers;

/**
 * One line of a municipality's case list. Its reference is {@value CprNumbers#HIDDEN} if it looks
 * like a CPR number, so no page, title or export can show one.
 *
 * @param planAgreedOn when the case's latest action plan was agreed (null without a plan)
 * @param planReviewOn when that plan is due for review (null when no review date was set)
 */
public record CaseSummary(long id, int municipalityCode, String caseRef, LocalDate enrolledOn, CaseStatus status,
                          LocalDate lastMeetingOn, LocalDate nextFollowUpOn, long meetings, LocalDate planAgreedOn,
                          LocalDate planReviewOn) {

    public CaseSummary {
        // a reference stored before the CPR guard normalised its text (decision 0013) is never shown
        caseRef = CprNumbers.hidden(caseRef);
    }

    /** The next follow-up agreed at the last meeting has passed without a meeting. */
    public boolean followUpOverdue(LocalDate today) {
        return status == CaseStatus.ACTIVE && nextFollowUpOn != null && nextFollowUpOn.isBefore(today);
    }

    /**
     * Whether the case has a current action plan, by the same rule as the monthly figures' "share
     * of cases with a current plan": agreed, and not past its review date.
     */
    public PlanStatus planStatus(LocalDate today) {
        if (planAgreedOn == null || planAgreedOn.isAfter(today)) {
            return PlanStatus.NONE;
        }
        return planReviewOn == null || !planReviewOn.isBefore(today) ? PlanStatus.CURRENT : PlanStatus.REVIEW_OVERDUE;
    }

    /** Where a case's action plan stands. */
    public enum PlanStatus {
        CURRENT,
        REVIEW_OVERDUE,
        NONE
    }
}
