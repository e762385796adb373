package dk.samspil.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One case's outcome figures for one month; the nullable fields are the optional columns of the file. */
record OutcomeRow(long caseId, LocalDate period, int admissions, int bedDays, int readmissions,
                  Integer emergencyContacts, String housing, String employment, BigDecimal coherenceScore,
                  Integer coerciveMeasures) {
}
