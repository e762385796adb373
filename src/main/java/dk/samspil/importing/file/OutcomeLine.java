package dk.samspil.importing.file;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A row of an {@code outcomes} file: one case's figures for one month. The last five components
 * are optional (null); {@code coherenceScore} has one decimal.
 */
public record OutcomeLine(int municipalityCode, String caseRef, YearMonth period, int psychiatricAdmissions,
                          int bedDays, int acuteReadmissions30d, Integer emergencyContacts, Housing housing,
                          Employment employment, BigDecimal coherenceScore, Integer coerciveMeasures) implements ImportLine {
}
