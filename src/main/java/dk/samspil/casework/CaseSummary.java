package dk.samspil.casework;

import java.time.LocalDate;

/**
 * One line of a municipality's case list.
 *
 * @param planAgreedOn when the case's latest action plan was agreed (null without a plan)
 * @param planReviewOn when that plan is due for review (null when no review date was set)
 */
public record CaseSummary(long id, int municipalityCode, String caseRef, LocalDate enrolledOn, CaseStatus status,
                          LocalDate lastMeetingOn, LocalDate nextFollowUpOn, long meetings, LocalDate planAgreedOn,
                          LocalDate planReviewOn) {

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
