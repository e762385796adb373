package dk.samspil.casework;

import java.time.LocalDate;
import java.util.List;

/** One case with its meetings (newest first) and its current action plan. */
public record CaseDetails(CaseSummary summary, String keyCoordinatorSector, String ageBand, LocalDate endedOn,
                          List<MeetingLine> meetings, LocalDate planAgreedOn, LocalDate planReviewOn,
                          List<AgreedActionLine> actions) {
}
