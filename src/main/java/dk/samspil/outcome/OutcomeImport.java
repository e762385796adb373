package dk.samspil.outcome;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dk.samspil.casework.CaseImport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Replaces a municipality's outcome figures for one month, inside the importer's transaction. */
@Service
public class OutcomeImport {

    private final JdbcTemplate jdbc;
    private final CaseImport cases;

    OutcomeImport(JdbcTemplate jdbc, CaseImport cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** One case's figures for one month, as the `outcomes` file delivers them. */
    public record OutcomeRecord(String caseRef, int psychiatricAdmissions, int bedDays, int acuteReadmissions30d,
                                Integer emergencyContacts, String housing, String employment,
                                BigDecimal coherenceScore, Integer coerciveMeasures) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int replaceMonth(int municipalityCode, YearMonth period, List<OutcomeRecord> outcomes) {
        Date month = Date.valueOf(period.atDay(1));
        // the municipality's cases come from casework's API: outcome reads no casework table itself
        Map<String, Long> caseIds = cases.caseIds(municipalityCode);
        if (!caseIds.isEmpty()) {
            List<Object> parameters = new ArrayList<>(caseIds.values());
            parameters.addFirst(month);
            jdbc.update("DELETE FROM monthly_outcome WHERE period = ? AND case_id IN ("
                    + String.join(", ", Collections.nCopies(caseIds.size(), "?")) + ")", parameters.toArray());
        }
        List<Object[]> rows = outcomes.stream().map(o -> {
            Long caseId = caseIds.get(o.caseRef());
            if (caseId == null) {
                throw new IllegalStateException("Outcome for a case not in the register");
            }
            return new Object[] {caseId, month, o.psychiatricAdmissions(), o.bedDays(), o.acuteReadmissions30d(),
                    o.emergencyContacts(), o.housing(), o.employment(), o.coherenceScore(), o.coerciveMeasures()};
        }).toList();
        jdbc.batchUpdate("""
                INSERT INTO monthly_outcome (case_id, period, psychiatric_admissions, bed_days, acute_readmissions_30d,
                    emergency_contacts, housing, employment, coherence_score, coercive_measures)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }
}
