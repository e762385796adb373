package dk.samspil.survey;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Replaces a municipality's VIVE core-element self-assessment for one quarter. */
@Service
public class SelfAssessmentImport {

    private final JdbcTemplate jdbc;

    SelfAssessmentImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One element's score, as the `self-assessments` file delivers it. */
    public record ElementScore(String element, int score, String note) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int replaceQuarter(int municipalityCode, int year, int quarter, List<ElementScore> scores) {
        jdbc.update("DELETE FROM core_element_assessment WHERE municipality_code = ? AND year = ? AND quarter = ?",
                municipalityCode, year, quarter);
        jdbc.batchUpdate("""
                INSERT INTO core_element_assessment (municipality_code, year, quarter, element, score, note)
                VALUES (?, ?, ?, ?, ?, ?)""", scores.stream()
                .map(s -> new Object[] {municipalityCode, year, quarter, s.element(), s.score(), s.note()}).toList());
        return scores.size();
    }
}
