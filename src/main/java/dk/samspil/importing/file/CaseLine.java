package dk.samspil.importing.file;

import java.time.LocalDate;

import dk.samspil.casework.CaseStatus;
import dk.samspil.municipality.Sector;

/**
 * A row of a {@code cases} file. {@code endedOn} is set exactly when the status is ENDED; {@code
 * ageBand} is one of {@code 18-24 … 65+} or null.
 */
public record CaseLine(int municipalityCode, String caseRef, LocalDate enrolledOn, CaseStatus status,
                       LocalDate endedOn, Sector keyCoordinatorSector, String ageBand) implements ImportLine {
}
