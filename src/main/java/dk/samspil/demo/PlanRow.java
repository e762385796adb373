package dk.samspil.demo;

import java.time.LocalDate;
import java.util.List;

/** An action plan agreed at a network meeting, with its actions in priority order. */
record PlanRow(long id, long caseId, long meetingId, LocalDate agreedOn, LocalDate nextReviewOn,
               List<ActionRow> actions) {
}
